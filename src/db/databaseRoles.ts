// The two database roles (issue 10, defect 12). The app used to connect as a superuser, which could switch
// triggers off (`SET session_replication_role = replica`) and erase the audit log. Now:
//   - the owner (migrator) owns the database and every table; migrations, backups and restores run as it;
//   - the app role owns nothing and has only the DML it needs: no UPDATE, DELETE or TRUNCATE on the append-only
//     tables, no DDL, no superuser settings. Not owning a table also means it cannot disable that table's triggers.
// With the embedded PostgreSQL both roles are created here, with passwords generated into DATA_DIR; on a real
// server an administrator creates them (README, "A real PostgreSQL server").
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const OWNER_ROLE = 'thidua_owner';
export const APP_ROLE = 'thidua_app';

/** Tables the app may only add to and read: the audit log is evidence. */
export const APPEND_ONLY_TABLES = ['AuditEvent'];

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The same server and database as `url`, signed in as another role. */
export function urlAs(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** The role a connection URL signs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A password generated once and kept in `file` (mode 0600), like the session secret. */
export function generatedPassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/** Creates the owner and app roles (or resets their passwords and attributes); run as a superuser. */
export async function ensureRoles(superUrl: string, roles: { owner: string; app: string; ownerPassword: string; appPassword: string }): Promise<void> {
  await withClient(superUrl, async (client) => {
    // The owner runs migrations; `db:new` and `db:drift` replay them in a throw-away shadow database, hence CREATEDB.
    const attributes = {
      [roles.owner]: `LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(roles.ownerPassword)}`,
      [roles.app]: `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD ${literal(roles.appPassword)}`,
    };
    for (const [role, attrs] of Object.entries(attributes)) {
      const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount! > 0;
      await client.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${ident(role)} WITH ${attrs}`);
    }
  });
}

/**
 * Makes `owner` own the database of `superUrl` and everything in its public schema. A cluster created before the
 * roles existed has its tables owned by the superuser; REASSIGN OWNED cannot move the bootstrap superuser's
 * objects, hence the loop. Run as a superuser.
 */
export async function transferOwnership(superUrl: string, owner: string): Promise<void> {
  const database = decodeURIComponent(new URL(superUrl).pathname.slice(1));
  await withClient(superUrl, async (client) => {
    await client.query(`ALTER DATABASE ${ident(database)} OWNER TO ${ident(owner)}`);
    await client.query(`ALTER SCHEMA public OWNER TO ${ident(owner)}`);
    await client.query(`
      DO $$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                   AND pg_get_userbyid(c.relowner) <> ${literal(owner)}
                   AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
        LOOP
          EXECUTE format('ALTER %s public.%I OWNER TO %I',
            CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
            r.relname, ${literal(owner)});
        END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> ${literal(owner)}
        LOOP
          EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.sig, ${literal(owner)});
        END LOOP;
        FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c') AND pg_get_userbyid(t.typowner) <> ${literal(owner)}
                   AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.oid)
        LOOP
          EXECUTE format('ALTER TYPE public.%I OWNER TO %I', r.typname, ${literal(owner)});
        END LOOP;
      END $$;`);
  });
}

/**
 * Grants the app role exactly what the app needs, on every table that exists now; run as the owner after every
 * migration (new tables included). Idempotent.
 */
export async function grantAppAccess(ownerUrl: string, app: string): Promise<void> {
  const role = ident(app);
  await withClient(ownerUrl, async (client) => {
    // CONNECT comes from PUBLIC (PostgreSQL's default); CREATE on the schema must not.
    await client.query(`
      REVOKE CREATE ON SCHEMA public FROM PUBLIC;
      GRANT USAGE ON SCHEMA public TO ${role};
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
      REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${role};
      ${APPEND_ONLY_TABLES.map((t) => `REVOKE UPDATE, DELETE ON ${ident(t)} FROM ${role};`).join('\n')}`);
  });
}

/** Whether the role of `url` is a superuser or owns any table (then it could erase the audit log). */
export async function isPrivileged(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const r = await client.query<{ privileged: boolean }>(
      `SELECT rolsuper OR EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                  WHERE n.nspname = 'public' AND c.relowner = pg_roles.oid) AS privileged
         FROM pg_roles WHERE rolname = current_user`,
    );
    return r.rows[0]?.privileged ?? true;
  });
}
