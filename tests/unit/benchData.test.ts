// The benchmark's data generator (issue 16) writes with COPY past the application, so the database's constraints and
// triggers are what check it: one school over three years must load whole (every FK, CHECK, exclusion constraint
// and deferred trigger satisfied), in the shapes the app reads back (ballot result, achievement report), with the
// accounts the benchmark signs in with.
import { describe, expect, it } from 'vitest';
import { BENCH_LOGINS, generateBenchData, STAFF_PER_SCHOOL } from '../../bench/pages/benchData.ts';
import { readRoundResult } from '../../src/features/ballot/roundResultJson.ts';
import { readAchievementContent } from '../../src/features/dossiers/achievementReportContent.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();

describe('bench data generator', () => {
  it('one school, three years: loads whole, with Vietnamese names and the app-readable shapes', async () => {
    const counts = await generateBenchData(db.current.pool, { schools: 1, years: [2024, 2025, 2026] });
    const prisma = db.current.prisma;
    expect(counts.staff).toBe(STAFF_PER_SCHOOL);
    expect(await prisma.staff.count()).toBe(STAFF_PER_SCHOOL);
    expect(await prisma.staffYearRecord.count()).toBe(3 * STAFF_PER_SCHOOL);
    expect(await prisma.user.count({ where: { username: { in: Object.values(BENCH_LOGINS) } } })).toBe(Object.keys(BENCH_LOGINS).length);
    expect(await prisma.staff.count({ where: { fullName: { contains: 'ị' } } })).toBeGreaterThan(0);
    expect(await prisma.collective.count({ where: { leaderStaffId: { not: null } } })).toBe(6);
    const leader = await prisma.user.findUniqueOrThrow({ where: { username: BENCH_LOGINS.leader }, select: { staff: { select: { leads: true } } } });
    expect(leader.staff?.leads).toHaveLength(1); // the benchmark's "group leader" pages are a group leader's

    const rounds = await prisma.ballotRound.findMany({ select: { result: true } });
    expect(rounds).toHaveLength(2); // the two past years
    for (const r of rounds) expect(readRoundResult(r.result)!.nominees.every((n) => n.passed)).toBe(true);
    const reports = await prisma.achievementReport.findMany({ select: { content: true } });
    expect(reports.length).toBe(counts.reports);
    for (const r of reports) expect(readAchievementContent(r.content)?.achievements.length).toBe(2);
    // 2024-2025 and 2025-2026 had a rule set in force: each sent one dossier upward.
    expect(await prisma.dossierExport.count({ where: { status: 'done', sentOn: { not: null } } })).toBe(2);
  });
});
