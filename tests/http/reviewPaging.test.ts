// Issue 16 §3 (paging on every list): the review list shows 50 registrations a page in name order, the eligibility
// flags are computed for the page shown, and "choose all" reaches only that page's registrations.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStaff } from '../support/factories.ts';
import { buildTestApp, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildRegistration, buildWorkflowSchool, signedInPerson } from '../support/workflowFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let app: ReturnType<typeof buildTestApp>['app'];

beforeAll(async () => {
  w = await buildWorkflowSchool(db.current.prisma);
  app = buildTestApp(db.current, clock).app;
});

const idsOn = (html: string) => [...html.matchAll(/name="ids" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);

describe('the review list of 61 submitted registrations', () => {
  it('shows 50 on the first page and 11 on the second, in Vietnamese name order, each once', async () => {
    const prisma = db.current.prisma;
    const made: string[] = [];
    for (let i = 0; i < 61; i++) {
      const staff = await buildStaff(prisma, w.school.id, { fullName: `Nguyễn Văn Đăng Ký ${String(i).padStart(2, '0')}` });
      made.push((await buildRegistration(prisma, { schoolId: w.school.id, schoolYearId: w.year.id, staffId: staff.id })).id);
    }
    const reviewer = await signedInPerson(app, prisma, w.school.id, { role: 'vice_chair', schoolYearId: w.year.id });
    const first = await reviewer.agent.get('/registrations/review');
    expect(first.status).toBe(200);
    expect(idsOn(first.text)).toHaveLength(50);
    expect(first.text).toContain('61 đăng ký chờ duyệt; trang này có 50.');
    expect(first.text).toContain('Trang 1/2');
    expect(first.text).toContain('href="?page=2"');
    expect(first.text.indexOf('Đăng Ký 00')).toBeLessThan(first.text.indexOf('Đăng Ký 49'));
    const second = await reviewer.agent.get('/registrations/review?page=2');
    expect(idsOn(second.text)).toHaveLength(11);
    expect(second.text).toContain('Đăng Ký 60');
    expect(new Set([...idsOn(first.text), ...idsOn(second.text)])).toEqual(new Set(made));
    // The flags come with the page: each registered title of the page is flagged, none from the other page.
    expect(second.text.match(/<li class="review-flag /g)?.length).toBe(11);
    // A page beyond the last shows the last; a hostile page number the first.
    expect(idsOn((await reviewer.agent.get('/registrations/review?page=99')).text)).toEqual(idsOn(second.text));
    expect(idsOn((await reviewer.agent.get('/registrations/review?page=-1%27')).text)).toEqual(idsOn(first.text));
  });
});
