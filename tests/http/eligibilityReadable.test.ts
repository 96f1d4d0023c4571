// Issue 11 §10, the report reads well: it opens on the latest year with data, filters by title, verdict and
// collective (kept in paging and export links, and applied to the exports), marks and abbreviations are explained,
// and the "(chưa xác minh số điều)" caveat is out of the main column.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildHistorySchool } from '../support/historySchool.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let secretary: TestAgent;
const csvLines = (text: string) =>
  text
    .split('\r\n')
    .slice(1)
    .filter((l) => /^(GV|NV)\d{3},/.test(l));

beforeAll(async () => {
  const { usernames } = await buildHistorySchool(db.current.prisma); // records up to 2025-2026; 2026-2027 is empty
  secretary = agentFor(buildTestApp(db.current, clock).app);
  await loginAs(secretary, usernames.thuky!, TEST_PASSWORD);
});

describe('the eligibility report as a council member reads it', () => {
  it('opens on the latest school year with records, not on the empty current one', async () => {
    const res = await secretary.get('/eligibility');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/eligibility/2025');
  });

  it('filters by collective, title and verdict; the exports hold exactly the filtered rows', async () => {
    const all = csvLines((await secretary.get('/eligibility/2025/export.csv')).text);
    const query = `collective=${encodeURIComponent('Tổ khối 2')}&title=LDTT&verdict=eligible`;
    const filtered = csvLines((await secretary.get(`/eligibility/2025/export.csv?${query}`)).text);
    const expected = all.filter((l) => l.includes(',Tổ khối 2,LĐTT,Đủ điều kiện,'));
    expect(expected.length).toBeGreaterThan(0);
    expect(filtered).toEqual(expected);
    const page = await secretary.get(`/eligibility/2025?${query}`);
    expect(page.text).toContain(`Hiển thị ${expected.length}/`);
    expect(page.text).toContain('<option value="Tổ khối 2" selected>');
    // Export links carry the filters.
    expect(page.text).toContain(`export.csv?title=LDTT&amp;verdict=eligible&amp;collective=${encodeURIComponent('Tổ khối 2').replace(/%20/g, '+')}`);
    const otherGroup = csvLines((await secretary.get(`/eligibility/2025/export.csv?collective=${encodeURIComponent('Tổ khối 1')}`)).text);
    expect(otherGroup.length).toBeGreaterThan(0);
    expect(otherGroup.every((l) => l.includes(',Tổ khối 1,'))).toBe(true);
    const notEligible = csvLines((await secretary.get('/eligibility/2025/export.csv?verdict=not_eligible')).text);
    expect(notEligible.every((l) => l.includes(',Không đủ điều kiện,'))).toBe(true);
  });

  it('pages 50 rows at a time and keeps the filters in the paging links', async () => {
    const page = await secretary.get(`/eligibility/2025?collective=${encodeURIComponent('Tổ khối 1')}`);
    expect(page.text).toMatch(/Trang 1\/[2-9]/);
    expect(page.text).toContain(`href="?collective=${encodeURIComponent('Tổ khối 1').replace(/%20/g, '+')}&amp;page=2"`);
  });

  it('explains the marks and abbreviations, and keeps "(chưa xác minh số điều)" out of the table', async () => {
    const csv = (await secretary.get('/eligibility/2024/export.csv')).text;
    expect(csv).toContain('(chưa xác minh số điều)'); // the exports keep the full citation
    const page = (await secretary.get('/eligibility/2024')).text;
    expect(page).not.toContain('(chưa xác minh số điều)');
    expect(page).not.toContain('<<<<<<<');
    expect(page).toContain('<dt>[V]</dt><dd>Đã xác minh');
    expect(page).toContain('<dt>[U]</dt><dd>Chưa xác minh');
    expect(page).toContain('Căn cứ có đánh dấu * chưa xác minh số điều.');
    expect(page).toContain('<abbr title="Lao động tiên tiến">LĐTT</abbr>');
    expect(page).toMatch(/<dt><abbr title="Chiến sĩ thi đua cơ sở">CSTĐCS<\/abbr><\/dt><dd>Chiến sĩ thi đua cơ sở<\/dd>/);
    expect(page).toContain('<abbr title="Hoàn thành xuất sắc nhiệm vụ">HTXSNV</abbr>');
  });
});
