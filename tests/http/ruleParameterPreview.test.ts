// Issue 11 §4 over HTTP: a parameter change is offered for every rule set that has the parameter, and the rules page
// shows, before saving, which school years and evaluation dates it reaches.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD, buildSchool, buildUser } from '../support/factories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let admin: TestAgent;
let schoolId: string;
const URL = '/rules/luat2022-nd152-2025/parameters/cstdcs.capPctOfLdtt';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school } = await buildSchool(prisma, { years: [2024, 2025, 2026] });
  schoolId = school.id;
  admin = agentFor(buildTestApp(db.current, clock).app);
  await loginAs(admin, (await buildUser(prisma, school.id, { isAdmin: true })).username, TEST_PASSWORD);
});

async function send(form: Record<string, string | string[]>) {
  const csrf = csrfFrom((await admin.get('/rules')).text);
  return admin
    .post(URL)
    .type('form')
    .send({ _csrf: csrf, ...form });
}

describe('as an administrator changing the CSTĐCS cap on rule set 2', () => {
  it('the form offers the other rule set that has the parameter', async () => {
    const html = (await admin.get('/rules')).text;
    const form = html.slice(html.indexOf(`action="${URL}"`), html.indexOf('</form>', html.indexOf(`action="${URL}"`)));
    expect(form).toContain('name="alsoFor" value="luat2022-nd98-2023"');
    expect(form).toContain('Luật 2022 + NĐ 98/2023');
  });

  it('preview: from today it reaches only 2026-2027; last year is named as decided by rule set 1; nothing is saved', async () => {
    const res = await send({ value: '15', effectiveFrom: '26/11/2026', reason: 'Hướng dẫn của Sở', intent: 'preview' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Thay đổi này áp dụng cho các lần xét từ ngày 26/11/2026');
    expect(res.text).toMatch(/Năm học 2024-2025 \(ngày xét 31\/05\/2025\): <strong>Không áp dụng<\/strong> — năm học này xét theo «Luật 2022 \+ NĐ 98\/2023»/);
    expect(res.text).toMatch(/Năm học 2025-2026 \(ngày xét 31\/05\/2026\): <strong>Không áp dụng<\/strong> — ngày xét trước ngày áp dụng/);
    expect(res.text).toMatch(/Năm học 2026-2027 \(ngày xét 31\/05\/2027\): <strong>Áp dụng<\/strong>/);
    expect(res.text).toMatch(/name="reason" type="text" value="Hướng dẫn của Sở"/); // the form keeps what was typed
    expect(await db.current.prisma.ruleParameterOverride.count({ where: { schoolId } })).toBe(0);
  });

  it('preview for both rule sets from 01/01/2024 reaches all three years', async () => {
    const res = await send({ value: '15', effectiveFrom: '01/01/2024', reason: 'Hướng dẫn của Sở', intent: 'preview', alsoFor: 'luat2022-nd98-2023' });
    expect(res.text.match(/<strong>Áp dụng<\/strong>/g)).toHaveLength(3);
  });

  it('saving for both rule sets writes one override and one audit row per rule set', async () => {
    const res = await send({ value: '15', effectiveFrom: '01/01/2024', reason: 'Hướng dẫn của Sở', intent: 'save', alsoFor: 'luat2022-nd98-2023' });
    expect(res.status).toBe(302);
    const rows = await db.current.prisma.ruleParameterOverride.findMany({ where: { schoolId }, orderBy: { ruleSetId: 'asc' } });
    expect(rows.map((r) => r.ruleSetId)).toEqual(['luat2022-nd152-2025', 'luat2022-nd98-2023']);
    expect(await db.current.prisma.auditEvent.count({ where: { schoolId, action: 'rules.parameter.change' } })).toBe(2);
  });
});
