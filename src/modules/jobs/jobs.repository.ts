import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { BOSS_SCHEMA } from './jobs.boss.ts';
import { jobRuns } from './jobs.tables.ts';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';
export type JobRunRow = typeof jobRuns.$inferSelect;

const INTERRUPTED = 'The job was interrupted (its worker stopped or it ran past its time limit).';
const LOST = 'The job was never handed to the queue.';
const boss = sql.raw(BOSS_SCHEMA);

async function rowsOf<T>(query: Promise<unknown>): Promise<T[]> {
  return ((await query) as { rows: T[] }).rows;
}

/** job_runs (what the UI shows) and the few reads of pg-boss's own tables the queue needs. */
export function createJobsRepository(db: Db) {
  return {
    async insertQueued(run: { id: string; kind: string; params: unknown; createdBy: number | null }) {
      await db.insert(jobRuns).values({ ...run, params: run.params ?? null, status: 'queued' });
    },

    async delete(id: string) {
      await db.delete(jobRuns).where(eq(jobRuns.id, id));
    },

    async find(id: string): Promise<JobRunRow | null> {
      const [row] = await db.select().from(jobRuns).where(eq(jobRuns.id, id));
      return row ?? null;
    },

    async list(opts: { createdBy?: number; limit: number }): Promise<JobRunRow[]> {
      return db
        .select()
        .from(jobRuns)
        .where(opts.createdBy === undefined ? undefined : eq(jobRuns.createdBy, opts.createdBy))
        .orderBy(desc(jobRuns.createdAt), desc(jobRuns.id))
        .limit(opts.limit);
    },

    /** A new attempt starts: progress restarts; the last attempt's error stays until success. */
    async markRunning(id: string) {
      await db
        .update(jobRuns)
        .set({ status: 'running', progress: 0, messageJa: '', messageEn: '', startedAt: sql`now()`, finishedAt: null })
        .where(eq(jobRuns.id, id));
    },

    async updateProgress(id: string, progress: number, message?: { ja: string; en: string }) {
      await db
        .update(jobRuns)
        .set({ progress, ...(message ? { messageJa: message.ja, messageEn: message.en } : {}) })
        .where(and(eq(jobRuns.id, id), eq(jobRuns.status, 'running')));
    },

    async markSucceeded(id: string, result: unknown) {
      await db
        .update(jobRuns)
        .set({ status: 'succeeded', progress: 1, result: result ?? null, error: null, finishedAt: sql`now()` })
        .where(eq(jobRuns.id, id));
    },

    /** After a failed attempt: queued again while pg-boss has retries left, else failed for good. */
    async markAttemptFailed(id: string, error: string, final: boolean) {
      await db
        .update(jobRuns)
        .set(final ? { status: 'failed', error, finishedAt: sql`now()` } : { status: 'queued', error })
        .where(eq(jobRuns.id, id));
    },

    /** The queued or running pg-boss job of this kind holding the singleton key, if any. */
    async findPendingSingleton(kind: string, key: string): Promise<string | null> {
      const rows = await rowsOf<{ id: string }>(
        db.execute(sql`select id::text as id from ${boss}.job
          where name = ${kind} and singleton_key = ${key} and state < 'completed'
          order by created_on limit 1`),
      );
      return rows[0]?.id ?? null;
    },

    /** Inside a transaction (PostgreSQL): holds off other enqueues of this key until commit. */
    async lockSingleton(kind: string, key: string) {
      await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`seedline.jobs:${kind}:${key}`}, 0))`);
    },

    /**
     * Gives a job pg-boss handed to a stopping worker back to the queue untouched, as if it had
     * never been fetched (fetch set state 'active', started_on, and counted a retry if started before).
     */
    async releaseActive(kind: string, id: string) {
      await db.execute(sql`update ${boss}.job set
          state = (case when retry_count = 0 then 'created' else 'retry' end)::${boss}.job_state,
          started_on = case when retry_count = 0 then null else started_on end,
          retry_count = greatest(retry_count - 1, 0)
        where name = ${kind} and id = ${id}::uuid and state = 'active'`);
    },

    /**
     * Brings job_runs in line with pg-boss after what our handlers could not record: a worker that
     * died or was stopped mid-job, a job that timed out, a job row whose pg-boss job never got written.
     * Jobs this process is running right now (`busy`) are left alone.
     */
    /**
     * Only for the embedded database, whose data directory one process owns: a job still
     * 'active' at start belonged to a process that died. Retry it if it has retries left,
     * else fail it, so it neither waits for its expiry nor blocks a singleton.
     */
    async releaseOrphans(): Promise<number> {
      const rows = await rowsOf<{ id: string }>(
        db.execute(sql`update ${boss}.job set
            state = (case when retry_count < retry_limit then 'retry' else 'failed' end)::${boss}.job_state,
            retry_count = retry_count + (case when retry_count < retry_limit then 1 else 0 end),
            start_after = now(),
            completed_on = case when retry_count < retry_limit then null else now() end,
            output = jsonb_build_object('message', ${INTERRUPTED}::text)
          where state = 'active'
          returning id`),
      );
      return rows.length;
    },

    async reconcile(busy: string[]): Promise<number> {
      const notBusy: SQL = busy.length
        ? sql`and r.id not in (${sql.join(
            busy.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql``;
      const fixed = await rowsOf<{ id: string }>(
        db.execute(sql`update job_runs r set
            status = case when b.state in ('created', 'retry') then 'queued' else 'failed' end,
            finished_at = case when b.state in ('created', 'retry') then null else now() end,
            error = case when b.state in ('created', 'retry') then r.error else coalesce(r.error, ${INTERRUPTED}) end
          from (select id, state::text as state from ${boss}.job
                union all select id, state::text from ${boss}.archive) b
          where b.id = r.id ${notBusy}
            and ((r.status in ('queued', 'running') and b.state in ('failed', 'cancelled'))
              or (r.status = 'running' and b.state in ('created', 'retry')))
          returning r.id`),
      );
      const lost = await db
        .update(jobRuns)
        .set({ status: 'failed', error: LOST, finishedAt: sql`now()` })
        .where(
          and(
            eq(jobRuns.status, 'queued'),
            sql`${jobRuns.createdAt} < now() - interval '10 minutes'`,
            sql`not exists (select 1 from ${boss}.job j where j.id = ${jobRuns.id})`,
            sql`not exists (select 1 from ${boss}.archive a where a.id = ${jobRuns.id})`,
          ),
        )
        .returning({ id: jobRuns.id });
      return fixed.length + lost.length;
    },
  };
}

export type JobsRepository = ReturnType<typeof createJobsRepository>;
