// Concurrent posts of the complaint handling form (issue 13 point 7, issue 10 §3's standard). handleComplaint
// re-reads the case under its row lock and a settled case is final: N identical "settled" posts settle it once
// (one audit row, the settled day written once), and a settle racing other handling posts never has a change land
// after the settlement — only 2xx/3xx or clean 409 answers, never a 500, and one audit row per change made.
import { beforeAll, describe, expect, it } from 'vitest';
import { logComplaint } from '../../../src/features/complaints/logComplaint.ts';
import { buildCouncil, buildNominations } from '../../support/ballotFixtures.ts';
import { concurrentPosts, expectCleanRaceResponses } from '../../support/concurrentPosts.ts';
import { TEST_PASSWORD } from '../../support/factories.ts';
import { agentFor, buildTestApp, loginAs, testClock } from '../../support/testApp.ts';
import { useTestDatabase } from '../../support/testDatabase.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
const prisma = () => db.current.prisma;
const OUTCOME = 'Hội đồng đã xác minh: cá nhân hoàn thành tốt nhiệm vụ; giữ nguyên đề nghị.';
let c: Awaited<ReturnType<typeof buildCouncil>>;
let nominationId: string;
let member: ReturnType<typeof agentFor>;
let secretary: ReturnType<typeof agentFor>;

beforeAll(async () => {
  const app = buildTestApp(db.current, clock).app;
  c = await buildCouncil(prisma(), 3);
  nominationId = (await buildNominations(prisma(), c, 'LDTT', 1))[0]!;
  member = agentFor(app);
  await loginAs(member, c.members[0]!.username, TEST_PASSWORD);
  secretary = agentFor(app);
  await loginAs(secretary, c.secretary.username, TEST_PASSWORD);
});

/** A khiếu nại about the nomination, received 20/11/2026, assigned to the council member. */
async function openComplaint(): Promise<string> {
  return logComplaint(
    prisma(),
    { actor: { id: null, schoolId: c.schoolId }, now: clock.now },
    c.schoolYearId,
    {
      kind: 'khieu_nai',
      receivedOn: new Date('2026-11-20T00:00:00Z'),
      senderName: 'Trần Văn Bình',
      senderContact: null,
      channel: 'post',
      subject: { type: 'nomination', id: nominationId },
      summary: 'Không đồng ý với việc đề nghị.',
      complex: false,
      remoteArea: false,
      assigneeStaffId: c.members[0]!.staffId,
    },
    null,
  );
}

const handlings = (id: string) =>
  prisma().auditEvent.findMany({ where: { action: 'complaint.handle', subjectId: id }, orderBy: { id: 'asc' }, select: { before: true, after: true } });

describe.each([2, 10, 50])('%i concurrent handling posts', (n) => {
  it('settling: settled once, the settled day written once, one audit row from the state before; the others a clean 409', async () => {
    const id = await openComplaint();
    const page = `/complaints/${id}`;
    const form = { status: 'settled', assigneeStaffId: c.members[0]!.staffId, outcome: OUTCOME };
    const initial = (await prisma().complaint.findUniqueOrThrow({ where: { id } })).status; // assigned: in progress
    const res = await concurrentPosts({ agent: member, page }, page, form, n);
    expectCleanRaceResponses(res);
    expect(res.filter((r) => r.status === 302)).toHaveLength(1);
    expect(res.filter((r) => r.status === 409)).toHaveLength(n - 1);
    for (const r of res.filter((x) => x.status === 409)) expect(r.text).toContain('Đơn đã giải quyết xong');
    const row = await prisma().complaint.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'settled', outcome: OUTCOME });
    expect(row.settledOn?.toISOString().slice(0, 10)).toBe('2026-11-26');
    const audits = await handlings(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.before).toMatchObject({ status: initial });
    expect(audits[0]!.after).toMatchObject({ status: 'settled', outcome: OUTCOME });
  });

  it('settling racing "in progress" posts of the secretary: nothing lands after the settlement, one audit row per accepted post, in order', async () => {
    const id = await openComplaint();
    const page = `/complaints/${id}`;
    const settle = { status: 'settled', assigneeStaffId: c.members[0]!.staffId, outcome: OUTCOME };
    const progress = { status: 'in_progress', assigneeStaffId: c.members[0]!.staffId, outcome: '' };
    const [settles, progresses] = await Promise.all([
      concurrentPosts({ agent: member, page }, page, settle, n),
      concurrentPosts({ agent: secretary, page }, page, progress, n),
    ]);
    const all = [...settles, ...progresses];
    expectCleanRaceResponses(all);
    expect(settles.filter((r) => r.status === 302)).toHaveLength(1);
    const row = await prisma().complaint.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('settled'); // the settlement is final: no "in progress" after it
    const audits = await handlings(id);
    expect(audits).toHaveLength(all.filter((r) => r.status === 302).length);
    // Serialised by the row lock: each row's "before" is the previous row's "after", and the settlement is last.
    for (let i = 1; i < audits.length; i++) expect((audits[i]!.before as { status: string }).status).toBe((audits[i - 1]!.after as { status: string }).status);
    expect(audits.at(-1)!.after).toMatchObject({ status: 'settled' });
  });
});
