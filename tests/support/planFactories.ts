// Factories for plans built from a real plan document (the school's 2024 plan of prisma/seed/ke-hoach-2024.json, a
// document fixture: long, with every heading level), for tests that render, edit or copy a full plan, and for the
// movements that plan names. Unlike the demo seed, each builds only what it is asked for, in the school it is given.
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import planDocument from '../../prisma/seed/ke-hoach-2024.json' with { type: 'json' };
import { parseSeedFile } from '../../src/documents/seedPlan.ts';
import { COUNCIL_ISSUER_CODE, documentSymbol } from '../../src/features/register/documentTypes.ts';
import { planContentJson, planListJson } from '../../src/features/plans/planContent.ts';

/** The plan document's columns as stored (content and lists with their format version). */
function storedPlan() {
  const { plan } = parseSeedFile(planDocument);
  const { year, title, ...content } = plan;
  return {
    year,
    title,
    content: planContentJson(content),
    basedOn: planListJson(planDocument.plan.basedOn.map((b) => ({ number: b.number, date: b.date, issuer: b.issuer, title: b.title }))),
    anniversaries: planListJson(planDocument.anniversaries.map((a) => ({ name: a.name, date: a.date, since: a.since, years: a.years }))),
    roleDuties: planListJson(planDocument.roles),
  };
}

/**
 * The 2024 plan document approved by `approvedById` on 05/03/2024 and published as version 1 under register number
 * `number` (KH, council issuer): the register's row and counter are written as issuing would.
 */
export async function buildPublishedDocumentPlan(prisma: PrismaClient, o: { schoolId: string; approvedById: string; number?: number }) {
  const { year, title, ...stored } = storedPlan();
  const number = o.number ?? 15;
  const approvedOn = new Date(Date.UTC(year, 2, 5));
  const symbol = documentSymbol(number, 'KH', COUNCIL_ISSUER_CODE);
  const plan = await prisma.plan.create({ data: { schoolId: o.schoolId, year, title, status: 'approved', ...stored } });
  await prisma.documentCounter.create({ data: { schoolId: o.schoolId, year, type: 'KH', last: number } });
  await prisma.issuedDocument.create({
    data: {
      schoolId: o.schoolId,
      year,
      type: 'KH',
      number,
      symbol,
      title,
      issuedOn: approvedOn,
      subject: 'Plan',
      subjectId: plan.id,
      createdBy: o.approvedById,
    },
  });
  await prisma.planVersion.create({
    data: {
      schoolId: o.schoolId,
      planId: plan.id,
      versionNo: 1,
      documentSymbol: symbol,
      approvedOn,
      approvedAt: approvedOn,
      approvedById: o.approvedById,
      snapshot: { version: 1, title, ...stored },
    },
  });
  return plan;
}

/** A draft plan of `year` copied from the plan document (its sections and duties; no căn cứ or anniversaries yet). */
export function buildDraftDocumentPlan(prisma: PrismaClient, o: { schoolId: string; year: number }) {
  const { year, title, content, roleDuties } = storedPlan();
  return prisma.plan.create({
    data: {
      schoolId: o.schoolId,
      year: o.year,
      title: title.replaceAll(String(year), String(o.year)),
      content,
      basedOn: planListJson([]),
      anniversaries: planListJson([]),
      roleDuties,
    },
  });
}

/** The movements the plan document names, attached to `planId`: those dated 2024 closed, the others launched. */
export async function buildDocumentPlanMovements(prisma: PrismaClient, o: { schoolId: string; planId: string }) {
  const rows = planDocument.movements.map((m) => {
    const dated = /2024/.test(m.period ?? '') && !/giai đoạn/.test(m.period ?? '');
    return {
      schoolId: o.schoolId,
      name: m.name,
      launchLevel: m.launchedBy === 'Trường' ? ('school' as const) : ('city' as const),
      kind: m.kind === 'thường xuyên' ? ('regular' as const) : ('thematic' as const),
      periodText: m.period,
      goals: m.summary ?? '',
      status: dated ? ('closed' as const) : ('launched' as const),
      resultsSummary: dated ? 'Đã tổng kết cùng Hội nghị tổng kết công tác thi đua năm 2024.' : null,
      planId: o.planId,
      planSection: m.section,
    };
  });
  await prisma.movement.createMany({ data: rows });
  return rows.length;
}
