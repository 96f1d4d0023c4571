// Factories for the rows whose visibility the where-builders decide: movements, stored files, plans and versions,
// registrations with evidence, notifications, import batches. Each builds only what it is given plus unique values.
import { randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.ts';
import { emptyPlanSkeleton } from '../../src/features/plans/planSkeleton.ts';
import { buildUser } from './factories.ts';

const unique = () => randomBytes(4).toString('hex');

/** A real (minimal) PDF: its bytes identify the file in a download. */
export function pdfBytes(label = unique()): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n`);
}

/** A movement of the school, planned unless told otherwise. */
export function buildMovement(
  prisma: PrismaClient,
  schoolId: string,
  o: { status?: 'planned' | 'launched' | 'midterm_reviewed' | 'closed'; name?: string } = {},
) {
  return prisma.movement.create({
    data: { schoolId, name: o.name ?? `Phong trào ${unique()}`, launchLevel: 'school', kind: 'thematic', status: o.status ?? 'planned' },
  });
}

/** A stored file belonging to an owner (by type and id). */
export function buildStoredFile(prisma: PrismaClient, schoolId: string, owner: { type: string; id: string }, bytes = pdfBytes()) {
  return prisma.storedFile.create({
    data: {
      schoolId,
      ownerType: owner.type,
      ownerId: owner.id,
      fileName: `tep-${unique()}.pdf`,
      mimeType: 'application/pdf',
      size: bytes.length,
      sha256: unique(),
      content: new Uint8Array(bytes),
    },
  });
}

/** A plan of a calendar year; with `published`, one approved version of it. */
export async function buildPlan(prisma: PrismaClient, schoolId: string, o: { year: number; published?: boolean; approvedById?: string }) {
  const { title, content } = emptyPlanSkeleton(o.year, 'Nguyễn Thị Chủ Tịch');
  const json = JSON.parse(JSON.stringify(content)) as Prisma.InputJsonValue;
  const plan = await prisma.plan.create({
    data: { schoolId, year: o.year, title, content: json, basedOn: [], anniversaries: [], roleDuties: [], status: o.published ? 'approved' : 'draft' },
  });
  if (o.published)
    await prisma.planVersion.create({
      data: {
        schoolId,
        planId: plan.id,
        versionNo: 1,
        snapshot: { title, content: json, basedOn: [], anniversaries: [], roleDuties: [] },
        documentSymbol: `${unique()}/KH-TH`,
        approvedOn: new Date(Date.UTC(o.year, 0, 15)),
        approvedAt: new Date(Date.UTC(o.year, 0, 15, 3)),
        approvedById: o.approvedById ?? (await buildUser(prisma, schoolId)).id,
      },
    });
  return plan;
}

/** A staff member's registration in a school year (draft unless told otherwise). */
export function buildRegistration(
  prisma: PrismaClient,
  schoolId: string,
  schoolYearId: string,
  staffId: string,
  o: { status?: 'draft' | 'submitted' | 'returned' | 'approved' } = {},
) {
  return prisma.registration.create({ data: { schoolId, schoolYearId, subject: 'staff', staffId, status: o.status ?? 'submitted', commitments: 'Cam kết' } });
}

/** A notification for one account. */
export function buildNotification(prisma: PrismaClient, schoolId: string, userId: string, title = `Thông báo ${unique()}`) {
  return prisma.notification.create({ data: { schoolId, userId, kind: 'test', title, link: '/notifications' } });
}

/** An uploaded import batch (pending) of a kind, by an account. */
export function buildImportBatch(prisma: PrismaClient, schoolId: string, userId: string, kind: 'staff' | 'history') {
  return prisma.importBatch.create({ data: { schoolId, userId, kind, fileName: `nhap-${unique()}.xlsx`, content: new Uint8Array(Buffer.from('PK')) } });
}
