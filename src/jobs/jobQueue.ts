// The job queue: pg-boss in PostgreSQL (ADR 014). Its schema (`pgboss`) and queues are created by the owner role
// with the migrations; the app role then only reads and writes its rows, as it does for the app's own tables.
import PgBoss from 'pg-boss';

/** The queue of dossier exports; a job's data is `{ exportId }`. */
export const DOSSIER_EXPORT_QUEUE = 'dossier-export';

/** pg-boss's schema in the app's database. */
export const QUEUE_SCHEMA = 'pgboss';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Installs or upgrades pg-boss's schema and creates the queues, as the owner (DDL); then, when the app signs in as
 * another role, grants it DML on the queue tables. Idempotent: run with every `db migrate`.
 */
export async function installJobQueue(ownerUrl: string, appRole: string | null): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: QUEUE_SCHEMA, max: 1, supervise: false, schedule: false, migrate: true });
  boss.on('error', () => undefined); // start() rejects with the same error
  await boss.start();
  try {
    // No pg-boss retries: the export's own row says it failed, and the secretary retries it (a new job).
    // expireInSeconds: a job whose process died is released after this; its export was already failed at start-up.
    await boss.createQueue(DOSSIER_EXPORT_QUEUE, { name: DOSSIER_EXPORT_QUEUE, policy: 'standard', retryLimit: 0, expireInSeconds: 15 * 60 });
    if (appRole) {
      const role = ident(appRole);
      await boss.getDb().executeSql(
        `GRANT USAGE ON SCHEMA ${QUEUE_SCHEMA} TO ${role};
         GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${QUEUE_SCHEMA} TO ${role}`,
        [],
      );
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
