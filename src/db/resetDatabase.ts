// Development only: drops everything in the public schema.
import pg from 'pg';

/** Empties the database behind url (drops and recreates the public schema). */
export async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end();
  }
}
