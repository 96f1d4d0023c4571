// Two databases seeded with the demo school, as `npm start` seeds an empty one (seedDemoIfEmpty), hold the same
// 2024-2025 dossier to every deciding body: the same nominees in the same order (by title in the rule set's order,
// then by Vietnamese name), the same ballot papers and minutes, the same decision numbers, the same files. And the
// seed never sends a query on a pg client still running another (pg's DeprecationWarning on a fresh `npm start`).
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/db/seed/seedDemoIfEmpty.ts';
import { planDossier } from '../../src/documents/dossiers/planDossier.ts';
import { compareNominees } from '../../src/domain/nominations/nomineeOrder.ts';
import { compareVietnameseNames } from '../../src/domain/vietnameseNames.ts';
import { loadDossierInput } from '../../src/features/dossiers/loadDossierInput.ts';
import { clientOverlap } from '../support/clientOverlap.ts';
import { useTestDatabase, type TestDatabase } from '../support/testDatabase.ts';

const first = useTestDatabase();
const second = useTestDatabase();
const now = new Date('2026-11-26T03:00:00Z');
const overlap = clientOverlap();
const warnings: string[] = [];

beforeAll(async () => {
  const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
  process.on('warning', onWarning);
  overlap.start();
  try {
    for (const db of [first, second]) expect(await seedDemoIfEmpty(db.current.url, now, () => undefined)).toBe(true);
  } finally {
    overlap.stop();
    process.off('warning', onWarning);
  }
}, 600_000);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Every deciding body's 2024-2025 dossier input and its files, as the export would build them. */
async function dossiers(db: { readonly current: TestDatabase }) {
  const prisma = db.current.prisma;
  const school = await prisma.school.findFirstOrThrow();
  const { receivers } = await loadDossierInput(prisma, { schoolId: school.id, startYear: 2024, version: 0, evidence: false });
  const out = [];
  for (const receiver of receivers) {
    const { input, ruleSet } = await loadDossierInput(prisma, { schoolId: school.id, startYear: 2024, receiver, version: 0 });
    out.push({ input, titles: ruleSet.titles.map((t) => t.code), files: planDossier(input, ruleSet.dossierParts).map((e) => e.file) });
  }
  return out;
}

describe('two databases seeded with the demo school', () => {
  it('hold the same dossier to every deciding body, nominee for nominee and file for file (ids aside)', async () => {
    const [a, b] = [await dossiers(first), await dossiers(second)];
    expect(a.length).toBeGreaterThan(0);
    expect(a.flatMap((d) => d.input.nominees).length).toBeGreaterThan(1);
    // Row ids are random by design, and so is a round's digest (the SHA-256 of its id and its nominees' ids with the
    // totals, roundDigest.ts); everything else drawn from the rows must not be.
    const picture = (x: unknown) =>
      JSON.parse(JSON.stringify(x, (key, value: unknown) => (key === 'digest' ? '<digest>' : value)).replace(UUID, '<id>')) as unknown;
    expect(picture(b)).toEqual(picture(a));
  });

  it("list the nominees by title in the rule set's order, then by name (given name first); ballot papers by name", async () => {
    for (const d of await dossiers(first)) {
      const keys = d.input.nominees.map((n) => ({ code: n.code, subject: n.subject, name: n.name, key: n.name }));
      expect(keys.map((k) => k.name)).toEqual([...keys].sort(compareNominees(d.titles)).map((k) => k.name));
      for (const round of d.input.meeting?.rounds ?? []) {
        const names = round.nominees.map((n) => n.name);
        expect(names, round.title).toEqual([...names].sort(compareVietnameseNames));
      }
    }
  });

  it('were seeded without a query sent on a pg client still running another (no DeprecationWarning)', () => {
    expect(overlap.overlaps).toEqual([]);
    expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
  });
});
