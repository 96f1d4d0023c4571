// Factories for exemplars (issue 15 §4): an exemplar of a school year (a draft by default; `published` records a
// consent and publishes it as the database requires) and a photo of it (a real 1 × 1 PNG the upload guards accept).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildUser } from './factories.ts';
import { yearIn } from './registrationFactories.ts';

/** A valid 1 × 1 PNG (sniffed as image/png, passes the image header checks). */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export interface ExemplarOptions {
  schoolId: string;
  schoolYearId?: string;
  title?: string;
  subjectName?: string;
  staffId?: string;
  /** 'draft' (no consent), 'consented' (a draft with consent), 'published', 'withdrawn' (consent withdrawn, unpublished). */
  state?: 'draft' | 'consented' | 'published' | 'withdrawn';
}

/** An exemplar of the school (a free-text subject unless `staffId` is given). */
export async function buildExemplar(prisma: PrismaClient, o: ExemplarOptions) {
  const schoolYearId = o.schoolYearId ?? (await yearIn(prisma, o.schoolId)).id;
  const state = o.state ?? 'draft';
  const consent =
    state === 'draft' ? {} : { consentBy: 'Phụ huynh em Lê Minh An', consentOn: new Date('2026-10-01T00:00:00Z'), consentMethod: 'signed_paper' as const };
  const published =
    state === 'published'
      ? { status: 'published' as const, publishedAt: new Date('2026-10-02T02:00:00Z'), publishedById: (await buildUser(prisma, o.schoolId)).id }
      : {};
  return prisma.exemplar.create({
    data: {
      schoolId: o.schoolId,
      schoolYearId,
      kind: 'nguoi_tot_viec_tot',
      staffId: o.staffId ?? null,
      subjectName: o.staffId ? null : (o.subjectName ?? `Em Lê Minh An ${randomUUID().slice(0, 6)}`),
      title: o.title ?? `Nhặt được của rơi trả người đánh mất ${randomUUID().slice(0, 6)}`,
      story: 'Em nhặt được chiếc ví có nhiều tiền và giấy tờ ở cổng trường, đã nộp cho cô Tổng phụ trách để trả lại người đánh mất.',
      deedOn: new Date('2026-09-20T00:00:00Z'),
      createdAt: new Date('2026-09-25T02:00:00Z'),
      ...consent,
      ...(state === 'withdrawn' ? { status: 'withdrawn' as const, consentWithdrawnAt: new Date('2026-10-05T02:00:00Z') } : {}),
      ...published,
    },
  });
}

/** A photo (StoredFile owned by 'Exemplar') of the exemplar. */
export function buildExemplarPhoto(prisma: PrismaClient, exemplar: { id: string; schoolId: string }, bytes: Buffer = TINY_PNG) {
  return prisma.storedFile.create({
    data: {
      schoolId: exemplar.schoolId,
      ownerType: 'Exemplar',
      ownerId: exemplar.id,
      fileName: `anh-${randomUUID().slice(0, 8)}.png`,
      mimeType: 'image/png',
      size: bytes.length,
      sha256: randomUUID(),
      content: new Uint8Array(bytes),
    },
  });
}
