import { randomUUID } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import type { Database, SqlExecutor } from '../../db/client.ts';
import { NotFoundError } from '../../errors.ts';
import { connectBoss, createBoss, type JobLog } from './jobs.boss.ts';
import { createJobsRepository, type JobRunRow, type JobsRepository } from './jobs.repository.ts';

export type JobContext = { jobId: string; progress(fraction: number, message?: { ja: string; en: string }): Promise<void> };
/** The resolved value is stored as job_runs.result. */
export type JobHandler<P> = (params: P, ctx: JobContext) => Promise<unknown>;
export type JobRun = {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: number;
  messageJa: string;
  messageEn: string;
  params: unknown;
  result: unknown;
  error: string | null;
  createdBy: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};
export type RegisterOptions = {
  /** Attempts after the first (pg-boss default 2). */
  retryLimit?: number;
  /** Jobs of this kind run at once in this process (default 1). */
  concurrency?: number;
  /** Seconds before a retry (default 0); with retryBackoff, the base of an exponential backoff. */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** Called once when a job has failed for good (its last attempt threw), with the error text. */
  onFailed?: (params: unknown, error: string) => Promise<void>;
};

export interface JobQueue {
  register<P>(kind: string, handler: JobHandler<P>, opts?: RegisterOptions): Promise<void>;
  /** Returns the job id (= job_runs.id = pg-boss job id). With a singletonKey, returns the id of
   * the queued or running job of this kind with that key when there is one. */
  enqueue(kind: string, params: unknown, opts?: { createdBy?: number | null; singletonKey?: string }): Promise<string>;
  get(id: string): Promise<JobRun | null>;
  list(opts?: { createdBy?: number; limit?: number }): Promise<JobRun[]>;
  /** Resolves when the job has succeeded or failed (for tests and the CLI). */
  waitFor(id: string, opts?: { timeoutMs?: number }): Promise<JobRun>;
  stop(): Promise<void>;
}

export type JobQueueOptions = {
  log?: JobLog;
  /** How often idle workers look for jobs; short so the UI feels live (pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** false: this process only enqueues (a CLI, a second web process); it runs no handlers. */
  work?: boolean;
  maintenanceIntervalSeconds?: number;
  /** How long stop() lets running handlers finish before pg-boss fails them (they are retried). */
  stopTimeoutMs?: number;
};

/** At most this many progress writes per second and job. */
const PROGRESS_WRITE_INTERVAL_MS = 250;
/** A job running longer than this is failed by pg-boss maintenance (and retried). */
const JOB_EXPIRE_SECONDS = 4 * 60 * 60;
const MAX_ERROR_LENGTH = 2000;

type BossJob = PgBoss.JobWithMetadata<{ params: unknown }>;

