// Multipart bodies are parsed before the CSRF check, for every route (csrf.ts, so an upload form's token travels in
// its body). A route that takes no upload must still get what a urlencoded body gets: NUL bytes refused with a 400
// (never a 500), text in NFC; and an anonymous visitor (who holds a double-submit token) cannot make the server read
// a file into memory.
import { describe, expect, it } from 'vitest';
import { buildCouncil } from '../support/ballotFixtures.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;

async function secretaryAgent() {
  const built = buildTestApp(db.current, testClock('2026-11-26T03:00:00Z'));
  const c = await buildCouncil(prisma(), 3);
  const agent = agentFor(built.app);
  await loginAs(agent, c.secretary.username, TEST_PASSWORD);
  return { built, c, agent };
}

const CONTEST = { rules: 'Mỗi người một bài.', opensOn: '01/11/2026', closesOn: '30/11/2026' };

describe('a multipart body sent to a route without an upload', () => {
  it('a NUL byte in a field is refused with 400, nothing stored', async () => {
    const { agent } = await secretaryAgent();
    const token = csrfFrom((await agent.get('/contests/new')).text);
    let req = agent.post('/contests').set('Accept', 'text/html').field('_csrf', token).field('title', 'Cuộc thi\u0000 lỗi');
    for (const [k, v] of Object.entries(CONTEST)) req = req.field(k, v);
    const res = await req;
    expect(res.status).toBe(400);
    expect(await prisma().contest.count({ where: { title: { contains: 'lỗi' } } })).toBe(0);
  });

  it('text arrives in NFC, as from a urlencoded form', async () => {
    const { agent } = await secretaryAgent();
    const token = csrfFrom((await agent.get('/contests/new')).text);
    const title = 'Viết về người tốt, việc tốt'.normalize('NFD');
    let req = agent.post('/contests').field('_csrf', token).field('title', title);
    for (const [k, v] of Object.entries(CONTEST)) req = req.field(k, v);
    const res = await req;
    expect(res.status).toBe(302);
    const stored = await prisma().contest.findFirstOrThrow({ select: { title: true } });
    expect(stored.title).toBe(title.normalize('NFC'));
  });
});

describe('field names with brackets in a multipart body', () => {
  it('are kept flat, as a urlencoded body keeps them: a bad form is a 422 with the input kept, never a 500', async () => {
    const { agent } = await secretaryAgent();
    const token = csrfFrom((await agent.get('/contests/new')).text);
    let req = agent.post('/contests').set('Accept', 'text/html').field('_csrf', token).field('title[x]', 'Cuộc thi lồng').field('title[a][b]', '1');
    for (const [k, v] of Object.entries(CONTEST)) req = req.field(k, v);
    const res = await req;
    expect(res.status).toBe(422);
    expect(res.text).toContain('Mỗi người một bài.');
    expect(await prisma().contest.count({ where: { title: { contains: 'lồng' } } })).toBe(0);
  });
});

describe('an anonymous visitor with a valid double-submit token', () => {
  it('cannot send a file to any route: refused before the file is read', async () => {
    const { built } = await secretaryAgent();
    const anon = agentFor(built.app);
    const token = csrfFrom((await anon.get('/login')).text);
    const res = await anon
      .post('/login')
      .field('_csrf', token)
      .field('username', 'x')
      .attach('file', Buffer.alloc(2 * 1024 * 1024, 0x41), 'big.pdf');
    expect(res.status).toBe(403);
  });
});
