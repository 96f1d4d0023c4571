// A line of the báo cáo thành tích over the stored limit (found by the nightly hostile-input tier: 10 kB, 100 kB and
// 1 MB answered 500): refused beside the field with a Vietnamese message, what was typed kept, nothing stored.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildCouncil, buildNominations } from '../support/ballotFixtures.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { translator } from '../../src/i18n/index.ts';

const db = useTestDatabase();
let chair: TestAgent;
let nominationId = '';

beforeAll(async () => {
  const council = await buildCouncil(db.current.prisma, 3);
  [nominationId] = (await buildNominations(db.current.prisma, council, 'LDTT', 1)) as [string];
  chair = agentFor(buildTestApp(db.current).app);
  await loginAs(chair, council.chair.username, TEST_PASSWORD);
});

describe('achievement report input', () => {
  it('a 10 kB achievement line: 422 with the message beside the field, the text kept, nothing stored', async () => {
    const page = await chair.get(`/dossiers/reports/${nominationId}`);
    expect(page.status).toBe(200);
    const line = `Thành tích ${'dạy tốt '.repeat(1250)}`;
    const res = await chair
      .post(`/dossiers/reports/${nominationId}`)
      .type('form')
      .set('Accept', 'text/html')
      .send({ _csrf: csrfFrom(page.text), duties: 'Giáo viên', achievements: line, action: 'save' });
    expect(res.status).toBe(422);
    expect(res.text).toContain(translator('vi')('form.tooLong').split('{')[0]!.trim());
    expect(res.text).toContain(line.slice(0, 200));
    expect(await db.current.prisma.achievementReport.count({ where: { nominationId } })).toBe(0);
  });
});
