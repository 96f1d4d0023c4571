// The paper-count secrecy migration moves the data: a database migrated to the migration before it, holding a
// confirmed batch and an unconfirmed one (with the voters' ids beside the marks), ends with those voters as paper
// participations, the batches' sizes kept, the counted batch's marks gone, and no column naming a voter.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { applyMigrations, defaultPaths } from '../../src/db/migrate/migrator.ts';
import { dropDatabase } from '../support/testDatabase.ts';

const MIGRATION = '20261201051833_paper_count_secrecy_nomination_evidence';
let url = '';
let dir = '';
afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (url) await dropDatabase(url);
});

async function emptyDatabase(): Promise<string> {
  const u = new URL(inject('templateUrl'));
  const name = `thidua_prepaper_${process.pid}_${Date.now()}`;
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  u.pathname = `/${name}`;
  return u.toString();
}

describe('paper count secrecy migration', () => {
  it('turns batch members into paper participations and keeps no voter beside any marks', async () => {
    url = await emptyDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-before-paper-'));
    const migrationsDir = path.join(dir, 'migrations');
    cpSync(defaultPaths.migrationsDir, migrationsDir, {
      recursive: true,
      filter: (src) => {
        const top = path.relative(defaultPaths.migrationsDir, src).split(path.sep)[0] ?? '';
        return !/^\d{14}_/.test(top) || top < MIGRATION;
      },
    });
    await applyMigrations(url, { schemaPath: defaultPaths.schemaPath, migrationsDir });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const one = async (text: string, values: unknown[] = []) => (await client.query<{ id: string }>(`${text} RETURNING id`, values)).rows[0]!.id;
    try {
      const s = await one(
        `INSERT INTO "School"(id, code, name, "governingBody", address, "placeName", "documentPrefix") VALUES (gen_random_uuid(), 'S1', 'TH', 'UBND', 'HN', 'HN', 'TH')`,
      );
      const y = await one(
        `INSERT INTO "SchoolYear"(id, "schoolId", "startYear", "startsOn", "endsOn", "evaluationDate", "governingBody", "upperCouncil") VALUES (gen_random_uuid(), $1, 2026, '2026-09-01', '2027-08-31', '2027-05-31', 'UBND', 'HĐ')`,
        [s],
      );
      const staff: string[] = [];
      for (const code of ['A', 'B', 'C'])
        staff.push(
          await one(
            `INSERT INTO "Staff"(id, "schoolId", code, "fullName", "searchName", gender, position, "contractType", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $2, $2, 'female', 'GV', 'civil_servant', now())`,
            [s, code],
          ),
        );
      const m = await one(
        `INSERT INTO "Meeting"(id, "schoolId", "schoolYearId", "heldOn", "startsAt", place, agenda) VALUES (gen_random_uuid(), $1, $2, '2026-11-20', '14:00', 'P', 'A')`,
        [s, y],
      );
      const r = await one(
        `INSERT INTO "BallotRound"(id, "schoolId", "meetingId", code, "totalMembers", "thresholdPct", strict, "writtenCount", "legalBasis", "openedAt") VALUES (gen_random_uuid(), $1, $2, 'LDTT', 3, 50, true, true, 'x', now())`,
        [s, m],
      );
      await client.query(`INSERT INTO "BallotParticipation"("roundId", "staffId", "schoolId", channel) VALUES ($1, $2, $3, 'paper')`, [r, staff[0], s]);
      const totals = JSON.stringify([{ nominationId: staff[0], agree: 1, disagree: 0, blank: 0 }]);
      const counted = await one(
        `INSERT INTO "PaperCount"(id, "roundId", "schoolId", "staffIds", "ballotsIssued", "ballotsValid", totals, "enteredById", "confirmedById") VALUES (gen_random_uuid(), $1, $2, $3, 1, 1, $4, $5, $6)`,
        [r, s, [staff[0]], totals, staff[1], staff[2]],
      );
      const pending = await one(
        `INSERT INTO "PaperCount"(id, "roundId", "schoolId", "staffIds", "ballotsIssued", "ballotsValid", totals, "enteredById") VALUES (gen_random_uuid(), $1, $2, $3, 2, 2, $4, $5)`,
        [r, s, [staff[1], staff[2]], totals, staff[0]],
      );

      expect(await applyMigrations(url)).toContain(MIGRATION);

      const parts = await client.query<{ staffId: string; channel: string }>(`SELECT "staffId", channel FROM "BallotParticipation" ORDER BY "staffId"`);
      expect(parts.rows).toEqual([...staff].sort().map((staffId) => ({ staffId, channel: 'paper' })));
      const batches = await client.query<{ id: string; papers: number; totals: unknown }>(`SELECT id, papers, totals FROM "PaperCount"`);
      expect(new Map(batches.rows.map((b) => [b.id, [b.papers, b.totals === null]]))).toEqual(
        new Map([
          [counted, [1, true]],
          [pending, [2, false]],
        ]),
      );
      const cols = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'PaperCount' AND column_name = 'staffIds'`);
      expect(cols.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});
