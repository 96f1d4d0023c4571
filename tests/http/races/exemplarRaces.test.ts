// Concurrent posts on the exemplar steps (issue 15 §4, issue 10 §3's standard): N identical publish or
// consent-withdrawal posts give one effect and one audit row, and a publish racing a withdrawal never leaves a
// published exemplar without standing consent — only 2xx/3xx or clean 409 answers, never a 500.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCouncil } from '../../support/ballotFixtures.ts';
import { concurrentPosts, expectCleanRaceResponses } from '../../support/concurrentPosts.ts';
import { buildExemplar } from '../../support/exemplarFactories.ts';
import { TEST_PASSWORD } from '../../support/factories.ts';
import { agentFor, buildTestApp, loginAs, testClock } from '../../support/testApp.ts';
import { useTestDatabase } from '../../support/testDatabase.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
const prisma = () => db.current.prisma;
let app: ReturnType<typeof buildTestApp>['app'];
let schoolId: string;
let secretary: ReturnType<typeof agentFor>;
const audits = (action: string, subjectId: string) => prisma().auditEvent.count({ where: { action, subjectId } });

beforeAll(async () => {
  app = buildTestApp(db.current, clock).app;
  const c = await buildCouncil(prisma(), 3);
  schoolId = c.schoolId;
  secretary = agentFor(app);
  await loginAs(secretary, c.secretary.username, TEST_PASSWORD);
});

describe.each([2, 10, 50])('%i concurrent posts', (n) => {
  it('publish: published once, one audit row', async () => {
    const e = await buildExemplar(prisma(), { schoolId, state: 'consented' });
    const res = await concurrentPosts({ agent: secretary, page: `/exemplars/${e.id}` }, `/exemplars/${e.id}/publish`, {}, n);
    expectCleanRaceResponses(res);
    expect((await prisma().exemplar.findUniqueOrThrow({ where: { id: e.id } })).status).toBe('published');
    expect(await audits('exemplar.publish', e.id)).toBe(1);
  });

  it('consent withdrawal: withdrawn once, unpublished, one audit row', async () => {
    const e = await buildExemplar(prisma(), { schoolId, state: 'published' });
    const res = await concurrentPosts({ agent: secretary, page: `/exemplars/${e.id}` }, `/exemplars/${e.id}/consent/withdraw`, {}, n);
    expectCleanRaceResponses(res);
    const after = await prisma().exemplar.findUniqueOrThrow({ where: { id: e.id } });
    expect(after.consentWithdrawnAt).not.toBeNull();
    expect(after.status).not.toBe('published');
    expect(await audits('exemplar.consent.withdraw', e.id)).toBe(1);
  });

  it('publish racing a consent withdrawal: never published without standing consent', async () => {
    const e = await buildExemplar(prisma(), { schoolId, state: 'consented' });
    const page = `/exemplars/${e.id}`;
    const [pub, wd] = await Promise.all([
      concurrentPosts({ agent: secretary, page }, `/exemplars/${e.id}/publish`, {}, n),
      concurrentPosts({ agent: secretary, page }, `/exemplars/${e.id}/consent/withdraw`, {}, n),
    ]);
    expectCleanRaceResponses([...pub, ...wd]);
    const after = await prisma().exemplar.findUniqueOrThrow({ where: { id: e.id } });
    expect(after.consentWithdrawnAt).not.toBeNull();
    expect(after.status).not.toBe('published');
    expect(await audits('exemplar.consent.withdraw', e.id)).toBe(1);
    expect(await audits('exemplar.publish', e.id)).toBeLessThanOrEqual(1);
  });
});
