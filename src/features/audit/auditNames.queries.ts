// The names of the objects an audit page mentions, in one statement: a person reads "Nguyễn Thúy Hà" and
// "kế hoạch năm 2026", never "User e1af3815" (issue 15 §6).
import type { PrismaClient } from '../../generated/prisma/client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `${subject}:${id}` → the object's name, for the school's rows among `refs` (ids that are not UUIDs are ignored). */
export async function loadSubjectNames(prisma: PrismaClient, schoolId: string, refs: Array<{ subject: string; subjectId: string | null }>) {
  const ids = [...new Set(refs.map((r) => r.subjectId).filter((id): id is string => !!id && UUID.test(id)))];
  if (!ids.length) return new Map<string, string>();
  const rows = await prisma.$queryRaw<Array<{ subject: string; id: string; name: string | null }>>`
    WITH ids AS (SELECT unnest(${ids}::uuid[]) AS id)
    SELECT 'Staff' AS subject, s.id::text AS id, s."fullName" AS name FROM "Staff" s WHERE s."schoolId" = ${schoolId}::uuid AND s.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'User', u.id::text, u."displayName" FROM "User" u WHERE u."schoolId" = ${schoolId}::uuid AND u.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'Collective', c.id::text, c.name FROM "Collective" c WHERE c."schoolId" = ${schoolId}::uuid AND c.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'Plan', p.id::text, p.year::text FROM "Plan" p WHERE p."schoolId" = ${schoolId}::uuid AND p.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'Movement', m.id::text, m.name FROM "Movement" m WHERE m."schoolId" = ${schoolId}::uuid AND m.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'Registration', r.id::text, COALESCE(st."fullName", co.name)
      FROM "Registration" r LEFT JOIN "Staff" st ON st.id = r."staffId" LEFT JOIN "Collective" co ON co.id = r."collectiveId"
      WHERE r."schoolId" = ${schoolId}::uuid AND r.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'Nomination', n.id::text, COALESCE(st."fullName", co.name)
      FROM "Nomination" n LEFT JOIN "Staff" st ON st.id = n."staffId" LEFT JOIN "Collective" co ON co.id = n."collectiveId"
      WHERE n."schoolId" = ${schoolId}::uuid AND n.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'InitiativeRecord', i.id::text, i.title FROM "InitiativeRecord" i WHERE i."schoolId" = ${schoolId}::uuid AND i.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'Meeting', m.id::text, to_char(m."heldOn", 'DD/MM/YYYY') FROM "Meeting" m WHERE m."schoolId" = ${schoolId}::uuid AND m.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'BallotRound', b.id::text, to_char(m."heldOn", 'DD/MM/YYYY')
      FROM "BallotRound" b JOIN "Meeting" m ON m.id = b."meetingId" WHERE b."schoolId" = ${schoolId}::uuid AND b.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'CouncilDecision', d.id::text, d.number FROM "CouncilDecision" d WHERE d."schoolId" = ${schoolId}::uuid AND d.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'IssuedDocument', d.id::text, d.symbol FROM "IssuedDocument" d WHERE d."schoolId" = ${schoolId}::uuid AND d.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'SchoolYear', y.id::text, y."startYear"::text || '-' || (y."startYear" + 1)::text
      FROM "SchoolYear" y WHERE y."schoolId" = ${schoolId}::uuid AND y.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'School', s.id::text, s.name FROM "School" s WHERE s.id = ${schoolId}::uuid AND s.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'Milestone', m.id::text, m.title FROM "Milestone" m WHERE m."schoolId" = ${schoolId}::uuid AND m.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'Exemplar', e.id::text, e.title FROM "Exemplar" e WHERE e."schoolId" = ${schoolId}::uuid AND e.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'Contest', c.id::text, c.title FROM "Contest" c WHERE c."schoolId" = ${schoolId}::uuid AND c.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'ContestEntry', c.id::text, c.title FROM "ContestEntry" c WHERE c."schoolId" = ${schoolId}::uuid AND c.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'ImportBatch', b.id::text, b."fileName" FROM "ImportBatch" b WHERE b."schoolId" = ${schoolId}::uuid AND b.id IN (SELECT id FROM ids)
    UNION ALL SELECT 'DossierExport', d.id::text, d.version::text FROM "DossierExport" d WHERE d."schoolId" = ${schoolId}::uuid AND d.id IN (SELECT id FROM ids)`;
  return new Map(rows.filter((r) => r.name).map((r) => [`${r.subject}:${r.id}`, r.name!]));
}
