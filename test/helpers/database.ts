import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, migrateDatabase, openDatabase } from '../../src/db/client.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the server named by TEST_DATABASE_URL when SEEDLINE_TEST_DB=postgres.
 * Nothing is shared between files or runs; the database is dropped on cleanup.
 */
export async function createTestDatabase(): Promise<{ database: Database; url: string | null; cleanup: () => Promise<void> }> {
  if (testDatabaseKind() === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('SEEDLINE_TEST_DB=postgres needs TEST_DATABASE_URL');
    const name = `seedline_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
    await migrateDatabase(database);
    return {
      database,
      url: url.toString(),
      cleanup: async () => {
        await database.close().catch(() => {});
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await migrateDatabase(database);
  return { database, url: null, cleanup: () => database.close() };
}

export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.SEEDLINE_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}
