// Page views write nothing unless something changed (issue 16): anonymous visits create no session row, a signed-in
// reader's second page view leaves the session row untouched, and "last seen" still moves once a minute has passed.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let schoolId: string;

beforeAll(async () => {
  const { school } = await buildSchool(db.current.prisma, { years: [2026] });
  schoolId = school.id;
});

async function sessionRows(): Promise<{ sid: string; sess: unknown; expire: Date }[]> {
  const { rows } = await db.current.pool.query<{ sid: string; sess: unknown; expire: Date }>('SELECT sid, sess, expire FROM session ORDER BY sid');
  return rows;
}

describe('session writes', () => {
  it('anonymous visits to the login page create no session row, and the login form still works', async () => {
    const { app } = buildTestApp(db.current);
    await db.current.pool.query('DELETE FROM session');
    const agent = agentFor(app);
    for (let i = 0; i < 3; i++) expect((await agent.get('/login')).status).toBe(200);
    expect(await sessionRows()).toHaveLength(0);

    const { user } = await buildPerson(db.current.prisma, schoolId);
    const res = await loginAs(agent, user.username, TEST_PASSWORD);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/');
    expect(await sessionRows()).toHaveLength(1);
  });

  it('an anonymous form post without the cookie token is refused (403)', async () => {
    const { app } = buildTestApp(db.current);
    const page = await agentFor(app).get('/login');
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const stranger = agentFor(app); // another browser: it never received the cookie the token belongs to
    const res = await stranger
      .post('/login')
      .type('form')
      .send({ username: user.username, password: TEST_PASSWORD, _csrf: csrfFrom(page.text) });
    expect(res.status).toBe(403);
  });

  it("a signed-in reader's page views leave the session row as it was until a minute has passed", async () => {
    const clock = testClock();
    const { app } = buildTestApp(db.current, clock);
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const agent = agentFor(app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    await agent.get('/');
    const mine = async () => (await sessionRows()).find((r) => JSON.stringify(r.sess).includes(user.id));
    const before = await mine();
    expect(before).toBeDefined();
    await new Promise((r) => setTimeout(r, 20)); // a rewrite would carry a later expiry
    await agent.get('/');
    await agent.get('/account');
    expect(await mine()).toEqual(before);

    clock.advance(61_000);
    await agent.get('/');
    const after = await mine();
    expect((after?.sess as { lastSeenAt?: number }).lastSeenAt).toBe(clock.now.getTime());
  });
});
