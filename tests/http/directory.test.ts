// The school directory over HTTP: staff forms, scoping by school, search, accounts, settings, audit and notifications.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildSchool, buildStaff, buildUser, TEST_PASSWORD } from '../support/factories.ts';

const db = useTestDatabase();
let admin: TestAgent;
let schoolId = '';
let otherSchoolStaffId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school } = await buildSchool(prisma);
  schoolId = school.id;
  const other = await buildSchool(prisma);
  otherSchoolStaffId = (await buildStaff(prisma, other.school.id, { fullName: 'Người Trường Khác' })).id;
  await buildStaff(prisma, schoolId, { fullName: 'Nguyễn Thúy Hà', code: 'GV001' });
  await buildStaff(prisma, schoolId, { fullName: 'Lê Văn An', code: 'GV002' });
  const user = await buildUser(prisma, schoolId, { isAdmin: true });
  admin = agentFor(buildTestApp(db.current).app);
  await loginAs(admin, user.username, TEST_PASSWORD);
});

describe('staff forms', () => {
  it('re-renders bad input with 422, Vietnamese messages beside the fields and what was typed', async () => {
    const token = csrfFrom((await admin.get('/staff/new')).text);
    const res = await admin.post('/staff').type('form').send({
      _csrf: token,
      code: 'GV 9',
      fullName: 'Trần Thị Mới',
      gender: '',
      birthDate: '31/02/1990',
      position: '',
      collectiveId: '',
      contractType: 'civil_servant',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('id="f-code-error">Mã cán bộ chỉ gồm chữ, số, dấu - và _.');
    expect(res.text).toContain('id="f-gender-error">Vui lòng chọn một giá trị hợp lệ.');
    expect(res.text).toContain('id="f-birthDate-error">Ngày này không có trên lịch (ví dụ 31/02 hay 30/02): vui lòng kiểm tra lại ngày và tháng.');
    expect(res.text).toContain('id="f-position-error">Vui lòng nhập chức vụ.');
    expect(res.text).toContain('value="Trần Thị Mới"');
    expect(await db.current.prisma.staff.count({ where: { fullName: 'Trần Thị Mới' } })).toBe(0);
  });

  it('refuses a code already used, beside the code field', async () => {
    const token = csrfFrom((await admin.get('/staff/new')).text);
    const res = await admin
      .post('/staff')
      .type('form')
      .send({ _csrf: token, code: 'GV001', fullName: 'Ai Đó', gender: 'female', position: 'Giáo viên', collectiveId: '', contractType: 'contract' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('id="f-code-error">Mã cán bộ này đã được dùng cho người khác.');
  });

  it('creates a staff member in NFC with an audit row', async () => {
    const token = csrfFrom((await admin.get('/staff/new')).text);
    const decomposed = 'Pha\u0323m Thi\u0323 Nga';
    const res = await admin.post('/staff').type('form').send({
      _csrf: token,
      code: 'GV100',
      fullName: decomposed,
      gender: 'female',
      birthDate: '1990-05-04',
      position: 'Giáo viên',
      collectiveId: '',
      contractType: 'civil_servant',
      active: 'on',
    });
    expect(res.status).toBe(302);
    const saved = await db.current.prisma.staff.findFirstOrThrow({ where: { schoolId, code: 'GV100' } });
    expect(saved.fullName).toBe('Phạm Thị Nga');
    expect(saved.fullName).toBe(saved.fullName.normalize('NFC'));
    expect(saved.searchName).toBe('pham thi nga');
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'staff.create', subjectId: saved.id } })).toBe(1);
  });

  it('cannot see or edit staff of another school (404)', async () => {
    expect((await admin.get(`/staff/${otherSchoolStaffId}/edit`)).status).toBe(404);
    expect((await admin.get('/staff?status=all')).text).not.toContain('Người Trường Khác');
  });

  it('searches without diacritics and sorts by given name', async () => {
    const res = await admin.get('/staff?q=nguyen+thuy+ha');
    expect(res.text).toContain('Nguyễn Thúy Hà');
    expect(res.text).not.toContain('Lê Văn An');
    const all = await admin.get('/staff');
    expect(all.text.indexOf('Lê Văn An')).toBeLessThan(all.text.indexOf('Nguyễn Thúy Hà'));
  });
});

