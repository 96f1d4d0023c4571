// What the rule-set editor knows about each kind of criterion: its Vietnamese name and its slots (the award it
// names, the parameters it reads with their unit, the yes/no switches it carries). The editor builds its rows from
// this table, so a non-programmer edits "Chuỗi danh hiệu: CSTĐCS, 3 lần" instead of parameter keys. Individual and
// collective titles have their own leaf kinds and share the two groups.
import type { CollectiveCriterion, IndividualCriterion, ParameterKind } from '../ruleSetTypes.ts';

/** A criterion of either subject (individual or collective); the editor treats both alike. */
export type Criterion = IndividualCriterion | CollectiveCriterion;
export type CriterionKind = Criterion['kind'];
export type GroupKind = 'allOf' | 'anyOf';
export type Subject = 'individual' | 'collective';

/** A slot read from a parameter (`ref`), an award code (`title`) or a yes/no carried by the criterion (`flag`). */
export type Slot =
  | { field: string; type: 'ref'; kind: ParameterKind; label: string; unit?: string; optional?: boolean; initial: number | string | boolean }
  | { field: string; type: 'title'; label: string }
  | { field: string; type: 'flag'; label: string };

export interface KindInfo {
  label: string;
  slots: Slot[];
}

const years = (field: string, label: string, initial = 1) => ({ field, type: 'ref' as const, kind: 'years' as const, label, unit: 'năm', initial });
const count = (field: string, label: string, unit: string, initial = 1): Slot => ({ field, type: 'ref', kind: 'count', label, unit, initial });
const title: Slot = { field: 'title', type: 'title', label: 'Danh hiệu' };
const maternity: Slot = { field: 'maternityCounts', type: 'ref', kind: 'boolean', label: 'Tính thời gian nghỉ thai sản là làm việc', initial: true };

export const GROUP_LABEL: Record<GroupKind, string> = {
  allOf: 'Đạt tất cả các điều kiện trong nhóm',
  anyOf: 'Đạt một trong các điều kiện trong nhóm',
};

/** Every leaf kind of an individual title, in the order the "add a criterion" list shows them. */
export const KINDS: Record<Exclude<IndividualCriterion['kind'], GroupKind>, KindInfo> = {
  ratingAtLeast: {
    label: 'Xếp loại trong năm từ mức',
    slots: [{ field: 'rating', type: 'ref', kind: 'rating', label: 'Xếp loại tối thiểu', initial: 'HTXSNV' }],
  },
  titleInYear: { label: 'Đạt danh hiệu trong năm xét', slots: [title] },
  initiativesInWindow: {
    label: 'Có sáng kiến được công nhận',
    slots: [
      { field: 'level', type: 'ref', kind: 'initiativeLevel', label: 'Cấp công nhận tối thiểu', initial: 'co_so' },
      count('count', 'Số sáng kiến tối thiểu', 'sáng kiến'),
      years('years', 'Trong số năm học gần nhất'),
      { field: 'minShare', type: 'ref', kind: 'percent', label: 'Tỉ lệ đóng góp tối thiểu của tác giả', unit: '%', initial: 0 },
      { field: 'researchCounts', type: 'flag', label: 'Đề tài nghiên cứu được tính như sáng kiến' },
    ],
  },
  researchInYear: {
    label: 'Có đề tài nghiên cứu khoa học trong năm',
    slots: [{ field: 'requireApplied', type: 'flag', label: 'Đề tài phải được nghiệm thu, áp dụng' }],
  },
  consecutiveTitle: {
    label: 'Chuỗi danh hiệu liên tục',
    slots: [title, count('times', 'Số lần liên tục', 'lần', 2), { ...years('stride', 'Mỗi lần cách nhau', 1), optional: true }],
  },
  titleCountInWindow: {
    label: 'Số lần đạt danh hiệu trong khoảng thời gian',
    slots: [title, count('count', 'Số lần tối thiểu', 'lần'), years('years', 'Trong số năm gần nhất', 5)],
  },
  titleAwardedBefore: { label: 'Đã được tặng danh hiệu trước đó', slots: [title, years('yearsBefore', 'Cách năm xét ít nhất', 5)] },
  consecutiveRating: {
    label: 'Xếp loại liên tục nhiều năm',
    slots: [{ field: 'rating', type: 'ref', kind: 'rating', label: 'Xếp loại tối thiểu', initial: 'HTXSNV' }, years('years', 'Số năm liên tục', 2)],
  },
  minMonthsWorked: {
    label: 'Thời gian làm việc trong năm học',
    slots: [
      { field: 'months', type: 'ref', kind: 'months', label: 'Số tháng tối thiểu', unit: 'tháng', initial: 10 },
      maternity,
      { field: 'daysPerMonth', type: 'ref', kind: 'days', label: 'Số ngày thai sản tính là một tháng', unit: 'ngày', initial: 30 },
    ],
  },
  maxLeaveDays: {
    label: 'Số ngày nghỉ tối đa',
    slots: [{ field: 'days', type: 'ref', kind: 'days', label: 'Số ngày nghỉ tối đa', unit: 'ngày', initial: 40 }, maternity],
  },
  minTenureMonths: {
    label: 'Thời gian từ khi tuyển dụng đến ngày xét',
    slots: [{ field: 'months', type: 'ref', kind: 'months', label: 'Số tháng tối thiểu', unit: 'tháng', initial: 6 }],
  },
  noDisciplineFrom: {
    label: 'Không bị kỷ luật từ mức',
    slots: [{ field: 'level', type: 'ref', kind: 'discipline', label: 'Mức kỷ luật', initial: 'khien_trach' }],
  },
  noPendingProceedings: { label: 'Không đang bị xem xét kỷ luật, điều tra, thanh tra, khiếu nại', slots: [] },
};

