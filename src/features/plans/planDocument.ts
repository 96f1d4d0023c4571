// loadPlanDocument(): all database work for a plan's PDF/DOCX, returning the plain document model to render.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { annualPlanDocument } from '../../documents/annualPlan.ts';
import type { OfficialDocument } from '../../documents/model.ts';
import { vietnamDayParts } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { planContentSchema } from './planContent.ts';

/** The document of an approved version (numbered, dated) or, with versionNo null, of the current draft. */
export async function loadPlanDocument(
  prisma: PrismaClient,
  schoolId: string,
  planId: string,
  versionNo: number | null,
): Promise<{ document: OfficialDocument; fileBase: string }> {
  const plan = await prisma.plan.findFirst({ where: { id: planId, schoolId } });
  if (!plan) throw new AppError('not_found', 'error.notFound.body');
  const school = await prisma.school.findUniqueOrThrow({ where: { id: schoolId } });
  let title = plan.title;
  let content = planContentSchema.parse(plan.content);
  let options: Parameters<typeof annualPlanDocument>[2] = { place: school.placeName, parentAgency: school.name.toLocaleUpperCase('vi') };
  if (versionNo !== null) {
    const version = await prisma.planVersion.findFirst({ where: { planId, schoolId, versionNo } });
    if (!version) throw new AppError('not_found', 'error.notFound.body');
    const snapshot = version.snapshot as { title: string; content: unknown };
    title = snapshot.title;
    content = planContentSchema.parse(snapshot.content);
    options = { ...options, number: version.documentSymbol, date: vietnamDayParts(version.approvedOn) };
  }
  const document = {
    ...annualPlanDocument({ year: plan.year, title, ...content }, { name: school.name, district: school.placeName }, options),
    draft: versionNo === null,
  };
  return { document, fileBase: `ke-hoach-thi-dua-${plan.year}${versionNo ? `-v${versionNo}` : '-du-thao'}` };
}