describe('personal data', () => {
  it("a teacher sees colleagues' names and positions but not their birth dates, and cannot export the directory", async () => {
    const staff = await buildStaff(db.current.prisma, schoolId, { fullName: 'Giáo Viên Thường' });
    const user = await buildUser(db.current.prisma, schoolId, { staffId: staff.id });
    const teacher = agentFor(buildTestApp(db.current).app);
    await loginAs(teacher, user.username, TEST_PASSWORD);
    const list = await teacher.get('/staff');
    expect(list.text).toContain('Nguyễn Thúy Hà');
    expect(list.text).not.toContain('Ngày sinh');
    expect((await teacher.get('/staff/export').set('Accept', 'text/html')).status).toBe(403);
    expect((await admin.get('/staff')).text).toContain('Ngày sinh');
  });
});

describe('accounts, settings, audit, notifications', () => {
  it('opens an account for a staff member and shows a one-time setup link', async () => {
    const staff = await buildStaff(db.current.prisma, schoolId, { fullName: 'Đỗ Văn Mới' });
    const token = csrfFrom((await admin.get('/admin/users')).text);
    const res = await admin.post('/admin/users').type('form').send({ _csrf: token, username: 'dovanmoi', staffId: staff.id });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/\/reset\/[\w-]{20,}/);
    const user = await db.current.prisma.user.findUniqueOrThrow({ where: { username: 'dovanmoi' } });
    expect(user.staffId).toBe(staff.id);
    const again = await admin.post('/admin/users').type('form').send({ _csrf: token, username: 'dovanmoi', staffId: '', isAdmin: 'on' });
    expect(again.status).toBe(422);
    expect(again.text).toContain('Tên đăng nhập đã tồn tại.');
  });

  it('edits the school year settings that changed with the 2025 reform', async () => {
    const year = await db.current.prisma.schoolYear.findFirstOrThrow({ where: { schoolId, startYear: 2025 } });
    const token = csrfFrom((await admin.get('/admin/school')).text);
    const bad = await admin
      .post(`/admin/school/years/${year.id}`)
      .type('form')
      .send({ _csrf: token, governingBody: 'UBND PHƯỜNG LONG BIÊN', upperCouncil: 'HĐTĐKT phường Long Biên', evaluationDate: '2030-05-31' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Ngày xét phải nằm trong năm học.');
    const ok = await admin
      .post(`/admin/school/years/${year.id}`)
      .type('form')
      .send({ _csrf: token, governingBody: 'UBND PHƯỜNG LONG BIÊN', upperCouncil: 'HĐTĐKT phường Long Biên', evaluationDate: '2026-05-25' });
    expect(ok.status).toBe(302);
    const saved = await db.current.prisma.schoolYear.findUniqueOrThrow({ where: { id: year.id } });
    expect(saved.upperCouncil).toBe('HĐTĐKT phường Long Biên');
    expect(saved.evaluationDate.toISOString().slice(0, 10)).toBe('2026-05-25');
  });

  it('shows the audit log filtered by action', async () => {
    const res = await admin.get('/audit?action=staff');
    expect(res.status).toBe(200);
    expect(res.text).toContain('tạo cán bộ');
    expect(res.text).not.toContain('cập nhật năm học');
  });

  it('shows unread notifications in the header and marks them read', async () => {
    const staff = await buildStaff(db.current.prisma, schoolId);
    const user = await buildUser(db.current.prisma, schoolId, { staffId: staff.id });
    await db.current.prisma.notification.create({ data: { schoolId, userId: user.id, kind: 'test', title: 'notify.passwordReset' } });
    const agent = agentFor(buildTestApp(db.current).app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    const home = await agent.get('/');
    expect(home.text).toMatch(/<span class="badge" aria-label="1 thông báo chưa đọc">1<\/span>/);
    const list = await agent.get('/notifications');
    expect(list.text).toContain('Mật khẩu của bạn đã được đặt lại.');
    await agent
      .post('/notifications/read-all')
      .type('form')
      .send({ _csrf: csrfFrom(list.text) });
    expect((await agent.get('/')).text).not.toContain('class="badge"');
  });
});

describe('npm run admin:create', () => {
  it('creates the first administrator of an empty database, with the school', async () => {
    const url = new URL(db.current.url);
    const root = path.resolve(import.meta.dirname, '../..');
    const run = (args: string[], extra: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/adminCreate.ts', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, DATABASE_URL: url.toString(), ...extra },
      });
    const short = run(['--username', 'quantri'], { ADMIN_PASSWORD: 'ngan' });
    expect(short.status).toBe(2);
    const ok = run(['--username', 'quantri', '--generate']);
    expect(ok.stdout).toContain('Administrator "quantri" created');
    expect(ok.stdout).toMatch(/Password \(shown once\): \S{12,}/);
    const user = await db.current.prisma.user.findUniqueOrThrow({ where: { username: 'quantri' } });
    expect(user.isAdmin).toBe(true);
  });
});
