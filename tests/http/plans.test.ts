// The annual plan over HTTP: the school's real 2024 plan's PDF and DOCX, the approval workflow, the document register.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import seed from '../../prisma/seed/ke-hoach-2024.json' with { type: 'json' };
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { readPlan, readPlanContent } from '../../src/features/plans/planContent.ts';
import { buildPerson, buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { buildDocumentPlanMovements, buildDraftDocumentPlan, buildPublishedDocumentPlan } from '../support/planFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let app: ReturnType<typeof buildTestApp>['app'];
const agents: Record<string, TestAgent> = {};

const binary = (req: request.Test) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

/** Accounts linked to staff (each is notified of a published plan); the administrator has none. */
const STAFF_ACCOUNTS = 4;

beforeAll(async () => {
  // A school with the 2024 plan published as 15/KH-HĐTĐKT, a 2026 draft copied from it, the movements the plan
  // names, a supplementary registration window closing on 05/12/2026, and four people plus an administrator.
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2024, 2025, 2026] });
  await prisma.school.update({ where: { id: school.id }, data: { placeName: 'Long Biên' } });
  const year = yearOf(2026).id;
  const people = {
    chutich: await buildPerson(prisma, school.id, { role: 'chair', schoolYearId: year }),
    phochutich: await buildPerson(prisma, school.id, { role: 'vice_chair', schoolYearId: year }),
    thuky: await buildPerson(prisma, school.id, { role: 'secretary', schoolYearId: year }),
    giaovien: await buildPerson(prisma, school.id),
  };
  await buildUser(prisma, school.id, { isAdmin: true });
  const published = await buildPublishedDocumentPlan(prisma, { schoolId: school.id, approvedById: people.chutich.user.id });
  await buildDraftDocumentPlan(prisma, { schoolId: school.id, year: 2026 });
  await buildDocumentPlanMovements(prisma, { schoolId: school.id, planId: published.id });
  await prisma.milestone.create({
    data: {
      schoolId: school.id,
      schoolYearId: year,
      kind: 'supplementary_window',
      title: 'Đăng ký bổ sung danh hiệu thi đua',
      startsOn: new Date('2026-11-20T00:00:00Z'),
      dueOn: new Date('2026-12-05T00:00:00Z'),
      ownerRole: 'staff',
    },
  });
  app = buildTestApp(db.current, clock).app;
  for (const [u, p] of Object.entries(people)) {
    agents[u] = agentFor(app);
    await loginAs(agents[u], p.user.username, TEST_PASSWORD);
  }
});

async function plan(year: number) {
  return db.current.prisma.plan.findFirstOrThrow({ where: { year } });
}

