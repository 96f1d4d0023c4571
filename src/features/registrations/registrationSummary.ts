// loadRegistrationSummary(): the register (Bảng tổng hợp đăng ký thi đua) of a school year — approved registrations
// per collective with counts per title, and the ratio-cap warning when the rule set in force has a cap.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { ruleSetInForce, withParameterOverrides } from '../../domain/rules/index.ts';
import { loadRuleSets } from '../rules/loadRuleSets.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import { loadOverrides } from '../records/evaluateYear.ts';
import { withChoiceLists, withChoices } from './registrationChoices.ts';

export interface SummaryRow {
  name: string;
  code: string;
  position: string;
  collective: string;
  titles: string[];
  forms: string[];
  kind: 'staff' | 'collective' | 'school';
}

/** Approved registrations of the year, grouped and counted. */
export async function loadRegistrationSummary(prisma: PrismaClient, schoolId: string, schoolYearId: string) {
  const year = await prisma.schoolYear.findFirstOrThrow({ where: { id: schoolYearId, schoolId } });
  const regs = (await prisma.registration.findMany({ where: { schoolId, schoolYearId, status: 'approved' }, include: withChoices })).map(withChoiceLists);
  const staff = new Map(
    (
      await prisma.staff.findMany({
        where: { schoolId },
        select: { id: true, fullName: true, code: true, position: true, collective: { select: { name: true } } },
      })
    ).map((s) => [s.id, s]),
  );
  const collectives = new Map((await prisma.collective.findMany({ where: { schoolId }, select: { id: true, name: true } })).map((c) => [c.id, c.name]));
  const rows: SummaryRow[] = regs.map((r) => {
    const s = r.staffId ? staff.get(r.staffId) : undefined;
    return {
      name: s?.fullName ?? collectives.get(r.collectiveId!) ?? '',
      code: s?.code ?? '',
      position: s?.position ?? '',
      collective: s?.collective?.name ?? collectives.get(r.collectiveId!) ?? '',
      titles: r.titles,
      forms: r.forms,
      kind: r.subject,
    };
  });
  const groups = new Map<string, SummaryRow[]>();
  for (const row of rows.filter((r) => r.kind === 'staff')) groups.set(row.collective || '—', [...(groups.get(row.collective || '—') ?? []), row]);
  const count = (list: SummaryRow[]) =>
    list.reduce<Record<string, number>>((acc, r) => {
      for (const c of [...r.titles, ...r.forms]) acc[c] = (acc[c] ?? 0) + 1;
      return acc;
    }, {});
  const totals = count(rows.filter((r) => r.kind === 'staff'));
  const inForce = ruleSetInForce(await loadRuleSets(prisma, schoolId), year.evaluationDate.toISOString().slice(0, 10));
  const ruleSet = inForce ? withParameterOverrides(inForce, await loadOverrides(prisma, schoolId), year.evaluationDate.toISOString().slice(0, 10)) : undefined;
  const capWarnings = (ruleSet?.ratioCaps ?? []).flatMap((cap) => {
    const pct = ruleSet!.parameters[cap.pct]?.value;
    if (typeof pct !== 'number') return [];
    const max = Math.floor(((totals[cap.basisTitle] ?? 0) * pct) / 100);
    const n = totals[cap.title] ?? 0;
    return n > max ? [{ title: cap.title, registered: n, max, pct, basis: totals[cap.basisTitle] ?? 0 }] : [];
  });
  return {
    startYear: year.startYear,
    groups: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'vi'))
      .map(([name, list]) => ({ name, rows: sortByVietnameseName(list, (r) => r.name), counts: count(list) })),
    collectiveRows: rows.filter((r) => r.kind !== 'staff'),
    totals,
    capWarnings,
  };
}
