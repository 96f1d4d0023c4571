// Command: issue the register of a school year's registrations (Bảng tổng hợp đăng ký thi đua) as a numbered
// document. The first issue takes a BC number and stores the document as issued; later downloads return that same
// issued document. A new version (new number) is issued only on request and only when the approved registrations
// changed since the latest one, so a double click never takes two numbers.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { CommandContext } from '../../audit/recordEvent.ts';
import type { OfficialDocument } from '../../documents/model.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { translator, type MessageKey } from '../../i18n/index.ts';
import { usersWithRole } from '../calendar/recipients.ts';
import { COUNCIL_ISSUER_CODE } from '../register/documentTypes.ts';
import { issueDocument, type IssuedNumber } from '../register/issueDocument.ts';
import { readIssuedSnapshot } from '../register/issuedSnapshot.ts';
import { loadRegistrationSummary } from './registrationSummary.ts';
import { summaryDocument } from './summaryDocument.ts';

const vi = translator('vi');
export const SUMMARY_SUBJECT = 'RegistrationSummary';

/** Same content apart from the number and date: nothing to issue again. */
const sameContent = (a: OfficialDocument, b: OfficialDocument) =>
  JSON.stringify({ ...a, header: { ...a.header, number: '', date: null } }) === JSON.stringify({ ...b, header: { ...b.header, number: '', date: null } });

/** Returns the issued register of the year: the latest one, or a newly numbered one (first issue, or `newVersion`). */
export async function issueRegistrationSummary(prisma: PrismaClient, o: { ctx: CommandContext; schoolYearId: string; newVersion: boolean }) {
  const { ctx, schoolYearId } = o;
  const schoolId = ctx.actor.schoolId;
  const s = await loadRegistrationSummary(prisma, schoolId, schoolYearId);
  const school = await prisma.school.findUniqueOrThrow({ where: { id: schoolId } });
  const chairId = (await usersWithRole(prisma, schoolId, 'chair', vietnamDay(ctx.now)))[0];
  const chair = chairId ? await prisma.user.findUnique({ where: { id: chairId } }) : null;
  const build = (issued: IssuedNumber) =>
    JSON.parse(
      JSON.stringify(
        summaryDocument(s, {
          names: (code) => vi(`award.${code}` as MessageKey),
          school,
          symbol: issued.symbol,
          date: issued.date,
          chairName: chair?.displayName ?? '',
        }),
      ),
    ) as OfficialDocument;
  return prisma.$transaction(async (tx) => {
    // One issuer at a time per school year: concurrent clicks queue here and find the first one's document.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`summary:${schoolYearId}`}))`;
    const latest = await tx.issuedDocument.findFirst({
      where: { schoolId, subject: SUMMARY_SUBJECT, subjectId: schoolYearId },
      orderBy: [{ issuedOn: 'desc' }, { number: 'desc' }],
    });
    const snapshot = latest ? readIssuedSnapshot(latest.snapshot) : null;
    if (latest && !snapshot) {
      // Numbered before documents kept their snapshot: freeze it now, with its own number and date.
      const d = latest.issuedOn;
      const model = build({ symbol: latest.symbol, date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() } });
      const frozen = JSON.parse(JSON.stringify({ version: 1, kind: 'registrationSummary', model })) as Prisma.InputJsonObject;
      return tx.issuedDocument.update({ where: { id: latest.id }, data: { snapshot: frozen } });
    }
    if (latest && snapshot && (!o.newVersion || sameContent(snapshot.model, build({ symbol: '', date: snapshot.model.header.date as IssuedNumber['date'] }))))
      return latest;
    if (!Object.keys(s.totals).length && !s.collectiveRows.length) throw new AppError('conflict', 'registrations.noneApproved');
    return issueDocument(tx, ctx, {
      type: 'BC',
      title: `Bảng tổng hợp đăng ký thi đua năm học ${s.startYear}-${s.startYear + 1}`,
      issuedOn: ctx.now,
      issuerCode: COUNCIL_ISSUER_CODE,
      subject: SUMMARY_SUBJECT,
      subjectId: schoolYearId,
      kind: 'registrationSummary',
      build,
    });
  });
}