describe('the 2024 plan as a document', () => {
  it('downloads as a PDF whose text has every heading of the source plan, page numbers from page 2', async () => {
    const p = await plan(2024);
    const res = await binary(agents.giaovien!.get(`/plans/${p.id}/versions/1/pdf`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-plan-'));
    const file = path.join(dir, 'plan.pdf');
    writeFileSync(file, res.body as Buffer);
    const text = normalise(execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8'));
    const headings: string[] = [];
    const walk = (s: { number: string; title: string | null; children?: unknown[] }) => {
      if (s.title) headings.push(s.title);
      for (const c of (s.children ?? []) as Array<typeof s>) walk(c);
    };
    seed.plan.sections.forEach(walk);
    expect(headings.length).toBeGreaterThan(15);
    for (const h of headings) expect(text).toContain(normalise(h));
    expect(text).toContain('Số: 15/KH-HĐTĐKT');
    expect(text).toContain('Long Biên, ngày 05 tháng 3 năm 2024');
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString('utf8').trim().split('\n')[0]!.trim();
    const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-']).toString('utf8').trim().split('\n')[0]!.trim();
    expect(page1).not.toMatch(/^\d+$/);
    expect(page2).toBe('2');
  });

  it('downloads as an editable DOCX', async () => {
    const p = await plan(2024);
    const res = await binary(agents.giaovien!.get(`/plans/${p.id}/versions/1/docx`));
    expect(res.status).toBe(200);
    expect((res.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it("is shown, with the launched movements, on every staff member's home page", async () => {
    const home = await agents.giaovien!.get('/');
    expect(home.text).toContain('Kế hoạch thi đua đã ban hành');
    expect(home.text).toContain('Số 15/KH-HĐTĐKT');
    expect(home.text).toContain('Phong trào thi đua “Cả nước thi đua xây dựng xã hội học tập');
    expect(home.text).not.toContain('Phong trào thi đua “Người tốt, việc tốt”'); // closed with 2024
    expect(home.text).toContain('Đăng ký bổ sung danh hiệu thi đua'); // due 05/12/2026, within 14 days
  });
});

describe('approval workflow', () => {
  it('only the chair approves: the vice chair gets 403 with a Vietnamese reason; re-approving gets 409; every transition is audited', async () => {
    const p = await plan(2026);
    const auditBefore = await db.current.prisma.auditEvent.count({ where: { subject: 'Plan', subjectId: p.id } });
    const page = await agents.phochutich!.get(`/plans/${p.id}`);
    const submit = await agents
      .phochutich!.post(`/plans/${p.id}/submit`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    expect(submit.status).toBe(302);
    const denied = await agents
      .phochutich!.post(`/plans/${p.id}/approve`)
      .type('form')
      .set('Accept', 'text/html')
      .send({ _csrf: csrfFrom(page.text) });
    expect(denied.status).toBe(403);
    expect(denied.text).toContain('Chỉ Chủ tịch Hội đồng mới được phê duyệt kế hoạch.');
    const confirmPage = await agents.chutich!.get(`/plans/${p.id}/approve`);
    expect(confirmPage.text).toContain('data-confirm=');
    const ok = await agents
      .chutich!.post(`/plans/${p.id}/approve`)
      .type('form')
      .send({ _csrf: csrfFrom(confirmPage.text) });
    expect(ok.status).toBe(302);
    expect(ok.headers.location).toBe(`/plans/${p.id}/versions/1`);
    const again = await agents
      .chutich!.post(`/plans/${p.id}/approve`)
      .type('form')
      .set('Accept', 'text/html')
      .send({ _csrf: csrfFrom(confirmPage.text) });
    expect(again.status).toBe(409);
    expect(again.text).toContain('Kế hoạch này đã được phê duyệt.');
    const actions = (
      await db.current.prisma.auditEvent.findMany({ where: { subject: 'Plan', subjectId: p.id }, orderBy: { id: 'asc' }, skip: auditBefore })
    ).map((e) => e.action);
    expect(actions).toEqual(['plan.submit', 'plan.approve']);
    const version = await db.current.prisma.planVersion.findFirstOrThrow({ where: { planId: p.id } });
    expect(version.documentSymbol).toBe('01/KH-HĐTĐKT');
    expect(await db.current.prisma.notification.count({ where: { title: 'notify.planPublished', link: `/plans/${p.id}/versions/1` } })).toBe(STAFF_ACCOUNTS); // staff accounts (the administrator has no staff)
  });

  it('editing a section keeps what was typed on a conflict and saves through the text form', async () => {
    const p = await plan(2026);
    const form = await agents.thuky!.get(`/plans/${p.id}/sections/0/edit`);
    expect(form.status).toBe(200);
    const token = csrfFrom(form.text);
    const revision = /name="revision" value="(\d+)"/.exec(form.text)![1]!;
    const saved = await agents
      .thuky!.post(`/plans/${p.id}/sections/0`)
      .type('form')
      .send({ _csrf: token, revision, title: 'MỤC ĐÍCH, YÊU CẦU', body: '# 1. Mục đích\nĐoạn mới.\n- ý một' });
    expect(saved.status).toBe(302);
    const stale = await agents
      .thuky!.post(`/plans/${p.id}/sections/0`)
      .type('form')
      .send({ _csrf: token, revision, title: 'MỤC ĐÍCH', body: 'Nội dung tôi vừa gõ' });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Nội dung tôi vừa gõ');
    const after = await db.current.prisma.plan.findUniqueOrThrow({ where: { id: p.id } });
    expect(after.status).toBe('draft'); // an edit after approval starts a new draft; version 1 stays
    expect(readPlanContent(after.content).sections[0]!.children![0]!.bullets).toEqual(['ý một']);
    expect(await db.current.prisma.planVersion.count({ where: { planId: p.id } })).toBe(1);
  });

  it('marks a draft PDF "DỰ THẢO" and a published version not', async () => {
    const draft = await plan(2026);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-draft-'));
    const text = async (url: string) => {
      const res = await binary(agents.thuky!.get(url));
      const file = path.join(dir, `${Math.random()}.pdf`);
      writeFileSync(file, res.body as Buffer);
      return execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString('utf8').normalize('NFC');
    };
    expect(await text(`/plans/${draft.id}/draft/pdf`)).toContain('DỰ THẢO');
    expect(await text(`/plans/${(await plan(2024)).id}/versions/1/pdf`)).not.toContain('DỰ THẢO');
  });

  it('a teacher cannot see a draft plan or edit any', async () => {
    const p = await plan(2027).catch(() => null);
    expect(p).toBeNull();
    const draft = await plan(2026);
    const token = csrfFrom((await agents.giaovien!.get('/')).text);
    expect((await agents.giaovien!.post(`/plans/${draft.id}/submit`).type('form').set('Accept', 'text/html').send({ _csrf: token })).status).toBe(403);
    expect((await agents.giaovien!.get(`/plans/${draft.id}/draft/pdf`)).status).toBe(403);
  });
});

describe('plan life cycle', () => {
  it('the chair returns a submitted plan to draft (audited); a new year starts as a copy of the latest plan', async () => {
    const p = await plan(2026);
    let page = await agents.thuky!.get(`/plans/${p.id}`);
    await agents
      .thuky!.post(`/plans/${p.id}/submit`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    page = await agents.chutich!.get(`/plans/${p.id}`);
    const back = await agents
      .chutich!.post(`/plans/${p.id}/return`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    expect(back.status).toBe(302);
    expect((await db.current.prisma.plan.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('draft');
    const last = await db.current.prisma.auditEvent.findFirstOrThrow({ where: { subjectId: p.id }, orderBy: { id: 'desc' } });
    expect(last.action).toBe('plan.return');

    const list = await agents.thuky!.get('/plans');
    const created = await agents
      .thuky!.post('/plans')
      .type('form')
      .send({ _csrf: csrfFrom(list.text), year: '2027' });
    expect(created.status).toBe(302);
    const copy = await plan(2027);
    expect(copy.title).toContain('năm 2027');
    expect(readPlan(copy).content).toEqual(readPlan(await plan(2026)).content); // sections, closing, signature copied to edit
    expect(readPlan(copy).basedOn).toEqual([]); // căn cứ are the new year's documents: entered afresh
    expect(copy.content).toMatchObject({ version: 1 }); // written with its format version
    const dup = await agents
      .thuky!.post('/plans')
      .type('form')
      .send({ _csrf: csrfFrom(list.text), year: '2027' });
    expect(dup.status).toBe(422);
    expect(dup.text).toContain('Đã có kế hoạch của năm này.');
  });
});

describe('document register', () => {
  it('gives 20 concurrent requests of the same type 20 distinct consecutive numbers', async () => {
    const page = await agents.thuky!.get('/register');
    const token = csrfFrom(page.text);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        agents
          .thuky!.post('/register')
          .type('form')
          .set('Accept', 'application/json')
          .send({ _csrf: token, type: 'TB', title: `Thông báo ${i + 1}`, issuedOn: '2026-11-26' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = responses.map((r) => (r.body as { number: number }).number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const symbols = await db.current.prisma.issuedDocument.findMany({ where: { type: 'TB', year: 2026 }, select: { symbol: true } });
    expect(new Set(symbols.map((s) => s.symbol)).size).toBe(20);
  });
});
