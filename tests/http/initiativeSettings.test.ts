// The initiative settings page of a school year: the secretary changes the rubric (sum = 100 checked), the bands,
// the third-review gap, rounding, deadlines (the submission deadline is the calendar's milestone) and the collective
// exclusion; bad input comes back beside each field as typed (422); after the first score the scheme is frozen (409).
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildInitiative, buildInitiativeSchool } from '../support/initiativeFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let s: Awaited<ReturnType<typeof buildInitiativeSchool>>;
const agents: Record<string, TestAgent> = {};

/** The form as the page shows it, with some fields changed. */
async function submit(agent: TestAgent, changes: Record<string, string | undefined>) {
  const page = await agent.get('/initiatives/settings');
  expect(page.status).toBe(200);
  const form: Record<string, string> = { _csrf: csrfFrom(page.text) };
  for (const m of page.text.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) if (m[1] !== '_csrf') form[m[1]!] = m[2]!.replace(/&#39;/g, "'");
  for (const m of page.text.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) form[m[1]!] = m[2]!;
  const decimals = /<option value="(\d)" selected>/.exec(page.text);
  if (decimals) form.decimals = decimals[1]!;
  if (/name="excludeSameCollective"[^>]*checked/.test(page.text)) form.excludeSameCollective = 'on';
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete form[k];
    else form[k] = v;
  }
  // Dates are shown dd/mm/yyyy; the form accepts them as typed.
  return agent.post('/initiatives/settings').type('form').send(form);
}

beforeAll(async () => {
  s = await buildInitiativeSchool(db.current.prisma);
  const app = buildTestApp(db.current, clock).app;
  for (const [name, p] of Object.entries({ secretary: s.secretary, chair: s.chair, member: s.members[0]!, teacher: s.teacher })) {
    agents[name] = agentFor(app);
    expect((await loginAs(agents[name], p.user.username, TEST_PASSWORD)).status).toBe(302);
  }
});

