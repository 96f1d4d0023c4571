// The demo school's 2024-2025 council cycle: nominations from approved registrations and the engine, a held meeting
// with attendance, a closed round per title with its result, and the chair's frozen approval with numbered minutes.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCouncilCycle } from '../../src/db/seed/seedDemoCouncilCycle.ts';
import { seedDemoSchool } from '../../src/db/seed/seedDemoSchool.ts';
import { readRoundResult } from '../../src/features/ballot/roundResultJson.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const now = new Date('2026-11-26T03:00:00Z');

beforeAll(async () => {
  await seedDemoSchool(db.current.prisma, now);
  await seedDemoCouncilCycle(db.current.prisma);
  await seedDemoCouncilCycle(db.current.prisma); // a second run adds nothing
});

describe('demo council cycle 2024-2025', () => {
  it('nominations come from the approved registrations and the engine', async () => {
    const prisma = db.current.prisma;
    const year = await prisma.schoolYear.findFirstOrThrow({ where: { startYear: 2024 } });
    const nominations = await prisma.nomination.findMany({ where: { schoolYearId: year.id }, include: { staff: true } });
    const fromRegistrations = nominations.filter((n) => n.registrationId !== null);
    expect(fromRegistrations.length).toBe(9);
    expect(await prisma.registration.count({ where: { schoolYearId: year.id, status: 'approved' } })).toBe(6);
    expect(nominations.every((n) => n.status === 'approved' || n.status === 'not_approved')).toBe(true);
  });

  it('one held meeting with attendance: one member absent with a reason, the rest present', async () => {
    const prisma = db.current.prisma;
    const meetings = await prisma.meeting.findMany({ include: { attendance: true } });
    expect(meetings).toHaveLength(1);
    const [m] = meetings;
    expect(m!.status).toBe('approved');
    const absent = m!.attendance.filter((a) => !a.present);
    expect(absent).toHaveLength(1);
    expect(absent[0]!.absenceReason).toBeTruthy();
    expect(m!.attendance.some((a) => a.counter)).toBe(true);
  });

  it('a closed round per title with results; CSTĐCS over 80% of total members (one nominee fails)', async () => {
    const prisma = db.current.prisma;
    const rounds = await prisma.ballotRound.findMany();
    expect(rounds.length).toBeGreaterThanOrEqual(2);
    expect(rounds.every((r) => r.status === 'closed' && r.digest && readRoundResult(r.result))).toBe(true);
    expect(new Set(rounds.map((r) => r.code)).size).toBe(rounds.length);
    const cstd = readRoundResult(rounds.find((r) => r.code === 'CSTDCS')!.result)!;
    expect(cstd.nominees.filter((n) => n.passed).length).toBe(cstd.nominees.length - 1);
  });

  it('the chair approved: a frozen list and numbered minutes', async () => {
    const prisma = db.current.prisma;
    const approval = await prisma.nominationApproval.findFirstOrThrow({ include: { approvedBy: true } });
    expect(approval.approvedBy.username).toBe('chutich');
    const docs = await prisma.issuedDocument.findMany({ where: { subject: 'Meeting' } });
    expect(docs.some((d) => d.snapshot !== null)).toBe(true);
    expect(await prisma.meeting.count()).toBe(1);
  });
});

describe('demo calendar', () => {
  it('the finished 2024-2025 year has its calendar as well as the current year', async () => {
    const prisma = db.current.prisma;
    for (const startYear of [2024, 2026]) {
      const year = await prisma.schoolYear.findFirstOrThrow({ where: { startYear } });
      const titles = (await prisma.milestone.findMany({ where: { schoolYearId: year.id } })).map((m) => m.title);
      expect(titles).toContain(`Đăng ký danh hiệu thi đua, hình thức khen thưởng năm học ${startYear}-${startYear + 1}`);
      expect(titles).toHaveLength(7);
    }
  });
});
