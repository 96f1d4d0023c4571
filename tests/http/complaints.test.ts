// Complaints and petitions (issue 13 point 7): logged against a nomination or an approved list with the legal
// deadline and its basis, the scan, an assignee from the council; overdue and due-soon flags; the open complaint
// shown on the nomination; settled with an outcome and answered by a numbered reply letter (PDF + DOCX, snapshot).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { handleComplaint } from '../../src/features/complaints/handleComplaint.ts';
import { logComplaint } from '../../src/features/complaints/logComplaint.ts';
import { buildCouncil, buildNominations } from '../support/ballotFixtures.ts';
import { buildPerson, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const prisma = () => db.current.prisma;

/** A school of its own: a council of three, one LĐTT nomination, the secretary, a member and a teacher signed in (clock 26/11/2026). */
async function world() {
  const clock = testClock('2026-11-26T03:00:00Z');
  const built = buildTestApp(db.current, clock);
  const c = await buildCouncil(prisma(), 3);
  const nominationId = (await buildNominations(prisma(), c, 'LDTT', 1))[0]!;
  const agentOf = async (username: string) => {
    const agent = agentFor(built.app);
    await loginAs(agent, username, TEST_PASSWORD);
    return agent;
  };
  const secretary = await agentOf(c.secretary.username);
  const member = await agentOf(c.members[0]!.username);
  const teacher = await agentOf((await buildPerson(prisma(), c.schoolId, { fullName: 'Giáo viên Không Hội đồng' })).user.username);
  return { clock, built, c, nominationId, secretary, member, teacher };
}
type World = Awaited<ReturnType<typeof world>>;

async function log(secretary: TestAgent, fields: Record<string, string>, file?: Buffer) {
  const page = await secretary.get('/complaints/new');
  const token = csrfFrom(page.text);
  let req = secretary.post('/complaints').field('_csrf', token);
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  if (file) req = req.attach('file', file, 'don-khieu-nai.pdf');
  return req;
}

/** The secretary logs Trần Văn Bình's complex khiếu nại about the nomination (with its scan), assigned to the member. */
async function complexComplaint(w: World) {
  const res = await log(
    w.secretary,
    {
      receivedOn: '20/11/2026',
      kind: 'khieu_nai',
      senderName: 'Trần Văn Bình',
      senderContact: '0987 654 321',
      channel: 'post',
      subject: `nomination:${w.nominationId}`,
      summary: 'Không đồng ý với việc đề nghị vì chưa hoàn thành nhiệm vụ được giao.',
      complex: 'on',
      assigneeStaffId: w.c.members[0]!.staffId,
    },
    PDF,
  );
  expect(res.status).toBe(302);
  return (await prisma().complaint.findFirstOrThrow({ where: { schoolId: w.c.schoolId } })).id;
}

/** Two petitions (kiến nghị) about the nomination, received 20/10 (due 30/10) and 20/11 (due 30/11). */
async function twoPetitions(w: World) {
  const ctx = { actor: { id: null, schoolId: w.c.schoolId }, now: w.clock.now };
  const subject = { type: 'nomination' as const, id: w.nominationId };
  const base = {
    senderName: 'Hội Cha mẹ học sinh',
    senderContact: null,
    channel: 'email' as const,
    subject,
    summary: 'Kiến nghị',
    complex: false,
    remoteArea: false,
    assigneeStaffId: null,
  };
  await logComplaint(prisma(), ctx, w.c.schoolYearId, { ...base, kind: 'kien_nghi', receivedOn: new Date('2026-10-20T00:00:00Z') }, null); // due 30/10
  await logComplaint(prisma(), ctx, w.c.schoolYearId, { ...base, kind: 'kien_nghi', receivedOn: new Date('2026-11-20T00:00:00Z') }, null); // due 30/11
}

/** The assigned member settles the complaint with its outcome. */
async function settled(w: World, complaintId: string) {
  const page = await w.member.get(`/complaints/${complaintId}`);
  const outcome = 'Hội đồng đã xác minh: cá nhân hoàn thành tốt nhiệm vụ; giữ nguyên đề nghị.';
  const ok = await w.member
    .post(`/complaints/${complaintId}`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), status: 'settled', assigneeStaffId: w.c.members[0]!.staffId, outcome });
  expect(ok.status).toBe(302);
}

