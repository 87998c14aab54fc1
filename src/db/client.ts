import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock } from './lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** A database handle or an open transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

/** What pg-boss needs to run its own SQL on our connection. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** For pg-boss: a connection string (postgres) or an executor over PGlite. */
  boss: { connectionString: string } | { db: SqlExecutor };
  /** Runs plain SQL, several statements allowed, no parameters (maintenance, test set-up). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type DatabaseOptions = { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir: string | null };

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    // A request waits at most 5 s for a connection, so an unreachable database answers 503 instead of hanging.
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return {
      kind: 'postgres',
      db,
      boss: { connectionString: opts.url },
      exec: async (text) => {
        await pool.query(text);
      },
      close: () => pool.end(),
    };
  }
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  // One process per embedded database directory (see lock.ts); released at close.
  const lock = opts.dataDir ? acquireDataDirLock(opts.dataDir) : null;
  let client: PGlite;
  try {
    client = await PGlite.create(opts.dataDir ?? undefined, { extensions: { pg_trgm } });
  } catch (e) {
    lock?.release();
    throw e;
  }
  yieldBeforeEachQuery(client);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const executor: SqlExecutor = {
    // PGlite's query() takes one statement; pg-boss sends multi-statement scripts without parameters.
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        const results = await client.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      }
      return client.query(text, values);
    },
  };
  return {
    kind: 'pglite',
    db,
    boss: { db: executor },
    exec: async (text) => {
      await client.exec(text);
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * PGlite runs in this thread and its queries settle as microtasks: a long series of queries (the
 * demo load, an import) would never let the event loop reach network I/O, and the server would
 * stop answering until it ends. Each query and transaction first waits one event-loop turn.
 */
function yieldBeforeEachQuery(client: PGlite) {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = (async (...args: Parameters<typeof query>) => {
    await turn();
    return query(...args);
  }) as typeof client.query;
  client.exec = (async (...args: Parameters<typeof exec>) => {
    await turn();
    return exec(...args);
  }) as typeof client.exec;
  client.transaction = (async (fn: Parameters<typeof transaction>[0]) => {
    await turn();
    return transaction(async (tx) => {
      const txQuery = tx.query.bind(tx);
      const txExec = tx.exec.bind(tx);
      tx.query = (async (...args: Parameters<typeof txQuery>) => {
        await turn();
        return txQuery(...args);
      }) as typeof tx.query;
      tx.exec = (async (...args: Parameters<typeof txExec>) => {
        await turn();
        return txExec(...args);
      }) as typeof tx.exec;
      return fn(tx);
    });
  }) as typeof client.transaction;
}

/** Applies the committed SQL migrations in order; safe to run at every start. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    await migrateNodePg(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  }
}
