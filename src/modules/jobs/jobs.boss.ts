import { createRequire } from 'node:module';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Database, Db, SqlExecutor } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';

/**
 * The pg-boss adapter: one SQL executor for pg-boss over our database (PGlite or PostgreSQL),
 * which lets `stop()` wait for pg-boss's last statements before the caller closes the database.
 */
export const BOSS_SCHEMA = 'pgboss';

export type JobLog = { info(...a: unknown[]): void; error(...a: unknown[]): void };

// pg-boss does not export its SQL; we need the exact text of two statements (see below).
const bossPlans = createRequire(import.meta.url)('pg-boss/src/plans.js') as {
  completeJobs(schema: string): string;
  failJobsById(schema: string): string;
};

/** One open transaction seen both ways: by Drizzle (our tables) and by pg-boss (its send). */
export type BossTransaction = { db: Db; executor: SqlExecutor };

export type BossConnection = {
  executor: SqlExecutor;
  /**
   * PostgreSQL only: runs fn in a transaction on a connection of its own, so a job and its
   * job_runs row commit together. (PGlite has one connection, which a transaction would hold
   * while pg-boss waits for it; there, callers go without.)
   */
  transaction: (<T>(fn: (tx: BossTransaction) => Promise<T>) => Promise<T>) | null;
  /** Resolves once no statement of pg-boss is running. */
  drain(): Promise<void>;
  close(): Promise<void>;
};

export function connectBoss(database: Database, log: JobLog): BossConnection {
  let inner: SqlExecutor;
  let close = async () => {};
  let transaction: BossConnection['transaction'] = null;
  if ('connectionString' in database.boss) {
    // A small pool of our own (rather than pg-boss's) so that stop() can drain and end it.
    const pool = new pg.Pool({ connectionString: database.boss.connectionString, max: 4, application_name: 'seedline-jobs' });
    pool.on('error', (err) => log.error({ err }, 'jobs: idle database connection lost'));
    inner = { executeSql: (text, values) => pool.query(text, values as unknown[]) };
    close = () => pool.end();
    transaction = async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const tx = {
          db: drizzle(client, { schema }) as unknown as Db,
          executor: { executeSql: (text: string, values?: unknown[]) => client.query(text, values) },
        };
        const result = await fn(tx);
        await client.query('commit');
        client.release();
        return result;
      } catch (err) {
        // A connection that cannot even roll back is discarded rather than returned to the pool.
        const broken = await client.query('rollback').then(
          () => false,
          () => true,
        );
        client.release(broken);
        throw err;
      }
    };
  } else {
    inner = database.boss.db;
  }

  const inflight = new Set<Promise<unknown>>();
  // pg-boss fires these two without awaiting them once a handler settles (manager.js onFetch),
  // so a failure would be an unhandled rejection that ends the process. Swallowing it is safe:
  // the job stays active, and maintenance expires and retries it.
  const unawaited = new Set([bossPlans.completeJobs(BOSS_SCHEMA), bossPlans.failJobsById(BOSS_SCHEMA)]);

  const executor: SqlExecutor = {
    executeSql(text, values) {
      const running = inner.executeSql(text, values);
      inflight.add(running);
      const forget = () => inflight.delete(running);
      running.then(forget, forget);
      if (!unawaited.has(text)) return running;
      return running.catch((err: unknown) => {
        log.error({ err }, 'jobs: pg-boss could not record a job outcome; it will expire and be retried');
        // manager.mapCommandResponse() reads an undefined result as "0 rows affected".
        return undefined as unknown as { rows: unknown[] };
      });
    },
  };

  return {
    executor,
    transaction,
    async drain() {
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
    },
    close,
  };
}

export function createBoss(executor: SqlExecutor, opts: { work: boolean; maintenanceIntervalSeconds: number }): PgBoss {
  return new PgBoss({
    db: executor as PgBoss.Db,
    schema: BOSS_SCHEMA,
    migrate: true,
    // No cron schedules: that would add a worker polling every 5 s and two timers for nothing.
    schedule: false,
    // Maintenance (expire, archive, drop) only where jobs are worked; enqueue-only processes stay light.
    supervise: opts.work,
    maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds,
  });
}
