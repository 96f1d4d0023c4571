// Synthetic facts for the rules benchmark: deterministic (seeded), realistic proportions of ratings, awards,
// initiatives, leave and discipline over `years` school years, and collectives of `groupSize` members.
import type { CollectiveFacts, EngineFacts, InitiativeLevel, Rating, StaffFacts, StaffYearFacts } from '../src/domain/rules/index.ts';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `staff` people with `years` years of history ending in `lastYear`, grouped into collectives. */
export function generateStaffFacts(seed: number, staffCount: number, yearCount: number, lastYear: number, groupSize = 20): EngineFacts {
  const rnd = mulberry32(seed);
  const pick = <T>(items: readonly [T, number][]): T => {
    let r = rnd();
    for (const [v, w] of items) if ((r -= w) < 0) return v;
    return items[items.length - 1]![0];
  };
  const staff: StaffFacts[] = [];
  for (let i = 0; i < staffCount; i++) {
    const id = `s${i}`;
    const years: StaffYearFacts[] = [];
    for (let y = lastYear - yearCount + 1; y <= lastYear; y++) {
      const rating = pick<Rating>([
        ['HTXSNV', 0.3],
        ['HTTNV', 0.55],
        ['HTNV', 0.12],
        ['KHTNV', 0.03],
      ]);
      const initiatives =
        rnd() < 0.35
          ? [
              {
                id: `${id}-${y}`,
                level: pick<InitiativeLevel>([
                  ['co_so', 0.85],
                  ['thanh_pho', 0.13],
                  ['toan_quoc', 0.02],
                ]),
              },
            ]
          : [];
      const awards = [];
      if (y < lastYear && rating !== 'HTNV' && rating !== 'KHTNV') {
        awards.push({ code: 'LDTT' as const, decisionNumber: `${i}/QĐ`, decisionDate: `${y + 1}-06-15`, issuer: 'UBND' });
        if (rating === 'HTXSNV' || initiatives.length > 0)
          awards.push({ code: 'CSTDCS' as const, decisionNumber: `${i}b/QĐ`, decisionDate: `${y + 1}-06-15`, issuer: 'UBND' });
        if (rnd() < 0.03) awards.push({ code: 'BK_UBND_TP' as const, decisionNumber: `${i}c/QĐ`, decisionDate: `${y + 1}-08-15`, issuer: 'UBND TP' });
      }
      years.push({
        year: y,
        rating,
        monthsWorked: rnd() < 0.05 ? 6 : 12,
        maternityLeaveMonths: rnd() < 0.03 ? 4 : 0,
        leaveDays: Math.floor(rnd() * 50),
        disciplines: rnd() < 0.01 ? [{ level: 'khien_trach', date: `${y + 1}-01-10` }] : [],
        awards,
        initiatives,
        research: rnd() < 0.05 ? [{ id: `${id}-r${y}`, accepted: true, applied: true }] : [],
      });
    }
    staff.push({ id, name: `Cán bộ ${i}`, gender: rnd() < 0.7 ? 'female' : 'male', pending: [], years });
  }
  const collectives: CollectiveFacts[] = [];
  for (let g = 0; g * groupSize < staffCount; g++) {
    const memberIds = staff.slice(g * groupSize, (g + 1) * groupSize).map((s) => s.id);
    collectives.push({
      id: `t${g}`,
      years: [
        {
          year: lastYear,
          rating: pick<Rating>([
            ['HTXSNV', 0.4],
            ['HTTNV', 0.5],
            ['HTNV', 0.1],
          ]),
          memberIds,
        },
      ],
    });
  }
  return { staff, collectives };
}
