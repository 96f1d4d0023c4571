// A multipart body is parsed before any route runs (csrf.ts). A body refused part-way (too many fields, a field over
// 100 kB, a truncated body) is never acted on by a route that takes no file: it gets a 4xx with a Vietnamese message,
// as a urlencoded body over its limits does. A file part is refused before a byte of it is read when its route takes
// no file, or when the signed-in account lacks the permission the upload route's gate requires. The bytes multer hands
// to its memory storage are counted to prove it. Legitimate uploads are unchanged.
import multer from 'multer';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { changedTables, rowSnapshotter } from '../support/hostile/snapshot.ts';
import { buildWorkflowSchool, signedInPerson } from '../support/workflowFactories.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
/** A PDF of `bytes` bytes. */
const pdfOf = (bytes: number) => Buffer.concat([PDF, Buffer.alloc(bytes - PDF.length, 0x20)]);
const MB = 1024 * 1024;

let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let app: ReturnType<typeof buildTestApp>['app'];

// Every file multer reads goes through its memory storage's _handleFile: count the files and their bytes.
type Storage = { _handleFile: (req: unknown, file: { stream: NodeJS.ReadableStream }, cb: unknown) => void };
const storage = Object.getPrototypeOf(multer.memoryStorage()) as Storage;
const read = { files: 0, bytes: 0 };
const original = storage._handleFile;
const spy = vi.spyOn(storage, '_handleFile').mockImplementation(function (this: unknown, req, file, cb) {
  read.files++;
  file.stream.on('data', (chunk: Buffer) => (read.bytes += chunk.length));
  original.call(this, req, file, cb);
});
afterAll(() => spy.mockRestore());
beforeEach(() => Object.assign(read, { files: 0, bytes: 0 }));

beforeAll(async () => {
  w = await buildWorkflowSchool(prisma());
  app = buildTestApp(db.current, testClock('2026-11-26T03:00:00Z'), { UPLOAD_MAX_MB: '1' }).app;
});

const SCHOOL = { name: 'Trường Tiểu học Đổi Tên', governingBody: 'UBND PHƯỜNG MỚI', address: 'Số 1 Hà Nội', placeName: 'Hà Nội', documentPrefix: 'TH' };
const schoolName = async () => (await prisma().school.findUniqueOrThrow({ where: { id: w.school.id } })).name;

/** The administrator, signed in, with the school settings form's token. */
async function admin() {
  const { agent } = await signedInPerson(app, prisma(), w.school.id, { isAdmin: true });
  return { agent, token: csrfFrom((await agent.get('/admin/school')).text) };
}

/** The school settings form sent as multipart, with `extra` fields (and a file) after the real ones. */
function schoolForm(a: { agent: TestAgent; token: string }, extra: Array<[string, string]>, file?: Buffer) {
  let req = a.agent.post('/admin/school').set('Accept', 'text/html').field('_csrf', a.token);
  for (const [k, v] of Object.entries(SCHOOL)) req = req.field(k, v);
  for (const [k, v] of extra) req = req.field(k, v);
  return file ? req.attach('file', file, 'bao-cao.pdf') : req;
}

/** Sends the request and checks that no table's row count changed (every command writes an audit row). */
async function changesNothing<T>(send: () => PromiseLike<T>): Promise<T> {
  const snapshot = await rowSnapshotter(db.current.pool);
  const before = await snapshot();
  const res = await send();
  expect(changedTables(before, await snapshot())).toEqual([]);
  return res;
}
const fillers = (n: number): Array<[string, string]> => Array.from({ length: n }, (_, i) => [`f${i}`, 'x']);