describe('the settings page', () => {
  it('is the secretary’s and the chair’s only', async () => {
    expect((await agents.secretary!.get('/initiatives/settings')).status).toBe(200);
    expect((await agents.chair!.get('/initiatives/settings')).status).toBe(200);
    expect((await agents.member!.get('/initiatives/settings')).status).toBe(403);
    expect((await agents.teacher!.get('/initiatives/settings')).status).toBe(403);
  });

  it('shows the shipped rubric, the bands marked [U] with their basis, the gap of 20', async () => {
    const page = await agents.secretary!.get('/initiatives/settings');
    expect(page.text).toContain('value="Tính mới, sáng tạo"');
    expect(page.text).toContain('Tổng điểm tối đa: 100/100');
    expect(page.text).toMatch(
      /<label for="f-band-A">Loại A: từ \(điểm\) <span class="certainty certainty--U">\[U\]<\/span><\/label>\s*<input id="f-band-A" name="band.A" inputmode="numeric" size="4" value="85"/,
    );
    expect(page.text).toContain('Công văn 881/SGDĐT-GDTX-ĐH');
    expect(page.text).toContain('id="f-disagreementThreshold" name="disagreementThreshold" inputmode="numeric" size="4" value="20"');
  });

  it('refuses a rubric that does not total 100 and bad numbers, beside each field, keeping what was typed; nothing is saved', async () => {
    const res = await submit(agents.secretary!, {
      'c0.max': '25',
      'band.B': 'bảy mươi',
      disagreementThreshold: '120',
      scoringDueOn: '31/02/2027',
      'c1.name': '',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('<p class="field__error" id="f-criteria-error">Tổng điểm tối đa của các tiêu chí phải bằng 100.</p>');
    expect(res.text).toContain('Tổng điểm tối đa: 75/100'); // 25 + 30 + 20 (criterion 2 lost its name)
    expect(res.text).toContain('<p class="field__error" id="f-c1-name-error">Nhập tên tiêu chí.</p>');
    expect(res.text).toContain('<p class="field__error" id="f-band-B-error">Nhập một số nguyên.</p>');
    expect(res.text).toContain('value="bảy mươi"');
    expect(res.text).toContain('<p class="field__error" id="f-disagreementThreshold-error">Nhập số điểm từ 0 đến 100.</p>');
    expect(res.text).toContain('value="120"');
    expect(res.text).toContain('value="31/02/2027"');
    expect(await db.current.prisma.initiativeYearSetting.count({ where: { schoolYearId: s.year.id } })).toBe(0);

    const sumOnly = await submit(agents.secretary!, { 'c0.max': '35' });
    expect(sumOnly.status).toBe(422);
    expect(sumOnly.text).toContain('Tổng điểm tối đa của các tiêu chí phải bằng 100.');
    const bands = await submit(agents.secretary!, { 'band.B': '90' });
    expect(bands.status).toBe(422);
    expect(bands.text).toContain('Ngưỡng điểm phải giảm dần');
    const dates = await submit(agents.secretary!, { submissionDueOn: '20/03/2027', scoringDueOn: '10/03/2027' });
    expect(dates.status).toBe(422);
    expect(dates.text).toContain('<p class="field__error" id="f-scoringDueOn-error">Hạn chấm phải sau hạn nộp sáng kiến.</p>');
  });

  it('saves a new rubric, bands, gap, rounding, deadlines (the calendar follows) and the exclusion; scoring uses them', async () => {
    const prisma = db.current.prisma;
    const res = await submit(agents.secretary!, {
      'c0.max': '40',
      'c1.max': '10',
      'c0.descriptors': 'Chưa từng áp dụng tại trường\nCó cải tiến rõ',
      'band.A': '90',
      disagreementThreshold: '15',
      decimals: '2',
      excludeSameCollective: 'on',
      submissionDueOn: '20/03/2027',
      scoringDueOn: '10/04/2027',
      scoringReminderDays: '5',
    });
    expect(res.status).toBe(302);
    const setting = await prisma.initiativeYearSetting.findUniqueOrThrow({ where: { schoolYearId: s.year.id } });
    expect(setting.scoringDueOn?.toISOString().slice(0, 10)).toBe('2027-04-10');
    expect(setting.rules).toMatchObject({ disagreementThreshold: 15, decimals: 2, excludeSameCollective: true, scoringReminderDays: 5 });
    const milestone = await prisma.milestone.findFirstOrThrow({ where: { schoolYearId: s.year.id, kind: 'initiative_deadline' } });
    expect(milestone.dueOn.toISOString().slice(0, 10)).toBe('2027-03-20');
    expect(await prisma.auditEvent.count({ where: { action: 'initiative.settings', subjectId: s.year.id } })).toBe(1);
    const page = await agents.secretary!.get('/initiatives/settings');
    expect(page.text).toContain('Đã lưu cấu hình chấm sáng kiến của năm học.');
    expect(page.text).toContain('Chưa từng áp dụng tại trường\nCó cải tiến rõ');
    expect(page.text).toMatch(/name="excludeSameCollective" checked/);
    // The submission form reads the calendar's deadline; the scoring form shows the new maximum.
    expect((await agents.teacher!.get('/initiatives/new')).text).toContain('Hạn nộp: hết ngày 20/03/2027.');
    const i = await buildInitiative(prisma, { schoolId: s.school.id, schoolYear: s.year, authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }] });
    await prisma.initiativeReview.create({
      data: { schoolId: s.school.id, initiativeId: i.id, reviewerStaffId: s.members[0]!.staff.id, assignedAt: clock.now },
    });
    await prisma.initiativeRecord.update({ where: { id: i.id }, data: { status: 'under_review' } });
    const form = await agents.member!.get(`/initiatives/${i.id}/score`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('Tính mới, sáng tạo (tối đa 40 điểm)');
  });

  it('after the first score, refuses a rubric change with the reason (409) but still lets deadlines change', async () => {
    const prisma = db.current.prisma;
    const i = await prisma.initiativeRecord.findFirstOrThrow({ where: { schoolYearId: s.year.id, status: 'under_review' } });
    const page = await agents.member!.get(`/initiatives/${i.id}/score`);
    const scored = await agents
      .member!.post(`/initiatives/${i.id}/score`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), 'points.novelty': '35', 'points.soundness': '8', 'points.effectiveness': '25', 'points.applicability': '15' });
    expect(scored.status).toBe(302);
    const before = await prisma.initiativeYearSetting.findUniqueOrThrow({ where: { schoolYearId: s.year.id } });

    const refused = await submit(agents.secretary!, { 'c0.max': '30', 'c1.max': '20' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Năm học này đã có điểm chấm nên không thể đổi thang điểm');
    expect(refused.text).toContain('value="30"'); // the form keeps what was typed
    expect((await prisma.initiativeYearSetting.findUniqueOrThrow({ where: { schoolYearId: s.year.id } })).rules).toEqual(before.rules);
    expect((await submit(agents.secretary!, { 'band.C': '55' })).status).toBe(409);

    const deadlines = await submit(agents.secretary!, { scoringDueOn: '15/04/2027', scoringReminderDays: '2' });
    expect(deadlines.status).toBe(302);
    const after = await prisma.initiativeYearSetting.findUniqueOrThrow({ where: { schoolYearId: s.year.id } });
    expect(after.scoringDueOn?.toISOString().slice(0, 10)).toBe('2027-04-15');
    expect(after.rules).toMatchObject({ scoringReminderDays: 2 });
    expect((await agents.secretary!.get('/initiatives/settings')).text).toContain('Năm học này đã có điểm chấm');
  });
});
