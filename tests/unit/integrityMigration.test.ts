// The integrity migration keeps a school's history: a database migrated to the migration before it, holding
// registrations with arrays, float months and shares, and councils of two years, loses nothing when it applies.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { applyMigrations, defaultPaths } from '../../src/db/migrate/migrator.ts';
import { connectDatabase } from '../../src/db/client.ts';
import { councilMembersOn } from '../../src/features/council/councilMembersOn.ts';
import { dropDatabase } from '../support/testDatabase.ts';

const INTEGRITY = '20261130231054_integrity';
let url = '';
let dir = '';
let client: pg.Client;
const ids: Record<string, string> = {};

async function createEmptyDatabase(): Promise<string> {
  const u = new URL(inject('templateUrl'));
  const name = `thidua_premigration_${process.pid}_${Date.now()}`;
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  u.pathname = `/${name}`;
  return u.toString();
}

const q = async (text: string, values: unknown[] = []) => (await client.query(text, values)).rows as Array<Record<string, unknown>>;
const id = async (key: string, text: string, values: unknown[]) => (ids[key] = (await q(`${text} RETURNING id`, values))[0]!.id as string);

beforeAll(async () => {
  url = await createEmptyDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-before-integrity-'));
  const before = { schemaPath: defaultPaths.schemaPath, migrationsDir: path.join(dir, 'migrations') };
  // Only the migrations before the integrity one (later ones build on it).
  const isBefore = (src: string) => {
    const top = path.relative(defaultPaths.migrationsDir, src).split(path.sep)[0] ?? '';
    return !/^\d{14}_/.test(top) || top < INTEGRITY;
  };
  cpSync(defaultPaths.migrationsDir, before.migrationsDir, { recursive: true, filter: isBefore });
  const applied = await applyMigrations(url, before);
  expect(applied).not.toContain(INTEGRITY);
  client = new pg.Client({ connectionString: url });
  await client.connect();

  const s = await id(
    'school',
    `INSERT INTO "School"(id, code, name, "governingBody", address, "placeName", "documentPrefix") VALUES (gen_random_uuid(), 'S1', 'TH', 'UBND', 'HN', 'HN', 'TH')`,
    [],
  );
  for (const y of [2024, 2025])
    await id(
      `y${y}`,
      `INSERT INTO "SchoolYear"(id, "schoolId", "startYear", "startsOn", "endsOn", "evaluationDate", "governingBody", "upperCouncil") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'UBND', 'HĐ')`,
      [s, y, `${y}-09-01`, `${y + 1}-08-31`, `${y + 1}-05-31`],
    );
  const col = await id('collective', `INSERT INTO "Collective"(id, "schoolId", name, kind) VALUES (gen_random_uuid(), $1, 'Tổ 1', 'grade_group')`, [s]);
  for (const n of [1, 2, 3])
    await id(
      `s${n}`,
      `INSERT INTO "Staff"(id, "schoolId", code, "fullName", "searchName", gender, position, "contractType", "collectiveId", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, $3, 'female', 'GV', 'civil_servant', $4, now())`,
      [s, `GV00${n}`, `Người ${n}`, col],
    );
  // Councils: 2024 chair s1; from 10/09/2025 chair s2 (s1 becomes a member); an update of 05/01/2026 adds s3.
  const decision = (key: string, year: string, number: string, signedOn: string) =>
    id(key, `INSERT INTO "CouncilDecision"(id, "schoolId", "schoolYearId", number, "signedOn") VALUES (gen_random_uuid(), $1, $2, $3, $4)`, [
      s,
      ids[year],
      number,
      signedOn,
    ]);
  const member = (decisionKey: string, staff: string, role: string) =>
    q(`INSERT INTO "CouncilMembership"(id, "schoolId", "decisionId", "staffId", role) VALUES (gen_random_uuid(), $1, $2, $3, $4)`, [
      s,
      ids[decisionKey],
      ids[staff],
      role,
    ]);
  await decision('d2024', 'y2024', '10/QĐ', '2024-09-15');
  await member('d2024', 's1', 'chair');
  await member('d2024', 's2', 'council_member');
  await member('d2024', 's3', 'initiative_council');
  await decision('d2025', 'y2025', '11/QĐ', '2025-09-10');
  await member('d2025', 's2', 'chair');
  await member('d2025', 's1', 'council_member');
  await decision('d2026', 'y2025', '2/QĐ', '2026-01-05');
  await member('d2026', 's3', 'council_member');
  // Records with floats.
  await q(
    `INSERT INTO "StaffYearRecord"(id, "schoolId", "staffId", "startYear", "monthsWorked", "leaveDays", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 2024, 9.5, 3, now()), (gen_random_uuid(), $1, $3, 2024, 12, 0, now()), (gen_random_uuid(), $1, $4, 2024, NULL, NULL, now())`,
    [s, ids.s1, ids.s2, ids.s3],
  );
  const ini = await id(
    'initiative',
    `INSERT INTO "InitiativeRecord"(id, "schoolId", "startYear", title, level) VALUES (gen_random_uuid(), $1, 2024, 'SK', 'co_so')`,
    [s],
  );
  await q(`INSERT INTO "InitiativeAuthorRecord"("initiativeId", "staffId", "sharePct") VALUES ($1, $2, 33.33), ($1, $3, 66.67)`, [ini, ids.s1, ids.s2]);
  await q(
    `INSERT INTO "AwardRecord"(id, "schoolId", "staffId", "startYear", code, "decisionNumber", "decisionDate", issuer) VALUES (gen_random_uuid(), $1, $2, 2024, 'LDTT', '5/QĐ', '2025-05-30', 'UBND')`,
    [s, ids.s1],
  );
  // A registration with arrays (one movement id names no movement).
  const mv = await id(
    'movement',
    `INSERT INTO "Movement"(id, "schoolId", name, "launchLevel", kind, "updatedAt") VALUES (gen_random_uuid(), $1, 'Dạy tốt', 'school', 'regular', now())`,
    [s],
  );
  await id(
    'registration',
    `INSERT INTO "Registration"(id, "schoolId", "schoolYearId", subject, "staffId", titles, forms, "movementIds", "updatedAt")
    VALUES (gen_random_uuid(), $1, $2, 'staff', $3, ARRAY['CSTDCS', 'LDTT'], ARRAY['GIAY_KHEN'], ARRAY[$4::uuid, gen_random_uuid()], now())`,
    [s, ids.y2025, ids.s1, mv],
  );

  expect((await applyMigrations(url))[0]).toBe(INTEGRITY); // then the later migrations, on top of the moved data
}, 240_000);