describe('a multipart body refused part-way, sent to a form that takes no file', () => {
  it('more than 20 fields to the school settings form: 413 with the Vietnamese message, the school unchanged', async () => {
    const before = await schoolName();
    const a = await admin();
    const res = await changesNothing(() => schoolForm(a, fillers(15))); // _csrf + 5 + 15 = 21 fields
    expect(res.status).toBe(413);
    expect(res.text).toContain('Biểu mẫu có quá nhiều trường (tối đa 20).');
    expect(await schoolName()).toBe(before);
  });

  it('a field over 100 kB in a registration form: 413 with the Vietnamese message, no registration saved', async () => {
    const teacher = await signedInPerson(app, prisma(), w.school.id);
    const token = csrfFrom((await teacher.agent.get('/registrations/new')).text);
    const res = await changesNothing(() =>
      teacher.agent
        .post('/registrations')
        .set('Accept', 'text/html')
        .field('_csrf', token)
        .field('subject', 'staff')
        .field('action', 'save')
        .field('titles', 'LDTT')
        .field('commitments', 'Dạy tốt, học tốt')
        .field('note', 'x'.repeat(101 * 1024)),
    );
    expect(res.status).toBe(413);
    expect(res.text).toContain('Một trường của biểu mẫu quá dài (tối đa 100 kB).');
    expect(await prisma().registration.count({ where: { staffId: teacher.staffId } })).toBe(0);
  });

  it('a truncated body (no closing boundary): 400 with the Vietnamese message, the school unchanged', async () => {
    const before = await schoolName();
    const a = await admin();
    const parts = Object.entries({ _csrf: a.token, ...SCHOOL }).map(([k, v]) => `--B\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
    const res = await changesNothing(() =>
      a.agent
        .post('/admin/school')
        .set('Accept', 'text/html')
        .set('Content-Type', 'multipart/form-data; boundary=B')
        .send(Buffer.from(`${parts.join('')}--B\r\nContent-Disposition: form-data; name="extra"\r\n\r\nxx`)),
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('Dữ liệu biểu mẫu gửi lên bị hỏng hoặc không đầy đủ.');
    expect(await schoolName()).toBe(before);
  });

  it('within the limits, the same multipart form is still taken (20 fields)', async () => {
    const res = await schoolForm(await admin(), fillers(14));
    expect(res.status).toBe(302);
    expect(await schoolName()).toBe(SCHOOL.name);
    await prisma().school.update({ where: { id: w.school.id }, data: { name: 'Trường Tiểu học Ban Đầu' } });
  });
});

describe('a file sent to a form that takes none', () => {
  it('is refused before a byte of it is read (a file over UPLOAD_MAX_MB gets no "too large"): 400, the school unchanged', async () => {
    const before = await schoolName();
    const a = await admin();
    const started = performance.now();
    // 2 MB: over UPLOAD_MAX_MB (1) but within the body cap (bodyCap.ts), which answers a larger body 413 unread.
    const res = await changesNothing(() => schoolForm(a, [], pdfOf(2 * MB)));
    const ms = performance.now() - started;
    expect(res.status).toBe(400);
    expect(res.text).toContain('Biểu mẫu này không nhận tệp đính kèm.');
    expect(res.text).not.toContain('vượt quá giới hạn');
    expect(read).toEqual({ files: 0, bytes: 0 });
    expect(await schoolName()).toBe(before);
    console.log(`a 2 MB file to the school settings form: refused in ${Math.round(ms)} ms (two row-count snapshots included), 0 bytes read`);
  });
});

describe('a file sent to an upload route', () => {
  let movementId = '';
  beforeAll(async () => {
    movementId = (await prisma().movement.create({ data: { schoolId: w.school.id, name: 'Phong trào tải tệp', launchLevel: 'school', kind: 'regular' } })).id;
  });
  const tokenOf = async (agent: TestAgent) => csrfFrom((await agent.get('/account/password')).text);
  const upload = (agent: TestAgent, token: string, field = 'file') =>
    agent
      .post(`/movements/${movementId}/files`)
      .set('Accept', 'text/html')
      .field('_csrf', token)
      .attach(field, pdfOf(512 * 1024), 'ke-hoach.pdf');
  const stored = () => prisma().storedFile.count({ where: { ownerId: movementId } });

  it("by an account without the permission of its gate: 403 with the gate's reason, the file never read", async () => {
    const teacher = await signedInPerson(app, prisma(), w.school.id);
    const token = await tokenOf(teacher.agent);
    const res = await changesNothing(() => upload(teacher.agent, token));
    expect(res.status).toBe(403);
    expect(res.text).toContain('Bạn không có quyền thực hiện thao tác này.');
    expect(read).toEqual({ files: 0, bytes: 0 });
    expect(await stored()).toBe(0);
  });

  it("in another field than the form's file field: refused unread, the message beside the file field", async () => {
    const viceChair = await signedInPerson(app, prisma(), w.school.id, { role: 'vice_chair', schoolYearId: w.year.id });
    const res = await upload(viceChair.agent, await tokenOf(viceChair.agent), 'tep');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Tệp phải được gửi trong ô chọn tệp của biểu mẫu.');
    expect(res.text).toContain('Phong trào tải tệp'); // the movement's page, re-rendered
    expect(read).toEqual({ files: 0, bytes: 0 });
    expect(await stored()).toBe(0);
  });

  it('by an account with the permission: read and stored as before', async () => {
    const viceChair = await signedInPerson(app, prisma(), w.school.id, { role: 'vice_chair', schoolYearId: w.year.id });
    const res = await upload(viceChair.agent, await tokenOf(viceChair.agent));
    expect(res.status).toBe(302);
    expect(read).toEqual({ files: 1, bytes: 512 * 1024 });
    expect(await stored()).toBe(1);
  });
});

describe('an upload route refusing its body part-way', () => {
  it('shows the refusal beside its file field with what was typed kept, and saves nothing', async () => {
    const secretary = await signedInPerson(app, prisma(), w.school.id, { role: 'secretary', schoolYearId: w.year.id });
    const token = csrfFrom((await secretary.agent.get('/complaints/new')).text);
    let req = secretary.agent
      .post('/complaints')
      .set('Accept', 'text/html')
      .field('_csrf', token)
      .field('senderName', 'Trần Văn Bình')
      .field('summary', 'Nội dung đã gõ được giữ lại');
    for (const [k, v] of fillers(20)) req = req.field(k, v);
    const res = await req.attach('file', PDF, 'don.pdf');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Biểu mẫu tải tệp có quá nhiều trường.');
    expect(res.text).toContain('Trần Văn Bình');
    expect(res.text).toContain('Nội dung đã gõ được giữ lại');
    expect(await prisma().complaint.count({ where: { schoolId: w.school.id } })).toBe(0);
  });
});
