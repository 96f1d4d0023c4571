// The council calendar by month and as a printable sheet; a too-long milestone title states the limit beside the field.
import { describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';

const db = useTestDatabase();

async function schoolWithCalendar() {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2026] });
  const year = yearOf(2026);
  const secretary = await buildPerson(prisma, school.id, { role: 'secretary', schoolYearId: year.id });
  const teacher = await buildPerson(prisma, school.id);
  const milestone = (title: string, dueOn: string, startsOn?: string, doneAt?: Date) =>
    prisma.milestone.create({
      data: {
        schoolId: school.id,
        schoolYearId: year.id,
        kind: 'other',
        title,
        dueOn: new Date(`${dueOn}T00:00:00Z`),
        startsOn: startsOn ? new Date(`${startsOn}T00:00:00Z`) : null,
        ownerRole: 'secretary',
        doneAt: doneAt ?? null,
      },
    });
  await milestone('Nộp hồ sơ khen thưởng cấp phường', '2026-12-10');
  await milestone('Đăng ký thi đua đợt bổ sung', '2026-12-05', '2026-11-25');
  await milestone('Tổng kết học kỳ I', '2027-01-15');
  await milestone('Họp Hội đồng tháng 11', '2026-11-20', undefined, new Date('2026-11-20T09:00:00Z'));
  return { secretary, teacher };
}

const signedIn = async (username: string, now = '2026-12-01T03:00:00Z'): Promise<TestAgent> => {
  const agent = agentFor(buildTestApp(db.current, testClock(now)).app);
  await loginAs(agent, username, TEST_PASSWORD);
  return agent;
};
const visible = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the month view', () => {
  it('shows the month as Monday-first weeks with each milestone on its days, and links to the neighbouring months', async () => {
    const { teacher } = await schoolWithCalendar();
    const agent = await signedIn(teacher.user.username);
    const list = await agent.get('/calendar/2026');
    expect(list.status).toBe(200);
    expect(list.text).toContain('href="/calendar/2026/month/2026-12"'); // opens on today's month
    const res = await agent.get('/calendar/2026/month/2026-12');
    expect(res.status).toBe(200);
    const text = visible(res.text);
    expect(text).toContain('Lịch tháng 12/2026');
    expect(res.text.match(/<th scope="col"><abbr title="Thứ Hai">T2<\/abbr>/)).not.toBeNull();
    // 01/12/2026 is a Tuesday: the first row starts on Monday 30/11.
    expect(res.text.indexOf('30/11/2026')).toBeLessThan(res.text.indexOf('01/12/2026'));
    expect(text).toMatch(/10\/12\/2026 Hạn: Nộp hồ sơ khen thưởng cấp phường/);
    expect(text).toMatch(/05\/12\/2026 Hạn: Đăng ký thi đua đợt bổ sung/);
    expect(text).not.toContain('Bắt đầu: Đăng ký thi đua đợt bổ sung'); // it opened on 25/11, before this grid
    expect(visible((await agent.get('/calendar/2026/month/2026-11')).text)).toMatch(/25\/11\/2026 Bắt đầu: Đăng ký thi đua đợt bổ sung/);
    expect(text).not.toContain('Tổng kết học kỳ I'); // January is another month
    expect(res.text).toContain('aria-current="date"');
    expect(res.text).toContain('href="/calendar/2026/month/2026-11"');
    expect(res.text).toContain('href="/calendar/2026/month/2027-01"');
  });

  it('answers 404 for a month outside the school year or not a month', async () => {
    const { teacher } = await schoolWithCalendar();
    const agent = await signedIn(teacher.user.username);
    for (const month of ['2028-01', '2026-13', 'abc']) expect((await agent.get(`/calendar/2026/month/${month}`)).status, month).toBe(404);
  });
});

describe('a past window', () => {
  it('reads as closed, not as red "Quá hạn", in the list and the month; a missed deadline is still overdue', async () => {
    const { teacher } = await schoolWithCalendar();
    const prisma = db.current.prisma;
    const year = await prisma.schoolYear.findFirstOrThrow({ where: { schoolId: teacher.user.schoolId, startYear: 2026 } });
    const base = { schoolId: teacher.user.schoolId, schoolYearId: year.id, ownerRole: 'secretary' };
    await prisma.milestone.create({
      data: {
        ...base,
        kind: 'registration_window',
        title: 'Đăng ký thi đua đầu năm',
        startsOn: new Date('2026-09-20T00:00:00Z'),
        dueOn: new Date('2026-09-30T00:00:00Z'),
      },
    });
    await prisma.milestone.create({ data: { ...base, kind: 'dossier_deadline', title: 'Nộp báo cáo sơ kết', dueOn: new Date('2026-09-30T00:00:00Z') } });
    const agent = await signedIn(teacher.user.username);
    const list = visible((await agent.get('/calendar/2026')).text);
    expect(list).toMatch(/Đăng ký thi đua đầu năm .*?Đã kết thúc/);
    expect(list).not.toMatch(/Đăng ký thi đua đầu năm [^—]*Quá hạn/);
    expect(list).toMatch(/Nộp báo cáo sơ kết .*?Quá hạn 62 ngày/);
    const month = (await agent.get('/calendar/2026/month/2026-09')).text;
    expect(month).toMatch(/<li class="month-grid__item">Hạn: Đăng ký thi đua đầu năm/);
    expect(month).toMatch(/<li class="month-grid__item due--overdue">Hạn: Nộp báo cáo sơ kết/);
  });
});

