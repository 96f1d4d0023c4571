// Database commands: migrate | new <name> | status | reset | seed | drift. Usable whether or not the app runs.
import { loadEnv } from '../config/env.ts';
import { runCli } from './runCli.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { grantAppAccess, roleOf } from '../db/databaseRoles.ts';
import { applyMigrations, createMigration, diffMigrationsToSchema, migrationStatus } from '../db/migrate/migrator.ts';
import { resetDatabase } from '../db/resetDatabase.ts';
import { installJobQueue } from '../jobs/jobQueue.ts';
import { seedDemoIfEmpty } from '../db/seed/seedDemoIfEmpty.ts';

const [command, ...args] = process.argv.slice(2);

async function main(): Promise<number> {
  const env = loadEnv();
  const db = await openDatabase(env, (l) => env.LOG_LEVEL === 'debug' && console.error(l));
  const owner = db.migrationUrl; // schema work runs as the owner; the app role then gets its grants
  const grant = () => (roleOf(db.url) === roleOf(owner) ? Promise.resolve() : grantAppAccess(owner, roleOf(db.url)));
  try {
    switch (command) {
      case 'migrate': {
        const applied = await applyMigrations(owner);
        await grant();
        await installJobQueue(owner, roleOf(db.url) === roleOf(owner) ? null : roleOf(db.url));
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
        return 0;
      }
      case 'new': {
        const name = args.find((a) => !a.startsWith('-'));
        if (!name) throw new Error('Usage: npm run db:new -- <name>');
        const file = await createMigration(owner, name, new Date());
        console.log(file ? `Wrote ${file}` : 'The schema and the migrations agree: nothing to write.');
        return 0;
      }
      case 'status': {
        const s = await migrationStatus(owner);
        console.log(`${s.migrations.length} migration(s) in prisma/migrations.`);
        if (s.history) console.log(JSON.stringify(s.history, null, 2));
        else console.log('Database is up to date.');
        if (s.failedMigrationNames.length) console.log(`Failed: ${s.failedMigrationNames.join(', ')}`);
        if (s.editedMigrationNames.length) console.log(`Edited after apply: ${s.editedMigrationNames.join(', ')}`);
        return s.history || s.failedMigrationNames.length ? 1 : 0;
      }
      case 'drift': {
        const sql = await diffMigrationsToSchema(owner);
        if (!sql.trim()) {
          console.log('No drift: migrations produce exactly prisma/schema.prisma.');
          return 0;
        }
        console.log(sql);
        return 1;
      }
      case 'reset': {
        if (env.NODE_ENV === 'production') throw new Error('db:reset is for development only.');
        await resetDatabase(owner);
        const applied = await applyMigrations(owner);
        await grant();
        await installJobQueue(owner, roleOf(db.url) === roleOf(owner) ? null : roleOf(db.url));
        console.log(`Database emptied; applied ${applied.length} migration(s).`);
        await seedDemoIfEmpty(owner, new Date(), console.log);
        return 0;
      }
      case 'seed': {
        await seedDemoIfEmpty(owner, new Date(), console.log);
        return 0;
      }
      default:
        console.error('Usage: db <migrate|new <name>|status|drift|reset|seed>');
        return 2;
    }
  } finally {
    await db.release();
  }
}

runCli(main);
