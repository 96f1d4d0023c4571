-- CreateTable
CREATE TABLE "DataVersion" (
    "schoolId" UUID NOT NULL,
    "version" UUID NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("schoolId")
);

-- Hand-written (issue 16, ADR 022): the school's data version, the key of the rendered-page cache. Every table that
-- holds school data gets a DEFERRABLE INITIALLY DEFERRED constraint trigger, so the version row is written at commit
-- time, after the command's own statements and locks: the version row's lock is held only from the pre-commit step to
-- the commit (a plain AFTER trigger would hold it for the rest of the writer's transaction, and two commands locking
-- rows in different orders could deadlock on it). A transaction-local setting makes the bump happen once per
-- transaction and school, however many rows the transaction wrote. The new value is random (gen_random_uuid), so it
-- is never reused, not even after a restore from a backup taken before entries were cached.
CREATE FUNCTION bump_data_version(school uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  flag text := 'thidua_dv.s' || replace(school::text, '-', '');
BEGIN
  IF current_setting(flag, true) = '1' THEN
    RETURN;
  END IF;
  PERFORM set_config(flag, '1', true);
  INSERT INTO "DataVersion" ("schoolId", version) VALUES (school, gen_random_uuid())
  ON CONFLICT ("schoolId") DO UPDATE SET version = EXCLUDED.version;
END $$;

-- Tables with a "schoolId" column (a row moved to another school changes both).
CREATE FUNCTION note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."schoolId" IS NOT NULL THEN
    PERFORM bump_data_version(OLD."schoolId");
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."schoolId" IS NOT NULL THEN
    PERFORM bump_data_version(NEW."schoolId");
  END IF;
  RETURN NULL;
END $$;

-- The School row itself (its id is the school).
CREATE FUNCTION note_school_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- Marked as bumped first, so the deleted rows of its other tables (same commit) do not write its version back.
    PERFORM set_config('thidua_dv.s' || replace(OLD.id::text, '-', ''), '1', true);
    DELETE FROM "DataVersion" WHERE "schoolId" = OLD.id;
  ELSE
    PERFORM bump_data_version(NEW.id);
  END IF;
  RETURN NULL;
END $$;

-- RegistrationAward holds no "schoolId": its registration's school (still there at commit, unless the registration
-- went too, whose own trigger then bumped the school).
CREATE FUNCTION note_registration_award_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  school uuid;
BEGIN
  SELECT r."schoolId" INTO school FROM "Registration" r
   WHERE r.id = CASE WHEN TG_OP = 'DELETE' THEN OLD."registrationId" ELSE NEW."registrationId" END;
  IF school IS NOT NULL THEN
    PERFORM bump_data_version(school);
  END IF;
  RETURN NULL;
END $$;

-- Attaches the trigger to a table. A new table of school data needs one line in its migration:
-- SELECT track_data_table('NewTable');  (tests/unit/dataVersionTriggers.test.ts fails until it has one)
CREATE FUNCTION track_data_table(t text, fn text DEFAULT 'note_data_change') RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION %I()',
    t || '_data_version', t, fn);
END $$;

SELECT track_data_table(c.relname::text)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'DataVersion'
   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'schoolId' AND NOT a.attisdropped);
SELECT track_data_table('School', 'note_school_change');
SELECT track_data_table('RegistrationAward', 'note_registration_award_change');

-- Every existing school starts with a version.
INSERT INTO "DataVersion" ("schoolId", version) SELECT id, gen_random_uuid() FROM "School";