describe('logging', () => {
  it('refuses a date after today beside the field, keeps the input and writes nothing', async () => {
    const { secretary, c, nominationId } = await world();
    const res = await log(secretary, {
      receivedOn: '27/11/2026',
      kind: 'khieu_nai',
      senderName: 'Trần Văn Bình',
      channel: 'direct',
      subject: `nomination:${nominationId}`,
      summary: 'Nội dung giữ lại',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Ngày nhận đơn không thể sau ngày hôm nay.');
    expect(res.text).toContain('Nội dung giữ lại');
    expect(await prisma().complaint.count({ where: { schoolId: c.schoolId } })).toBe(0);
  });

  it('as secretary, a complex khiếu nại must be accepted within 10 days of receipt, then has 45 days from acceptance, each with its basis [U]; the scan is kept; audited', async () => {
    const { secretary, member, teacher, c, nominationId } = await world();
    const res = await log(
      secretary,
      {
        receivedOn: '20/11/2026',
        kind: 'khieu_nai',
        senderName: 'Trần Văn Bình',
        senderContact: '0987 654 321',
        channel: 'post',
        subject: `nomination:${nominationId}`,
        summary: 'Không đồng ý với việc đề nghị vì chưa hoàn thành nhiệm vụ được giao.',
        complex: 'on',
        assigneeStaffId: c.members[0]!.staffId,
      },
      PDF,
    );
    expect(res.status).toBe(302);
    const row = await prisma().complaint.findFirstOrThrow({ where: { schoolId: c.schoolId } });
    expect([row.dueOn.toISOString().slice(0, 10), row.status, row.assigneeStaffId, row.acceptedOn]).toEqual([
      '2026-11-30',
      'in_progress',
      c.members[0]!.staffId,
      null,
    ]);
    const page = await secretary.get(`/complaints/${row.id}`);
    expect(page.text).toContain('Hạn thụ lý: 30/11/2026 (10 ngày kể từ ngày nhận đơn)');
    expect(page.text).toContain('Luật Khiếu nại số 02/2011/QH13, Điều 27 [U]');

    // The member enters the day of acceptance: a day before receipt or after today is refused beside the field.
    const token = csrfFrom((await member.get(`/complaints/${row.id}`)).text);
    const handle = (acceptedOn: string) =>
      member
        .post(`/complaints/${row.id}`)
        .type('form')
        .send({ _csrf: token, status: 'in_progress', assigneeStaffId: c.members[0]!.staffId, acceptedOn, outcome: '' });
    const early = await handle('19/11/2026');
    expect(early.status).toBe(422);
    expect(early.text).toContain('Ngày thụ lý không thể trước ngày nhận đơn.');
    expect(early.text).toContain('value="19/11/2026"');
    const future = await handle('27/11/2026');
    expect(future.status).toBe(422);
    expect(future.text).toContain('Ngày thụ lý không thể sau ngày hôm nay.');
    expect((await handle('25/11/2026')).status).toBe(302);
    const accepted = await prisma().complaint.findUniqueOrThrow({ where: { id: row.id } });
    expect([accepted.acceptedOn?.toISOString().slice(0, 10), accepted.dueOn.toISOString().slice(0, 10)]).toEqual(['2026-11-25', '2027-01-09']);
    const after = await secretary.get(`/complaints/${row.id}`);
    expect(after.text).toContain('Hạn giải quyết: 09/01/2027 (45 ngày kể từ ngày thụ lý 25/11/2026)');
    expect(after.text).toContain('Luật Khiếu nại số 02/2011/QH13, Điều 28 [U]');

    const scan = await prisma().storedFile.findFirstOrThrow({ where: { ownerType: 'Complaint', ownerId: row.id } });
    expect((await secretary.get(`/files/${scan.id}`)).status).toBe(200);
    expect((await teacher.get(`/files/${scan.id}`)).status).toBe(404);
    expect(await prisma().auditEvent.count({ where: { action: 'complaint.log', subjectId: row.id } })).toBe(1);
    expect(await prisma().auditEvent.count({ where: { action: 'complaint.handle', subjectId: row.id } })).toBe(1);
  });

  it('a teacher outside the council sees no complaint (403) and cannot log one', async () => {
    const w = await world();
    const { teacher } = w;
    const complaintId = await complexComplaint(w);
    expect((await teacher.get('/complaints')).status).toBe(403);
    expect((await teacher.get(`/complaints/${complaintId}`)).status).toBe(403);
  });
});

describe('the list and the nomination', () => {
  it('flags overdue and due-soon cases by the Vietnam date; the open complaint shows on its nomination', async () => {
    const w = await world();
    const { member, secretary } = w;
    const complaintId = await complexComplaint(w); // due 30/11 to be accepted: due soon on 26/11
    await handleComplaint(prisma(), { actor: { id: null, schoolId: w.c.schoolId }, now: w.clock.now }, complaintId, {
      status: 'in_progress',
      assigneeStaffId: w.c.members[0]!.staffId,
      acceptedOn: new Date('2026-11-25T00:00:00Z'),
      outcome: null,
    }); // accepted 25/11: due 09/01/2027, on time
    await twoPetitions(w);
    const list = await member.get('/complaints');
    expect(list.text).toContain('Quá hạn');
    expect(list.text).toContain('Sắp đến hạn');
    expect(list.text).toContain('Trong hạn');
    const nominations = await secretary.get('/nominations');
    expect(nominations.text).toContain('Đang có 3 đơn thư chưa giải quyết');
  });
});

describe('handling and the reply', () => {
  it('the assigned member records the handling; settling needs the outcome (422 beside it)', async () => {
    const w = await world();
    const { member, c } = w;
    const complaintId = await complexComplaint(w);
    const page = await member.get(`/complaints/${complaintId}`);
    const token = csrfFrom(page.text);
    const bad = await member
      .post(`/complaints/${complaintId}`)
      .type('form')
      .send({ _csrf: token, status: 'settled', assigneeStaffId: c.members[0]!.staffId, outcome: '' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Ghi kết quả giải quyết trước khi đánh dấu đã giải quyết.');
    const outcome = 'Hội đồng đã xác minh: cá nhân hoàn thành tốt nhiệm vụ; giữ nguyên đề nghị.';
    const ok = await member
      .post(`/complaints/${complaintId}`)
      .type('form')
      .send({ _csrf: token, status: 'settled', assigneeStaffId: c.members[0]!.staffId, outcome });
    expect(ok.status).toBe(302);
    const again = await member.post(`/complaints/${complaintId}`).type('form').send({ _csrf: token, status: 'in_progress', assigneeStaffId: '', outcome });
    expect(again.status).toBe(409);
    expect((await member.post(`/complaints/${complaintId}/reply`).type('form').send({ _csrf: token })).status).toBe(403);
  });

  it('as secretary, the reply letter is numbered once (CV), drawn from its snapshot as PDF and DOCX', async () => {
    const w = await world();
    const { secretary } = w;
    const complaintId = await complexComplaint(w);
    await twoPetitions(w);
    await settled(w, complaintId);
    const page = await secretary.get(`/complaints/${complaintId}`);
    const token = csrfFrom(page.text);
    expect((await secretary.post(`/complaints/${complaintId}/reply`).type('form').send({ _csrf: token })).status).toBe(302);
    expect((await secretary.post(`/complaints/${complaintId}/reply`).type('form').send({ _csrf: token })).status).toBe(409);
    const row = await prisma().complaint.findUniqueOrThrow({ where: { id: complaintId }, include: { reply: true } });
    expect(row.reply?.symbol).toMatch(/^01\/CV-/);
    const pdf = await secretary.get(`/complaints/${complaintId}/reply.pdf`).buffer(true);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'reply-'));
    writeFileSync(path.join(dir, 'r.pdf'), pdf.body as Buffer);
    const text = execFileSync('pdftotext', [path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' })
      .normalize('NFC')
      .replace(/\s+/g, ' ');
    expect(text).toContain('V/v trả lời đơn khiếu nại');
    // A công văn (ND 30, mẫu 1.4): no type-name line; the trích yếu under the number, then "Kính gửi:".
    expect(text).not.toContain('CÔNG VĂN');
    expect(text.indexOf(row.reply!.symbol)).toBeLessThan(text.indexOf('V/v trả lời'));
    expect(text.indexOf('V/v trả lời')).toBeLessThan(text.indexOf('Kính gửi: Trần Văn Bình'));
    expect(text).toContain('Trần Văn Bình');
    expect(text).toContain('giữ nguyên đề nghị');
    expect(text).toContain(row.reply!.symbol);
    const docx = await secretary.get(`/complaints/${complaintId}/reply.docx`);
    expect(docx.status).toBe(200);
    const nominations = await secretary.get('/nominations');
    expect(nominations.text).toContain('Đang có 2 đơn thư chưa giải quyết');
  });
});
