// loadPlanDocument(): all database work for a plan's PDF/DOCX, returning the plain document model to render.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { annualPlanDocument } from '../../documents/annualPlan.ts';
import type { OfficialDocument } from '../../documents/model.ts';
import { vietnamDayParts } from '../../domain/calendarDay.ts';
import { assertAllowed, foundOr404 } from '../../http/refusals.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { planContentSchema } from './planContent.ts';
import { whyNotReadDraft } from './plan.policy.ts';
import { visiblePlansWhere, visiblePlanVersionsWhere } from './plan.queries.ts';

/** The document of an approved version (numbered, dated) or, with versionNo null, of the current draft; 404 when hidden. */
export async function loadPlanDocument(
  prisma: PrismaClient,
  user: Pick<CurrentUser, 'schoolId' | 'permissions'>,
  planId: string,
  versionNo: number | null,
): Promise<{ document: OfficialDocument; fileBase: string }> {
  // A published version is read through its own visibility; the current text only by those who see drafts.
  if (versionNo === null) assertAllowed(whyNotReadDraft(user));
  const plan = foundOr404(
    versionNo === null
      ? await prisma.plan.findFirst({ where: { AND: [{ id: planId }, visiblePlansWhere(user)] } })
      : await prisma.plan.findFirst({ where: { id: planId, versions: { some: { AND: [{ versionNo }, visiblePlanVersionsWhere(user)] } } } }),
  );
  const schoolId = plan.schoolId;
  const school = await prisma.school.findUniqueOrThrow({ where: { id: schoolId } });
  let title = plan.title;
  let content = planContentSchema.parse(plan.content);
  let options: Parameters<typeof annualPlanDocument>[2] = { place: school.placeName, parentAgency: school.name.toLocaleUpperCase('vi') };
  if (versionNo !== null) {
    const version = foundOr404(await prisma.planVersion.findFirst({ where: { AND: [{ planId, versionNo }, visiblePlanVersionsWhere(user)] } }));
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
