// What an authored rule set changes against the rule set it was copied from, in words: shown before activation.
import type { AwardCode } from '../facts.ts';
import { formatIsoDate } from '../labels.ts';
import type { RuleSet, TitleDefinition } from '../ruleSetTypes.ts';
import { basisText, criteriaLines, valueText } from './describe.ts';

export interface DiffItem {
  area: 'Thông tin chung' | 'Điều kiện danh hiệu' | 'Tham số' | 'Thẩm quyền' | 'Hồ sơ';
  item: string;
  before: string[];
  after: string[];
}

function titleLines(rs: RuleSet, t: TitleDefinition | undefined): string[] {
  if (!t) return ['(không có)'];
  return criteriaLines(rs, t.criteria);
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Every difference between `base` and `next`, area by area (empty when they say the same). */
export function ruleSetDiff(base: RuleSet, next: RuleSet): DiffItem[] {
  const out: DiffItem[] = [];
  const push = (area: DiffItem['area'], item: string, before: string[], after: string[]) => {
    if (!same(before, after)) out.push({ area, item, before, after });
  };
  const period = (rs: RuleSet) => `${formatIsoDate(rs.effectiveFrom)} – ${rs.effectiveTo ? formatIsoDate(rs.effectiveTo) : 'không thời hạn'}`;
  push('Thông tin chung', 'Thời gian hiệu lực', [period(base)], [period(next)]);
  const codes = [...new Set([...base.titles, ...next.titles].map((t) => t.code))];
  for (const code of codes) {
    const a = base.titles.find((t) => t.code === code);
    const b = next.titles.find((t) => t.code === code);
    push('Điều kiện danh hiệu', (b ?? a)!.name, titleLines(base, a), titleLines(next, b));
  }
  for (const key of new Set([...Object.keys(base.parameters), ...Object.keys(next.parameters)])) {
    const a = base.parameters[key];
    const b = next.parameters[key];
    const text = (p: typeof a) => (p ? [`${valueText(p.kind, p.value)}`, `Căn cứ: ${basisText(p.basis)}`] : ['(không có)']);
    push('Tham số', (b ?? a)!.label, text(a), text(b));
  }
  for (const code of new Set([...Object.keys(base.authorities), ...Object.keys(next.authorities)]) as Set<AwardCode>) {
    const text = (rs: RuleSet) => {
      const x = rs.authorities[code];
      return x ? [`Quyết định: ${x.decides} (${basisText(x.decidesBasis)})`, `Tiếp nhận: ${x.receives} (${basisText(x.receivesBasis)})`] : ['(không có)'];
    };
    push('Thẩm quyền', next.titles.find((t) => t.code === code)?.shortName ?? code, text(base), text(next));
  }
  const parts = Math.max(base.dossierParts.length, next.dossierParts.length);
  for (let i = 0; i < parts; i++) {
    const text = (rs: RuleSet) => {
      const p = rs.dossierParts[i];
      return p ? [`${p.name} — ${p.form ?? 'không có mẫu quốc gia'}${p.required ? '' : ' (không bắt buộc)'}`] : ['(không có)'];
    };
    push('Hồ sơ', next.dossierParts[i]?.name ?? base.dossierParts[i]!.name, text(base), text(next));
  }
  return out;
}