const pct = (field: string, label: string, initial: number): Slot => ({ field, type: 'ref', kind: 'percent', label, unit: '%', initial });
const memberTitle: Slot = { field: 'title', type: 'title', label: 'Danh hiệu của thành viên' };

/** Every leaf kind of a collective title (the collective's own rating, its members' titles, ratings, discipline). */
export const COLLECTIVE_KINDS: Record<Exclude<CollectiveCriterion['kind'], GroupKind>, KindInfo> = {
  collectiveRatingAtLeast: {
    label: 'Tập thể xếp loại trong năm từ mức',
    slots: [{ field: 'rating', type: 'ref', kind: 'rating', label: 'Xếp loại tối thiểu của tập thể', initial: 'HTTNV' }],
  },
  membersTitlePct: { label: 'Tỉ lệ thành viên đạt danh hiệu', slots: [memberTitle, pct('pct', 'Tỉ lệ thành viên tối thiểu', 70)] },
  membersTitleCount: { label: 'Số thành viên đạt danh hiệu', slots: [memberTitle, count('count', 'Số thành viên tối thiểu', 'người')] },
  membersRatingPct: {
    label: 'Tỉ lệ thành viên xếp loại từ mức',
    slots: [
      { field: 'rating', type: 'ref', kind: 'rating', label: 'Xếp loại tối thiểu của thành viên', initial: 'HTTNV' },
      pct('pct', 'Tỉ lệ thành viên tối thiểu', 100),
    ],
  },
  noMemberDisciplineFrom: {
    label: 'Không thành viên nào bị kỷ luật từ mức',
    slots: [{ field: 'level', type: 'ref', kind: 'discipline', label: 'Mức kỷ luật', initial: 'khien_trach' }],
  },
};

/** The leaf kinds a title of `subject` may use. */
export function kindsFor(subject: Subject): Record<string, KindInfo> {
  return subject === 'collective' ? COLLECTIVE_KINDS : KINDS;
}

/** What the editor knows about a leaf kind of either subject. */
export function leafInfo(kind: Exclude<CriterionKind, GroupKind>): KindInfo {
  return (KINDS as Record<string, KindInfo>)[kind] ?? (COLLECTIVE_KINDS as Record<string, KindInfo>)[kind]!;
}

/** True for the two group kinds ("all of", "any of"). */
export function isGroup(c: Criterion): c is Extract<Criterion, { kind: GroupKind }> {
  return c.kind === 'allOf' || c.kind === 'anyOf';
}

/** The name of a kind (leaf or group). */
export function kindLabel(kind: CriterionKind): string {
  return kind === 'allOf' || kind === 'anyOf' ? GROUP_LABEL[kind] : leafInfo(kind).label;
}

/** The unit shown after a parameter's value in the editor. */
export const UNIT: Partial<Record<ParameterKind, string>> = { percent: '%', months: 'tháng', days: 'ngày', years: 'năm', count: '' };
