// Báo cáo thành tích (individual: NĐ 152 Mẫu số 05 / NĐ 98 Mẫu số 03; collective: NĐ 152 Mẫu số 04 / NĐ 98 Mẫu
// số 02; simplified procedure: báo cáo tóm tắt) pre-filled from the records, as edited by the nominee and
// confirmed by the chair (domain.md §4.2 sections).
import type { DossierInput, DossierNominee } from '../../domain/dossiers/dossierInput.ts';
import { yearLabel } from '../council/councilMeetingData.ts';
import type { Block, OfficialDocument } from '../model.ts';

const dmy = (d: { day: number; month: number; year: number }) => `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;

/** The table of section III: past titles and forms with their decisions. */
export function priorAwardsTable(n: DossierNominee): Block {
  return {
    kind: 'table',
    columns: [
      { title: 'Năm học', width: 14, align: 'center' },
      { title: 'Danh hiệu / hình thức', width: 30 },
      { title: 'Số, ngày quyết định', width: 28 },
      { title: 'Cơ quan ban hành', width: 28 },
    ],
    rows: n.priorAwards.map((a) => [yearLabel(a.startYear), a.name, `${a.decisionNumber}, ngày ${dmy(a.decisionDate)}`, a.issuer]),
  };
}

function profile(n: DossierNominee): Block[] {
  const r = n.report;
  if (n.subject === 'collective') return [{ kind: 'paragraph', text: r?.situation || `Tên tập thể: ${n.name}. Đơn vị: ${n.unit}.` }];
  return [
    {
      kind: 'bullets',
      items: [
        `Họ và tên: ${n.name}`,
        `Ngày sinh: ${r?.birthDate ?? ''}; Giới tính: ${r?.gender ?? ''}`,
        `Quê quán: ${r?.hometown ?? ''}`,
        `Đơn vị công tác: ${n.unit}; Chức vụ: ${n.position}`,
        `Trình độ chuyên môn: ${r?.qualification ?? ''}`,
      ],
    },
  ];
}

/** The achievement report of nominee `n` in dossier `d`; `form` names the rule set's form; `summary` for the short form. */
export function achievementReportDocument(d: DossierInput, n: DossierNominee, form: string | null, summary = false): OfficialDocument {
  const year = yearLabel(d.startYear);
  const r = n.report;
  const initiatives = n.initiatives.map(
    (i) =>
      `Sáng kiến "${i.title}" (${i.level})${i.decisionNumber ? `, công nhận theo Quyết định số ${i.decisionNumber}` : ''}${i.impact ? `; hiệu quả, phạm vi ảnh hưởng: ${i.impact}` : ''}.`,
  );
  const body: Block[] = [
    ...(form ? [{ kind: 'paragraph' as const, text: `(${form})` }] : []),
    { kind: 'heading', level: 1, number: 'I.', text: n.subject === 'collective' ? 'ĐẶC ĐIỂM, TÌNH HÌNH' : 'SƠ LƯỢC LÝ LỊCH' },
    ...profile(n),
    { kind: 'heading', level: 1, number: 'II.', text: 'THÀNH TÍCH ĐẠT ĐƯỢC' },
    { kind: 'heading', level: 2, number: '1.', text: 'Chức năng, nhiệm vụ được giao' },
    { kind: 'paragraph', text: r?.duties || '…' },
    { kind: 'heading', level: 2, number: '2.', text: 'Thành tích đạt được' },
    { kind: 'bullets', items: [...(r?.achievements ?? []), ...initiatives].length ? [...(r?.achievements ?? []), ...initiatives] : ['…'] },
  ];
  if (!summary) {
    body.push({ kind: 'heading', level: 1, number: 'III.', text: 'CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG' });
    body.push(n.priorAwards.length ? priorAwardsTable(n) : { kind: 'paragraph', text: 'Chưa có.' });
  }
  if (r?.confirmedBy) body.push({ kind: 'paragraph', text: `Xác nhận của Chủ tịch Hội đồng Thi đua - Khen thưởng: ${r.confirmedBy}.` });
  return {
    header: {
      parentAgency: d.school.parentAgency,
      issuingAgency: d.school.name.toLocaleUpperCase('vi'),
      number: '',
      unnumbered: true,
      place: d.school.placeName,
      date: d.date,
    },
    typeName: summary ? 'BÁO CÁO TÓM TẮT THÀNH TÍCH' : 'BÁO CÁO THÀNH TÍCH',
    summary: `Đề nghị ${n.titleName} năm học ${year}`,
    body,
    signature: n.subject === 'collective' ? { title: 'THỦ TRƯỞNG ĐƠN VỊ', name: d.school.headName } : { title: 'NGƯỜI BÁO CÁO', name: n.name },
    recipients: [],
    archive: [],
    title: `Báo cáo thành tích: ${n.name}`,
    author: d.school.name,
  };
}