describe('the printable calendar', () => {
  it('lists every milestone of the year in date order under the council heading, with a print button', async () => {
    const { teacher } = await schoolWithCalendar();
    const agent = await signedIn(teacher.user.username);
    const res = await agent.get('/calendar/2026/print');
    expect(res.status).toBe(200);
    const text = visible(res.text);
    expect(text).toContain('LỊCH CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM HỌC 2026-2027');
    const order = ['Họp Hội đồng tháng 11', 'Đăng ký thi đua đợt bổ sung', 'Nộp hồ sơ khen thưởng cấp phường', 'Tổng kết học kỳ I'].map((t) => text.indexOf(t));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('25/11/2026 – 05/12/2026');
    expect(res.text).toContain('data-print');
  });
});

describe('a too-long field', () => {
  it('says how long it may be, next to the field, and keeps what was typed', async () => {
    const { secretary } = await schoolWithCalendar();
    const agent = await signedIn(secretary.user.username);
    const page = await agent.get('/calendar/2026');
    const title = 'Nội dung rất dài '.repeat(30);
    const res = await agent
      .post('/calendar/2026/milestones')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), kind: 'other', title, dueOn: '2026-12-20', ownerRole: 'secretary' });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/<p class="field__error" id="[^"]*title-error">Nội dung quá dài: tối đa 300 ký tự\.<\/p>/);
    expect(res.text).toContain(title.trim().slice(0, 40));
  });
});

describe('the private iCal address', () => {
  const feedPath = (html: string) => /value="https?:\/\/[^"/]+(\/lich\/[A-Za-z0-9_-]{43}\.ics)"/.exec(html)?.[1] ?? '';

  it('is made by its user, serves the school calendar to a calendar app without a session, and stops when replaced or revoked', async () => {
    const { teacher, secretary } = await schoolWithCalendar();
    const prisma = db.current.prisma;
    const agent = await signedIn(secretary.user.username);
    const page = await agent.get('/calendar/feed');
    expect(visible(page.text)).toContain('Bạn chưa có địa chỉ lịch.');
    const made = await agent
      .post('/calendar/feed')
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    expect(made.status).toBe(200);
    const path = feedPath(made.text);
    expect(path).not.toBe('');
    // Only the hash is stored, and the making is audited.
    const row = await prisma.calendarFeed.findUniqueOrThrow({ where: { userId: secretary.user.id } });
    expect(path).not.toContain(row.tokenHash);
    expect(await prisma.auditEvent.count({ where: { action: 'user.calendarFeed.create', subjectId: secretary.user.id } })).toBe(1);

    const app = buildTestApp(db.current, testClock('2026-12-01T03:00:00Z')).app;
    const sessionsBefore = await prisma.session.count();
    const feed = await agentFor(app).get(path);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await prisma.session.count()).toBe(sessionsBefore); // a calendar app's visit creates no session
    const ics = feed.text.replace(/\r\n /g, ''); // unfold RFC 5545 lines
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('SUMMARY:Nộp hồ sơ khen thưởng cấp phường');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261210');
    expect(ics).toContain('DTEND;VALUE=DATE:20261211');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20261125\r\nDTEND;VALUE=DATE:20261206|DTEND;VALUE=DATE:20261206/); // the window's days
    expect(ics).toContain('SUMMARY:[Đã xong] Họp Hội đồng tháng 11');
    expect(ics).toContain('(bạn phụ trách)'); // the secretary's own milestones say so
    expect((await agentFor(app).get(path)).text).toBe(feed.text); // unchanged data, same bytes

    // A new address replaces the old one.
    const again = await agent.get('/calendar/feed');
    expect(visible(again.text)).toContain('Bạn đã tạo địa chỉ lịch ngày 01/12/2026');
    const remade = await agent
      .post('/calendar/feed')
      .type('form')
      .send({ _csrf: csrfFrom(again.text) });
    const newPath = feedPath(remade.text);
    expect(newPath).not.toBe(path);
    expect((await agentFor(app).get(path)).status).toBe(404);
    expect((await agentFor(app).get(newPath)).status).toBe(200);

    // A disabled account's address stops working; revoking ends it too.
    await prisma.user.update({ where: { id: secretary.user.id }, data: { disabled: true } });
    expect((await agentFor(app).get(newPath)).status).toBe(404);
    await prisma.user.update({ where: { id: secretary.user.id }, data: { disabled: false } });
    const before = await agent.get('/calendar/feed');
    await agent
      .post('/calendar/feed/revoke')
      .type('form')
      .send({ _csrf: csrfFrom(before.text) });
    expect((await agentFor(app).get(newPath)).status).toBe(404);
    expect(await prisma.calendarFeed.count({ where: { userId: secretary.user.id } })).toBe(0);

    // Guessing gets nothing, and a teacher's feed is theirs: no "bạn phụ trách" on the secretary's duties.
    expect((await agentFor(app).get('/lich/' + 'x'.repeat(43) + '.ics')).status).toBe(404);
    expect((await agentFor(app).get('/lich/abc')).status).toBe(404);
    const teacherAgent = await signedIn(teacher.user.username);
    const tp = await teacherAgent.get('/calendar/feed');
    const teacherPath = feedPath(
      (
        await teacherAgent
          .post('/calendar/feed')
          .type('form')
          .send({ _csrf: csrfFrom(tp.text) })
      ).text,
    );
    expect((await agentFor(app).get(teacherPath)).text).not.toContain('bạn phụ trách');
  });
});
