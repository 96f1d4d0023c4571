// The demo school's plans, movements and calendar: the real 2024 plan (approved and published), a 2026 draft copied
// from it, the movements the 2024 plan names, and the current school year's milestones.
import type { Prisma } from '../../generated/prisma/client.ts';
import seedJson from '../../../prisma/seed/ke-hoach-2024.json' with { type: 'json' };
import { parseSeedFile } from '../../documents/seedPlan.ts';
import { documentSymbol, COUNCIL_ISSUER_CODE } from '../../features/register/documentTypes.ts';
import { planContentJson, planListJson } from '../../features/plans/planContent.ts';

type Tx = Prisma.TransactionClient;
const json = (v: unknown) => v as Prisma.InputJsonValue;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

type Level = 'central' | 'city' | 'district_ward' | 'labour_union' | 'education_office' | 'school';

/** The launching level of a seed movement: named by the plan, else inferred from its name. */
function levelOf(m: { name: string; launchedBy: string | null }): Level {
  if (m.launchedBy === 'Trường') return 'school';
  if (m.launchedBy === 'Quận') return 'district_ward';
  if (/Cả nước|Toàn dân bảo vệ/.test(m.name)) return 'central';
  if (/Nhà giáo tâm huyết/.test(m.name)) return 'education_office';
  return 'city';
}

/** Seeds plans, movements and milestones for the demo school; `currentStartYear` is the current school year. */
export async function seedDemoPlan(tx: Tx, schoolId: string, chairUserId: string, currentStartYear: number, schoolYearIds: Map<number, string>): Promise<void> {
  const { plan } = parseSeedFile(seedJson);
  const { year, title, ...content } = plan;
  const basedOn = seedJson.plan.basedOn.map((b) => ({ number: b.number, date: b.date, issuer: b.issuer, title: b.title }));
  const anniversaries = seedJson.anniversaries.map((a) => ({ name: a.name, date: a.date, since: a.since, years: a.years }));
  const roleDuties = seedJson.roles;
  const approvedOn = day(year, 3, 5);
  const stored = {
    content: planContentJson(content),
    basedOn: planListJson(basedOn),
    anniversaries: planListJson(anniversaries),
    roleDuties: planListJson(roleDuties),
  };
  const plan2024 = await tx.plan.create({
    data: {
      schoolId,
      year,
      title,
      status: 'approved',
      ...stored,
    },
  });
  await tx.$executeRaw`INSERT INTO "DocumentCounter" ("schoolId", year, type, last) VALUES (${schoolId}::uuid, ${year}, 'KH', 15)`;
  const symbol = documentSymbol(15, 'KH', COUNCIL_ISSUER_CODE);
  await tx.issuedDocument.create({
    data: { schoolId, year, type: 'KH', number: 15, symbol, title, issuedOn: approvedOn, subject: 'Plan', subjectId: plan2024.id, createdBy: chairUserId },
  });
  await tx.planVersion.create({
    data: {
      schoolId,
      planId: plan2024.id,
      versionNo: 1,
      documentSymbol: symbol,
      approvedOn,
      approvedAt: approvedOn,
      approvedById: chairUserId,
      snapshot: json({ version: 1, title, ...stored }),
    },
  });
  const draftYear = currentStartYear;
  await tx.plan.create({
    data: {
      schoolId,
      year: draftYear,
      title: title.replaceAll(String(year), String(draftYear)),
      content: stored.content,
      basedOn: planListJson([]),
      anniversaries: planListJson([]),
      roleDuties: stored.roleDuties,
    },
  });

  for (const m of seedJson.movements) {
    const dated = /2024/.test(m.period ?? '') && !/giai đoạn/.test(m.period ?? '');
    await tx.movement.create({
      data: {
        schoolId,
        name: m.name,
        launchLevel: levelOf(m),
        kind: m.kind === 'thường xuyên' ? 'regular' : 'thematic',
        periodText: m.period,
        goals: m.summary ?? '',
        status: dated ? 'closed' : 'launched',
        resultsSummary: dated ? 'Đã tổng kết cùng Hội nghị tổng kết công tác thi đua năm 2024.' : null,
        planId: plan2024.id,
        planSection: m.section,
      },
    });
  }

  // The current year's calendar, and the 2024-2025 cycle's (the demo's finished year) so its calendar is not empty.
  for (const y of new Set([currentStartYear, 2024])) {
    const yearId = schoolYearIds.get(y);
    if (!yearId) continue;
    await tx.milestone.createMany({ data: milestonesOf(y).map((m) => ({ ...m, startsOn: m.startsOn ?? null, schoolId, schoolYearId: yearId })) });
  }
}

/** The year's calendar as the 2024 plan lays it out: windows, meetings and deadlines of school year y-(y+1). */
function milestonesOf(y: number) {
  const milestones: Array<{
    kind: 'registration_window' | 'supplementary_window' | 'semester_review' | 'initiative_deadline' | 'council_meeting' | 'dossier_deadline' | 'other';
    title: string;
    startsOn?: Date;
    dueOn: Date;
    ownerRole: string;
  }> = [
    {
      kind: 'registration_window',
      title: `Đăng ký danh hiệu thi đua, hình thức khen thưởng năm học ${y}-${y + 1}`,
      startsOn: day(y, 9, 8),
      dueOn: day(y, 9, 30),
      ownerRole: 'staff',
    },
    { kind: 'other', title: 'Kiện toàn Hội đồng Thi đua - Khen thưởng và Hội đồng Sáng kiến', dueOn: day(y, 9, 15), ownerRole: 'chair' },
    { kind: 'supplementary_window', title: 'Đăng ký bổ sung danh hiệu thi đua', startsOn: day(y, 11, 20), dueOn: day(y, 12, 5), ownerRole: 'staff' },
    { kind: 'semester_review', title: 'Sơ kết thi đua học kỳ I', dueOn: day(y + 1, 1, 16), ownerRole: 'vice_chair' },
    { kind: 'initiative_deadline', title: 'Hạn nộp sáng kiến kinh nghiệm cấp trường', dueOn: day(y + 1, 3, 31), ownerRole: 'staff' },
    { kind: 'council_meeting', title: 'Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu cuối năm học', dueOn: day(y + 1, 5, 25), ownerRole: 'chair' },
    { kind: 'dossier_deadline', title: 'Nộp hồ sơ đề nghị khen thưởng tổng kết năm học về cấp trên', dueOn: day(y + 1, 6, 10), ownerRole: 'secretary' },
  ];
  return milestones;
}
