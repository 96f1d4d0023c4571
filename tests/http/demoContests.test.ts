// The demo school's writing contests (issue 15 §4): 2024-2025 judged and published with prizes (on the public page
// and in its issued results notice), the current year's open for entries (the demo teacher may submit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoContests } from '../../src/db/seed/seedDemoContests.ts';
import { seedDemoExemplars } from '../../src/db/seed/seedDemoExemplars.ts';
import { seedDemoSchool } from '../../src/db/seed/seedDemoSchool.ts';
import { DEMO_PASSWORD } from '../../prisma/seed/demoSchool.ts';
import { agentFor, buildTestApp, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { flat, pdfRawText, removeTempPdfs, writeTempPdf } from '../unit/documents/support/pdfTools.ts';

const db = useTestDatabase();
const NOW = '2026-11-26T03:00:00Z';
afterAll(removeTempPdfs);

beforeAll(async () => {
  await seedDemoSchool(db.current.prisma, new Date(NOW));
  await seedDemoExemplars(db.current.prisma);
  await seedDemoContests(db.current.prisma, new Date(NOW));
  await seedDemoContests(db.current.prisma, new Date(NOW)); // a second run adds nothing
});

describe('demo writing contests', () => {
  it('2024-2025 published with five scored entries and four prizes; the current year open with two entries', async () => {
    const prisma = db.current.prisma;
    const contests = await prisma.contest.findMany({ include: { schoolYear: true, entries: true }, orderBy: { createdAt: 'asc' } });
    expect(contests.map((c) => [c.schoolYear.startYear, c.state, c.entries.length])).toEqual([
      [2024, 'published', 5],
      [2026, 'open', 2],
    ]);
    expect(
      contests[0]!.entries
        .filter((e) => e.prize)
        .map((e) => e.prize)
        .sort(),
    ).toEqual(['ba', 'khuyen_khich', 'nhat', 'nhi']);
    expect(contests[0]!.entries.some((e) => e.exemplarId)).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: 'contest.publish' } })).toBe(1);

    const app = buildTestApp(db.current, testClock(NOW)).app;
    const school = await prisma.school.findFirstOrThrow();
    const publicPage = await agentFor(app).get(`/cong-khai/${school.code}`);
    expect(publicPage.text).toContain('Cậu bé nhặt được ví tiền ở cổng trường');
    expect(publicPage.text).toContain('Giải Nhất');
    expect(publicPage.text).not.toContain('Những đôi dép cho em'); // the open contest's entry

    const teacher = agentFor(app);
    await loginAs(teacher, 'giaovien', DEMO_PASSWORD);
    const open = await teacher.get(`/contests/${contests[1]!.id}`);
    expect(open.status).toBe(200);
    expect(open.text).toContain('Nộp bài');
    expect(open.text).not.toContain('Những đôi dép cho em');
    // The published contest's results notice, issued when the seed published it (25/01/2025, 09:00 in Hà Nội).
    const published = `/contests/${contests[0]!.id}`;
    const notice = await prisma.issuedDocument.findFirstOrThrow({ where: { subject: 'Contest', subjectId: contests[0]!.id } });
    expect(notice).toMatchObject({ type: 'TB', year: 2025 });
    expect(notice.symbol).toMatch(/^\d{2}\/TB-HĐTĐKT$/);
    expect((await teacher.get(published)).text).toContain(`Thông báo kết quả số ${notice.symbol} ngày 25/01/2025:`);
    const print = await teacher.get(`${published}/results/print`);
    expect([print.status, print.headers.location]).toEqual([302, `${published}/results/notice.pdf`]);
    const pdf = await teacher
      .get(`${published}/results/notice.pdf`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    const text = flat(pdfRawText(writeTempPdf(pdf.body as Buffer)));
    expect(text).toContain('TRƯỜNG TIỂU HỌC LÝ THƯỜNG KIỆT');
    expect(text).toContain(`Số: ${notice.symbol}`);
    expect(text).toContain('Long Biên, ngày 25 tháng 01 năm 2025');
    expect(text).toContain('Kết quả Cuộc thi “Viết về gương điển hình tiên tiến, người tốt, việc tốt năm 2024” năm học 2024-2025');
    expect(text).toContain('Cậu bé nhặt được ví tiền ở cổng trường 92,5 Nhất');
    expect(text).toContain('Nguyễn Thúy Hà');
    expect((await teacher.get(`${published}/results/notice.docx`)).status).toBe(200);
  });
});
