// Reviewing registrations over HTTP on a school with five years of history (clock: 26/11/2026): returning with a
// reason, approving in bulk after a confirmation, the register PDF, the school's own registration and the cap
// warning. Every test builds its own school (buildHistorySchool) and takes, over HTTP, the steps that precede what it
// asserts, so each test passes alone and in any order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withChoiceLists, withChoices } from '../../src/features/registrations/registrationChoices.ts';
import { freshSchool as registrationSchool, threeReviewed, threeSubmitted, useRegistrationApps } from '../support/registrationWorld.ts';
import { csrfFrom } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const apps = useRegistrationApps(db);
const freshSchool = () => registrationSchool(db, apps);

describe('review and the register', () => {
  it('returns with a reason (notified), approves in bulk after a confirmation listing, and the register PDF counts them', async () => {
    const s = await freshSchool();
    await threeSubmitted(s);
    const [reg] = await s.regOf('GV005');
    const vice = await s.as('phochutich');
    const teacher = await s.as('giaovien');
    const secretary = await s.as('thuky');
    const review = await vice.get('/registrations/review');
    const noReason = await vice
      .post(`/registrations/${reg!.id}/review`)
      .type('form')
      .send({ _csrf: csrfFrom(review.text), decision: 'return', reason: '' });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain('Vui lòng ghi lý do trả lại.');
    await vice
      .post(`/registrations/${reg!.id}/review`)
      .type('form')
      .send({ _csrf: csrfFrom(review.text), decision: 'return', reason: 'Bổ sung tên sáng kiến' });
    expect(await db.current.prisma.notification.count({ where: { schoolId: s.schoolId, title: 'notify.registrationReturned' } })).toBe(1);
    const asReviewer = await vice.get(`/registrations/${reg!.id}?view=1`);
    expect(asReviewer.text).not.toContain('theo quy định không thể đạt'); // LĐTT and CSTĐCS are reachable
    const fixed = await teacher.get(`/registrations/${reg!.id}`);
    expect(fixed.text).toContain('Đăng ký bị trả lại: Bổ sung tên sáng kiến');
    await teacher
      .post(`/registrations/${reg!.id}`)
      .type('form')
      .send({
        _csrf: csrfFrom(fixed.text),
        subject: 'staff',
        action: 'submit',
        titles: ['LDTT', 'CSTDCS'],
        initiativeTitle: 'Dạy học phân hóa lớp 1',
        revision: /name="revision" value="(\d+)"/.exec(fixed.text)![1],
      });

    const list = await vice.get('/registrations/review');
    const ids = [...list.text.matchAll(/name="ids" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    expect(ids.length).toBe(3);
    const confirm = await vice
      .post('/registrations/review/confirm')
      .type('form')
      .send({ _csrf: csrfFrom(list.text), ids });
    expect(confirm.text).toContain('Bạn sắp duyệt 3 đăng ký dưới đây:');
    expect(confirm.text).toContain('Hoàng Thị Mai');
    const approved = await vice
      .post('/registrations/review/approve')
      .type('form')
      .send({ _csrf: csrfFrom(confirm.text), ids });
    expect(approved.status).toBe(302);
    expect(await db.current.prisma.registration.count({ where: { schoolId: s.schoolId, status: 'approved' } })).toBe(3);

    const summary = await secretary.get('/registrations/summary');
    expect(summary.text).toContain('Lao động tiên tiến: 3');
    expect(summary.text).toContain('Chiến sĩ thi đua cơ sở: 1');
    const pdf = await secretary
      .post('/registrations/summary.pdf')
      .type('form')
      .send({ _csrf: csrfFrom(summary.text) })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'thidua-reg-')), 'bang.pdf');
    writeFileSync(file, pdf.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8').normalize('NFC').replace(/\s+/g, ' ');
    for (const name of ['Hoàng Thị Mai', 'Nguyễn Thúy Hà', 'Đỗ Thị Liên']) expect(text).toContain(name);
    expect(text).toContain('BẢNG TỔNG HỢP');
    expect(text).toContain('Lao động tiên tiến: 3; Chiến sĩ thi đua cơ sở: 1');
    expect(text).toMatch(/Số: 01\/BC-HĐTĐKT/);
    const docx = await secretary
      .post('/registrations/summary.docx')
      .type('form')
      .send({ _csrf: csrfFrom(summary.text) });
    expect(docx.status).toBe(200);
    expect(await db.current.prisma.issuedDocument.count({ where: { schoolId: s.schoolId, type: 'BC' } })).toBe(1); // one number for the register
    const xlsx = await secretary.get('/registrations/summary.xlsx');
    expect(xlsx.status).toBe(200);
  });
});

describe("the school's own registration and the cap warning", () => {
  it('the chair registers the school; with a 15% CSTĐCS cap configured, the register warns when registrations exceed it', async () => {
    const s = await freshSchool();
    await threeReviewed(s);
    const chair = await s.as('chutich');
    const page = await chair.get('/registrations/new?subject=school');
    expect(page.text).toContain('Đăng ký thi đua của nhà trường năm học 2026-2027');
    const res = await chair
      .post('/registrations')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), subject: 'school', action: 'save', titles: 'TTLDXS', forms: 'BK_UBND_TP' });
    expect(res.status).toBe(302);
    const school = await db.current.prisma.collective.findFirstOrThrow({ where: { schoolId: s.schoolId, kind: 'school' } });
    expect(withChoiceLists(await db.current.prisma.registration.findFirstOrThrow({ where: { collectiveId: school.id }, include: withChoices }))).toMatchObject({
      subject: 'school',
      titles: ['TTLDXS'],
      forms: ['BK_UBND_TP'],
    });
    expect((await (await s.as('giaovien')).get('/registrations/new?subject=school').set('Accept', 'text/html')).status).toBe(403);

    const admin = await s.as('admin');
    const rules = await admin.get('/rules');
    await admin
      .post('/rules/luat2022-nd152-2025/parameters/cstdcs.capPctOfLdtt')
      .type('form')
      .send({ _csrf: csrfFrom(rules.text), value: '15', effectiveFrom: '01/09/2026', reason: 'Quy chế của trường' });
    const summary = await (await s.as('thuky')).get('/registrations/summary');
    // 3 LĐTT approved → at most floor(15% × 3) = 0 CSTĐCS; 1 registered.
    expect(summary.text).toContain('Chiến sĩ thi đua cơ sở: 1 người đăng ký, vượt tỉ lệ 15% của 3 (tối đa 0).');
  });
});