export function toJobRun(row: JobRunRow): JobRun {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status as JobRun['status'],
    progress: row.progress,
    messageJa: row.messageJa,
    messageEn: row.messageEn,
    params: row.params ?? null,
    result: row.result ?? null,
    error: row.error,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** The message of an error, never its stack (that goes to the log). */
function errorText(err: unknown): string {
  // A failed query's message carries its SQL and parameters: keep only the database's reason.
  const reason = err instanceof Error && err.message.startsWith('Failed query') && err.cause instanceof Error ? err.cause : err;
  const text = reason instanceof Error ? reason.message || reason.name : String(reason);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/**
 * Durable background jobs: pg-boss keeps the queue in Postgres (schema pgboss, same database,
 * PGlite included); job_runs mirrors every job under the same id for the web app.
 */
export async function startJobQueue(database: Database, opts: JobQueueOptions = {}): Promise<JobQueue> {
  const log = opts.log ?? console;
  const work = opts.work ?? true;
  const pollingIntervalSeconds = Math.max(0.5, opts.pollingIntervalSeconds ?? 0.5);
  const repo = createJobsRepository(database.db);
  const connection = connectBoss(database, log);
  const boss = createBoss(connection.executor, { work, maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 120 });
  // Without a listener, pg-boss's 'error' events (failed polls, maintenance) would throw.
  boss.on('error', (err) => log.error({ err }, 'jobs: pg-boss error'));
  await boss.start();

  const knownQueues = new Set<string>();
  const workerIds = new Map<string, string[]>();
  const running = new Map<string, Promise<void>>();
  const singletonLocks = new Map<string, Promise<unknown>>();
  let stopping = false;
  /** Emits a job id when a handler in this process has settled it for good (wakes waitFor). */
  const settled = new EventEmitter().setMaxListeners(0);

  const reconcile = async () => {
    try {
      const fixed = await repo.reconcile([...running.keys()]);
      if (fixed > 0) log.info({ fixed }, 'jobs: brought job_runs in line with the queue');
    } catch (err) {
      log.error({ err }, 'jobs: reconcile failed');
    }
  };
  if (work) {
    if (database.kind === 'pglite') {
      const released = await repo.releaseOrphans();
      if (released > 0) log.info({ released }, 'jobs: released jobs left active by a process that stopped');
    }
    await reconcile();
    // Maintenance just expired timed-out jobs: the right moment to mirror that (only the
    // instance that ran maintenance gets this event).
    boss.on('maintenance', () => void reconcile());
  }

  async function ensureQueue(kind: string) {
    if (knownQueues.has(kind)) return;
    await boss.createQueue(kind); // no-op when it exists
    knownQueues.add(kind);
  }

  function progressWriter(id: string) {
    let lastWrite = 0;
    let pending: { fraction: number; message?: { ja: string; en: string } } | null = null;
    let timer: NodeJS.Timeout | null = null;
    let writing: Promise<void> = Promise.resolve();
    const write = () => {
      timer = null;
      if (!pending) return writing;
      const { fraction, message } = pending;
      pending = null;
      lastWrite = Date.now();
      writing = writing
        .then(() => repo.updateProgress(id, fraction, message))
        .catch((err) => log.error({ err, jobId: id }, 'jobs: progress not saved'));
      return writing;
    };
    return {
      progress(fraction: number, message?: { ja: string; en: string }): Promise<void> {
        const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
        // A newer message wins; a call without one keeps the last unsaved message.
        pending = { fraction: clamped, message: message ?? pending?.message };
        const wait = PROGRESS_WRITE_INTERVAL_MS - (Date.now() - lastWrite);
        if (wait <= 0) return write();
        timer ??= setTimeout(write, wait);
        return Promise.resolve();
      },
      /** Writes what is still unsaved and waits for every write (before the final status). */
      async flush() {
        if (timer) clearTimeout(timer);
        await write();
      },
    };
  }

  async function runAttempt(kind: string, handler: JobHandler<unknown>, job: BossJob, onFailed?: RegisterOptions['onFailed']) {
    const id = job.id;
    await repo.markRunning(id);
    const writer = progressWriter(id);
    try {
      const result = await handler(job.data?.params ?? null, { jobId: id, progress: writer.progress });
      await writer.flush();
      await repo.markSucceeded(id, result);
      settled.emit(id);
    } catch (err) {
      await writer.flush();
      const final = job.retryCount >= job.retryLimit;
      log.error({ err, jobId: id, kind, attempt: job.retryCount + 1, final }, 'jobs: attempt failed');
      await repo.markAttemptFailed(id, errorText(err), final);
      if (final) settled.emit(id);
      if (final && onFailed) {
        await onFailed(job.data?.params ?? null, errorText(err)).catch((hookErr: unknown) =>
          log.error({ err: hookErr, jobId: id, kind }, 'jobs: onFailed hook failed'),
        );
      }
      throw err; // pg-boss schedules the retry or fails the job
    }
  }

  async function onJob(kind: string, handler: JobHandler<unknown>, job: BossJob, onFailed?: RegisterOptions['onFailed']) {
    if (stopping) {
      // Fetched while stop() was under way: hand it back rather than start work we would cut short.
      await repo.releaseActive(kind, job.id);
      return;
    }
    const attempt = runAttempt(kind, handler, job, onFailed);
    const tracked = attempt.then(
      () => {},
      () => {},
    );
    running.set(job.id, tracked);
    try {
      await attempt;
    } finally {
      running.delete(job.id);
    }
  }

  /** One enqueue of a singleton key at a time in this process (PGlite: the only process). */
  async function inProcessLock<T>(lockKey: string | null, fn: () => Promise<T>): Promise<T> {
    if (lockKey === null) return fn();
    const current = (singletonLocks.get(lockKey) ?? Promise.resolve()).then(fn);
    const settled = current.then(
      () => {},
      () => {},
    );
    singletonLocks.set(lockKey, settled);
    try {
      return await current;
    } finally {
      if (singletonLocks.get(lockKey) === settled) singletonLocks.delete(lockKey);
    }
  }

  async function insertJob(
    into: { repo: JobsRepository; executor?: SqlExecutor },
    job: { kind: string; params: unknown; createdBy: number | null; singletonKey?: string },
  ): Promise<string> {
    const id = randomUUID();
    // job_runs first, so a worker never picks up a job that has no row to report to.
    await into.repo.insertQueued({ id, kind: job.kind, params: job.params, createdBy: job.createdBy });
    try {
      // Wrapped so that any JSON value (a string, an array) reaches pg-boss's jsonb column intact.
      const sent = await boss.send(
        job.kind,
        { params: job.params ?? null },
        {
          id,
          singletonKey: job.singletonKey,
          ...(into.executor ? { db: into.executor as PgBoss.Db } : {}),
        },
      );
      if (!sent) throw new Error(`pg-boss did not accept a job of kind ${job.kind}`);
    } catch (err) {
      // In a transaction the rollback removes the row; without one we do.
      if (!into.executor) await into.repo.delete(id).catch(() => {});
      throw err;
    }
    return id;
  }

  /**
   * PostgreSQL: the job_runs row and the pg-boss job commit in one transaction; a singleton key
   * is serialized across processes by an advisory lock. PGlite: only this process can open the
   * database, so an in-process lock serializes keys, and a failed send removes the row again.
   */
  async function addJob(job: { kind: string; params: unknown; createdBy: number | null; singletonKey?: string }): Promise<string> {
    const key = job.singletonKey;
    if (connection.transaction) {
      return connection.transaction(async (tx) => {
        const txRepo = createJobsRepository(tx.db);
        if (key !== undefined) {
          await txRepo.lockSingleton(job.kind, key);
          const pending = await txRepo.findPendingSingleton(job.kind, key);
          if (pending) return pending;
        }
        return insertJob({ repo: txRepo, executor: tx.executor }, job);
      });
    }
    return inProcessLock(key === undefined ? null : `${job.kind}\u0000${key}`, async () => {
      const pending = key === undefined ? null : await repo.findPendingSingleton(job.kind, key);
      if (pending) return pending;
      return insertJob({ repo }, job);
    });
  }

  async function get(id: string): Promise<JobRun | null> {
    const row = await repo.find(id);
    return row ? toJobRun(row) : null;
  }

  return {
    async register<P>(kind: string, handler: JobHandler<P>, ropts: RegisterOptions = {}) {
      if (workerIds.has(kind)) throw new Error(`A handler for job kind ${kind} is already registered`);
      // pg-boss rejects keys that are present but undefined.
      const queueOptions: PgBoss.Queue = { name: kind, expireInSeconds: JOB_EXPIRE_SECONDS };
      if (ropts.retryLimit !== undefined) queueOptions.retryLimit = ropts.retryLimit;
      if (ropts.retryDelaySeconds !== undefined) queueOptions.retryDelay = ropts.retryDelaySeconds;
      if (ropts.retryBackoff !== undefined) queueOptions.retryBackoff = ropts.retryBackoff;
      await boss.createQueue(kind, queueOptions);
      await boss.updateQueue(kind, queueOptions); // options of an existing queue change with the code
      knownQueues.add(kind);
      const ids: string[] = [];
      workerIds.set(kind, ids);
      if (!work) return;
      const concurrency = Math.max(1, Math.floor(ropts.concurrency ?? 1));
      for (let i = 0; i < concurrency; i++) {
        ids.push(
          await boss.work<{ params: unknown }>(kind, { pollingIntervalSeconds, batchSize: 1, includeMetadata: true }, async ([job]) => {
            if (job) await onJob(kind, handler as JobHandler<unknown>, job, ropts.onFailed);
          }),
        );
      }
    },

    async enqueue(kind, params, eopts = {}) {
      if (stopping) throw new Error('The job queue is stopped');
      await ensureQueue(kind);
      const id = await addJob({ kind, params, createdBy: eopts.createdBy ?? null, singletonKey: eopts.singletonKey });
      // Wake this process's idle workers instead of waiting for their next poll.
      for (const workerId of workerIds.get(kind) ?? []) boss.notifyWorker(workerId);
      return id;
    },

    get,

    async list(lopts = {}) {
      const limit = Math.min(200, Math.max(1, lopts.limit ?? 50));
      return (await repo.list({ createdBy: lopts.createdBy, limit })).map(toJobRun);
    },

    async waitFor(id, wopts = {}) {
      const deadline = Date.now() + (wopts.timeoutMs ?? 60_000);
      // Polls (another process may run the job) with a growing interval, so a long wait costs
      // about one query a second; a job settled by this process wakes the wait at once.
      let interval = 50;
      for (;;) {
        const run = await get(id);
        if (!run) throw new NotFoundError({ ja: 'ジョブ', en: 'The job' });
        if (run.status === 'succeeded' || run.status === 'failed') return run;
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`Job ${id} did not finish in time (status ${run.status})`);
        const wake = new AbortController();
        await Promise.race([
          sleep(Math.min(interval, remaining), undefined, { signal: wake.signal }).catch(() => {}),
          once(settled, id, { signal: wake.signal }).catch(() => {}),
        ]);
        wake.abort();
        interval = Math.min(1000, interval * 1.5);
      }
    },

    async stop() {
      if (stopping) return;
      stopping = true;
      // Stops the workers, waits for running handlers (up to the timeout; pg-boss then fails the
      // rest, to be retried), and stops maintenance. The database stays open: it is the caller's.
      await boss.stop({ graceful: true, wait: true, timeout: opts.stopTimeoutMs ?? 15_000 });
      // Handlers still running now outlived the timeout; pg-boss has failed them (to be retried).
      const grace = new AbortController();
      await Promise.race([Promise.all(running.values()), sleep(1000, undefined, { signal: grace.signal }).catch(() => {})]);
      grace.abort();
      await connection.drain();
      await connection.close();
    },
  };
}

export type { JobsRepository };
