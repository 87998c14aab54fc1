import { loadConfig } from '../config.ts';
import { type Database, migrateDatabase, openDatabase } from '../db/client.ts';
import { seedReferenceData } from '../modules/catalog/catalog.reference.ts';

/** Opens and migrates the configured database for a command, and closes it afterwards. */
export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url }
      : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    return await fn(database);
  } finally {
    await database.close();
  }
}

export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
