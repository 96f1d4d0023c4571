-- CreateTable
CREATE TABLE "FactsVersion" (
    "schoolId" UUID NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "FactsVersion_pkey" PRIMARY KEY ("schoolId")
);

-- Hand-written (issue 16): the school's facts version is bumped by the statement that changes a fact, in its
-- transaction, so eligibility results cached under (school, year, version) are never stale. Statement-level
-- triggers with transition tables: one bump per statement and school, however many rows a bulk import writes.
CREATE FUNCTION bump_facts_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "FactsVersion" ("schoolId", version)
  SELECT DISTINCT "schoolId", 1 FROM changed_rows WHERE "schoolId" IS NOT NULL
  ON CONFLICT ("schoolId") DO UPDATE SET version = "FactsVersion".version + 1;
  RETURN NULL;
END $$;

-- Attaches the three triggers to a table with a "schoolId" column. A new table of facts needs one line in its
-- migration: SELECT track_facts_table('NewTable');
CREATE FUNCTION track_facts_table(t text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version()', t || '_facts_ins', t);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version()', t || '_facts_upd', t);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version()', t || '_facts_del', t);
END $$;

-- Everything loadEngineFacts and evaluateYear read: people, collectives, yearly records, awards, discipline,
-- proceedings, initiatives and their authors, research, collective years, parameter overrides, frozen results and the
-- school years (evaluation date).
SELECT track_facts_table(t) FROM unnest(ARRAY[
  'Staff', 'Collective', 'StaffYearRecord', 'AwardRecord', 'DisciplineRecord', 'PendingProceedingRecord',
  'InitiativeRecord', 'InitiativeAuthorRecord', 'ResearchRecord', 'CollectiveYearRecord', 'RuleParameterOverride',
  'FrozenEvaluation', 'SchoolYear'
]) AS t;
