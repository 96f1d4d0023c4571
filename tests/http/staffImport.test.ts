// Excel import of the staff directory: preview first, nothing written until confirmed, all or nothing, idempotent.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { staffRows, workbookOf } from '../support/staffWorkbooks.ts';

const db = useTestDatabase();
const collectives = ['Tổ khối 1', 'Tổ khối 2', 'Tổ văn phòng'];
let agent: TestAgent;
let schoolId = '';

async function upload(bytes: Buffer, name = 'danh-sach.xlsx') {
  const token = csrfFrom((await agent.get('/staff/import')).text);
  return agent.post(`/staff/import`).field('_csrf', token).attach('file', bytes, name);
}

async function confirm(previewUrl: string) {
  const page = await agent.get(previewUrl);
  return agent
    .post(`${previewUrl}/confirm`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text) });
}

const staffCount = () => db.current.prisma.staff.count({ where: { schoolId } });

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school } = await buildSchool(prisma);
  schoolId = school.id;
  for (const [i, name] of collectives.entries()) await prisma.collective.create({ data: { schoolId, name, kind: 'grade_group', sortOrder: i } });
  const admin = await buildUser(prisma, schoolId, { isAdmin: true });
  agent = agentFor(buildTestApp(db.current).app);
  await loginAs(agent, admin.username, TEST_PASSWORD);
});

describe('staff import', () => {
  it('offers a template to download', async () => {
    const res = await agent.get('/staff/import/template');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('.xlsx');
  });

  it('40 good and 3 bad rows: shows 3 precise row errors and writes nothing, even when confirmed', async () => {
    const rows = staffRows(43, collectives);
    rows[40] = { ...rows[40]!, collectiveName: 'Tổ khối 9' };
    rows[41] = { ...rows[41]!, code: 'IM002' };
    rows[42] = { ...rows[42]!, fullName: '' };
    const res = await upload(await workbookOf(rows));
    expect(res.status).toBe(302);
    const preview = await agent.get(res.headers.location!);
    expect(preview.text).toContain('40 thêm mới');
    expect(preview.text).toContain('3 lỗi');
    expect(preview.text.match(/import-row--error/g)).toHaveLength(3);
    expect(preview.text).toContain('<strong>Tổ:</strong> Không có tổ “Tổ khối 9” trong danh bạ của trường.');
    expect(preview.text).toContain('<strong>Mã cán bộ:</strong> Mã cán bộ IM002 bị trùng với dòng 3.');
    expect(preview.text).toContain('<strong>Họ và tên:</strong> Thiếu họ và tên.');
    expect(preview.text).not.toContain('Xác nhận nhập');
    expect(await staffCount()).toBe(0);
    const forced = await confirm(res.headers.location!);
    expect(forced.status).toBe(302);
    expect(await staffCount()).toBe(0);
  });

  it('after fixing, imports 43 rows; importing the same file again changes nothing', async () => {
    const file = await workbookOf(staffRows(43, collectives));
    const first = await upload(file);
    const preview = await agent.get(first.headers.location!);
    expect(preview.text).toContain('43 thêm mới');
    expect((await confirm(first.headers.location!)).headers.location).toBe('/staff');
    expect(await staffCount()).toBe(43);
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'staff.import.create' } })).toBe(43);
    const before = await db.current.prisma.staff.findMany({ where: { schoolId }, orderBy: { code: 'asc' } });

    const again = await upload(file);
    const secondPreview = await agent.get(again.headers.location!);
    expect(secondPreview.text).toContain('43 không đổi');
    expect(secondPreview.text).toContain('Không có thay đổi nào');
    await confirm(again.headers.location!);
    const after = await db.current.prisma.staff.findMany({ where: { schoolId }, orderBy: { code: 'asc' } });
    expect(after).toEqual(before);
    expect(await db.current.prisma.auditEvent.count({ where: { action: { startsWith: 'staff.import.' } } })).toBe(43);
  });

  it('a changed row is shown as an update and applied once, even if confirmed twice', async () => {
    const rows = staffRows(43, collectives);
    rows[5] = { ...rows[5]!, position: 'Tổ phó' };
    const res = await upload(await workbookOf(rows));
    expect((await agent.get(res.headers.location!)).text).toContain('1 cập nhật');
    const page = await agent.get(res.headers.location!);
    const token = csrfFrom(page.text);
    const [a, b] = await Promise.all([
      agent.post(`${res.headers.location}/confirm`).type('form').send({ _csrf: token }),
      agent.post(`${res.headers.location}/confirm`).type('form').send({ _csrf: token }),
    ]);
    expect([a.status, b.status].sort()).toEqual([302, 409]);
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'staff.import.update' } })).toBe(1);
    expect((await db.current.prisma.staff.findFirstOrThrow({ where: { schoolId, code: 'IM006' } })).position).toBe('Tổ phó');
  });

  it('refuses a 5 MB non-Excel file renamed .xlsx with a clear message beside the field', async () => {
    const batchesBefore = await db.current.prisma.importBatch.count();
    const res = await upload(randomBytes(5 * 1024 * 1024), 'danh-sach.xlsx');
    expect(res.status).toBe(422);
    expect(res.text).toContain('id="f-file-error">Tệp không phải là bảng tính Excel (.xlsx). Vui lòng dùng tệp mẫu.');
    expect(await db.current.prisma.importBatch.count()).toBe(batchesBefore); // nothing stored
  });

  it('refuses a file over the upload limit with 413 and a Vietnamese message, not a server error', async () => {
    const { app } = buildTestApp(db.current, undefined, { UPLOAD_MAX_MB: '1' });
    const small = agentFor(app);
    const admin = await buildUser(db.current.prisma, schoolId, { isAdmin: true });
    await loginAs(small, admin.username, TEST_PASSWORD);
    const token = csrfFrom((await small.get('/staff/import')).text);
    const res = await small
      .post(`/staff/import`)
      .field('_csrf', token)
      .set('Accept', 'text/html')
      .attach('file', randomBytes(2 * 1024 * 1024), 'lon.xlsx');
    expect(res.status).toBe(413);
    expect(res.text).toContain('Tệp tải lên vượt quá giới hạn');
  });

  it('exports the directory in the import format (round trip: all unchanged)', async () => {
    const res = await agent
      .get('/staff/export')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const again = await upload(res.body as Buffer, 'export.xlsx');
    const preview = await agent.get(again.headers.location!);
    expect(preview.text).toContain('43 không đổi');
    expect(preview.text).toContain('0 lỗi');
  });
});
