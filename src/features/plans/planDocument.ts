// loadPlanDocument(): all database work for a plan's PDF/DOCX, returning the plain document model to render. An
// approved version is rendered from the document issued at approval (its snapshot), never from live rows.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { annualPlanDocument } from '../../documents/annualPlan.ts';
import type { CalendarDate, OfficialDocument } from '../../documents/model.ts';
import { vietnamDayParts } from '../../domain/calendarDay.ts';
import { assertAllowed, foundOr404 } from '../../http/refusals.ts';
import type { CurrentUser } from '../auth/currentUser.ts';
import { readIssuedSnapshot } from '../register/issuedSnapshot.ts';
import { readPlanContent, readPlanLists, readPlanSnapshot } from './planContent.ts';
import { whyNotReadDraft } from './plan.policy.ts';
import { visiblePlansWhere, visiblePlanVersionsWhere } from './plan.queries.ts';

/** The approved (numbered, dated) document of a plan version: what approval issues and stores as its snapshot. */
export function planVersionDocument(
  school: { name: string; placeName: string },
  year: number,
  version: { title: string; content: unknown; basedOn?: unknown; anniversaries?: unknown },
  issued: { symbol: string; date: CalendarDate },
): OfficialDocument {
  return annualPlanDocument(
    { year, title: version.title, ...readPlanContent(version.content), ...readPlanLists(version) },
    { name: school.name, district: school.placeName },
    { place: school.placeName, parentAgency: school.name.toLocaleUpperCase('vi'), number: issued.symbol, date: issued.date },
  );
}

/** The document of an approved version or, with versionNo null, of the current draft; 404 when hidden. */
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
  const fileBase = `ke-hoach-thi-dua-${plan.year}${versionNo ? `-v${versionNo}` : '-du-thao'}`;
  const school = await prisma.school.findUniqueOrThrow({ where: { id: schoolId } });
  if (versionNo === null) {
    const content = readPlanContent(plan.content);
    const options = { place: school.placeName, parentAgency: school.name.toLocaleUpperCase('vi') };
    const draft = annualPlanDocument(
      { year: plan.year, title: plan.title, ...content, ...readPlanLists(plan) },
      { name: school.name, district: school.placeName },
      options,
    );
    return { document: { ...draft, draft: true }, fileBase };
  }
  const version = foundOr404(await prisma.planVersion.findFirst({ where: { AND: [{ planId, versionNo }, visiblePlanVersionsWhere(user)] } }));
  const issued = await prisma.issuedDocument.findFirst({ where: { schoolId, subject: 'Plan', subjectId: planId, symbol: version.documentSymbol } });
  const snapshot = issued ? readIssuedSnapshot(issued.snapshot) : null;
  if (snapshot) return { document: snapshot.model, fileBase };
  // Versions approved before issued documents kept their snapshot: rebuilt from the version's own frozen content.
  const frozen = readPlanSnapshot(version.snapshot);
  return { document: planVersionDocument(school, plan.year, frozen, { symbol: version.documentSymbol, date: vietnamDayParts(version.approvedOn) }), fileBase };
}