afterAll(async () => {
  await client?.end();
  if (url) await dropDatabase(url);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the integrity migration on a school with history', () => {
  it('moves the registration arrays into join tables, in their order', async () => {
    expect(
      await q(`SELECT kind::text, code, position FROM "RegistrationAward" WHERE "registrationId" = $1 ORDER BY kind::text DESC, position`, [ids.registration]),
    ).toEqual([
      { kind: 'title', code: 'CSTDCS', position: 0 },
      { kind: 'title', code: 'LDTT', position: 1 },
      { kind: 'form', code: 'GIAY_KHEN', position: 0 },
    ]);
    expect(await q(`SELECT "movementId", "schoolId", position FROM "RegistrationMovement" WHERE "registrationId" = $1`, [ids.registration])).toEqual([
      { movementId: ids.movement, schoolId: ids.school, position: 0 },
    ]);
  });

  it('keeps months and shares exactly, as decimals', async () => {
    expect(await q(`SELECT "monthsWorked"::text AS m, "leaveDays" FROM "StaffYearRecord" ORDER BY "monthsWorked" NULLS LAST`)).toEqual([
      { m: '9.5', leaveDays: 3 },
      { m: '12.0', leaveDays: 0 },
      { m: null, leaveDays: null },
    ]);
    expect(await q(`SELECT "sharePct"::text AS p, "schoolId" FROM "InitiativeAuthorRecord" ORDER BY "sharePct"`)).toEqual([
      { p: '33.33', schoolId: ids.school },
      { p: '66.67', schoolId: ids.school },
    ]);
    expect(await q(`SELECT code, "decisionDate"::text AS "decisionDate" FROM "AwardRecord"`)).toEqual([{ code: 'LDTT', decisionDate: '2025-05-30' }]);
  });

  it('turns each decision into terms from its signing date to the end of its school year', async () => {
    const terms =
      await q(`SELECT s.code, m.role::text, m."validFrom"::text AS "validFrom", m."validTo"::text AS "validTo", d.number AS ended FROM "CouncilMembership" m JOIN "Staff" s ON s.id = m."staffId"
      LEFT JOIN "CouncilDecision" d ON d.id = m."endedByDecisionId" ORDER BY m."validFrom", s.code, m.role`);
    expect(terms).toEqual([
      { code: 'GV001', role: 'chair', validFrom: '2024-09-15', validTo: '2025-08-31', ended: null },
      { code: 'GV002', role: 'council_member', validFrom: '2024-09-15', validTo: '2025-08-31', ended: null },
      { code: 'GV003', role: 'initiative_council', validFrom: '2024-09-15', validTo: '2025-08-31', ended: null },
      { code: 'GV001', role: 'council_member', validFrom: '2025-09-10', validTo: '2026-08-31', ended: null },
      { code: 'GV002', role: 'chair', validFrom: '2025-09-10', validTo: '2026-08-31', ended: null },
      { code: 'GV003', role: 'council_member', validFrom: '2026-01-05', validTo: '2026-08-31', ended: null },
    ]);
    expect(await q(`SELECT number, "effectiveOn"::text AS "effectiveOn" FROM "CouncilDecision" ORDER BY "signedOn"`)).toEqual([
      { number: '10/QĐ', effectiveOn: '2024-09-15' },
      { number: '11/QĐ', effectiveOn: '2025-09-10' },
      { number: '2/QĐ', effectiveOn: '2026-01-05' },
    ]);
  });

  it('answers "who sits on the council on date D" from the migrated terms', async () => {
    const db = connectDatabase(url, { max: 2 });
    try {
      const on = async (d: string) => (await councilMembersOn(db.prisma, ids.school!, new Date(`${d}T00:00:00Z`), 'all')).map((m) => `${m.role}:${m.fullName}`);
      expect(await on('2025-08-31')).toEqual(['chair:Người 1', 'council_member:Người 2', 'initiative_council:Người 3']);
      expect(await on('2025-09-09')).toEqual([]); // between the 2024 council's year and the 2025 decision
      expect(await on('2025-09-10')).toEqual(['chair:Người 2', 'council_member:Người 1']);
      expect(await on('2026-02-01')).toEqual(['chair:Người 2', 'council_member:Người 1', 'council_member:Người 3']);
      expect(await on('2024-10-01')).toEqual(['chair:Người 1', 'council_member:Người 2', 'initiative_council:Người 3']);
    } finally {
      await db.close();
    }
  });
});
