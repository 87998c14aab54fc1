import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import type { JobQueue } from '../jobs/jobs.service.ts';
import { createDelivery } from './mail.delivery.ts';
import { createMailRepository, type OutboxStatus } from './mail.repository.ts';

/**
 * How mail goes out (a transactional outbox):
 *
 * 1. `send` writes a mail_outbox row with status 'queued', inside the caller's transaction when
 *    one is given. The row is the truth: a message exists if and only if the change that caused
 *    it committed. Nothing is lost, because every 'queued' row is eventually handed to a job.
 * 2. A job 'mail.send' { outboxId } delivers it. Without a transaction, `send` enqueues it at
 *    once. With one, it cannot (the row is not visible, and on PGlite the transaction holds the
 *    only connection), so a sweep does: one second after such a send, at start, every minute,
 *    and on `flush()`. The sweep enqueues a job for every 'queued' row.
 * 3. Nothing is sent twice: jobs are enqueued with singletonKey `mail:<id>`, so while a job for
 *    a row is queued, running or waiting for a retry, enqueueing returns that job; and the job
 *    delivers only a row still 'queued', marking it 'sent'/'outbox' right after.
 *
 * The one window left is a crash between the SMTP server accepting a message and the row being
 * marked: the job is then retried and the message goes out again, with the same Message-ID.
 */
export type MailMessage = { to: string; subject: string; text: string };
export type Mailer = {
  /** Returns the outbox id. With `trx`, the message is sent only if that transaction commits. */
  send(msg: MailMessage, trx?: Db): Promise<number>;
  /** Hands every queued message to the job queue now (the CLI calls this before exiting). */
  flush(): Promise<void>;
  /** Stops the sweeps; call before stopping the job queue. */
  stop(): void;
};

export const MAIL_SEND_JOB = 'mail.send';
const SWEEP_INTERVAL_MS = 60_000;
const SWEEP_AFTER_TRANSACTION_MS = 1_000;
const SWEEP_BATCH = 500;
const HEADER_BREAK = /[\r\n]/;

type SendParams = { outboxId: number };

export async function createMailer(deps: {
  db: Db;
  jobs: JobQueue;
  config: Config['mail'];
  /** Defaults: 5 retries with exponential backoff from 30 s. */
  retry?: { limit: number; delaySeconds: number; backoff?: boolean };
  log?: { error(...a: unknown[]): void };
}): Promise<Mailer> {
  const repo = createMailRepository(deps.db);
  const delivery = createDelivery(deps.config);
  const log = deps.log ?? console;
  const retry = deps.retry ?? { limit: 5, delaySeconds: 30, backoff: true };

  await deps.jobs.register<SendParams>(
    MAIL_SEND_JOB,
    async ({ outboxId }) => {
      const row = await repo.find(outboxId);
      if (row?.status !== 'queued') return { outboxId, skipped: row?.status ?? 'missing' };
      let status: 'sent' | 'outbox';
      try {
        status = await delivery.deliver(row);
      } catch (err) {
        await repo.recordError(outboxId, err instanceof Error ? err.message : String(err), false);
        throw err;
      }
      await repo.markDelivered(outboxId, status);
      return { outboxId, status };
    },
    {
      retryLimit: retry.limit,
      retryDelaySeconds: retry.delaySeconds,
      retryBackoff: retry.backoff ?? false,
      onFailed: async (params, error) => repo.recordError((params as SendParams).outboxId, error, true),
    },
  );

  const enqueue = (outboxId: number) =>
    deps.jobs.enqueue(MAIL_SEND_JOB, { outboxId } satisfies SendParams, { singletonKey: `mail:${outboxId}` });

  let stopped = false;
  let sweeping: Promise<void> | null = null;
  const sweep = (): Promise<void> => {
    // One sweep at a time; a caller arriving during one waits for it.
    sweeping ??= (async () => {
      try {
        for (const id of await repo.queuedIds(SWEEP_BATCH)) await enqueue(id);
      } finally {
        sweeping = null;
      }
    })();
    return sweeping;
  };
  const sweepQuietly = () => {
    if (!stopped) sweep().catch((err: unknown) => log.error({ err }, 'mail: sweep failed'));
  };

  let soon: NodeJS.Timeout | null = null;
  const interval = setInterval(sweepQuietly, SWEEP_INTERVAL_MS);
  // Timers never keep the process alive by themselves.
  interval.unref();
  await sweep(); // what a previous run left queued

  return {
    async send(msg, trx) {
      if (!msg.to.includes('@') || HEADER_BREAK.test(msg.to) || HEADER_BREAK.test(msg.subject)) {
        throw new ValidationError({ ja: 'メールの宛先または件名が正しくありません。', en: 'The mail recipient or subject is not valid.' });
      }
      const id = await repo.insert(msg, trx);
      if (!trx) {
        await enqueue(id);
      } else if (!soon && !stopped) {
        soon = setTimeout(() => {
          soon = null;
          sweepQuietly();
        }, SWEEP_AFTER_TRANSACTION_MS);
        soon.unref();
      }
      return id;
    },
    flush: () => sweep(),
    stop() {
      stopped = true;
      clearInterval(interval);
      if (soon) clearTimeout(soon);
      delivery.close();
    },
  };
}

export type OutboxItem = {
  id: number;
  to: string;
  subject: string;
  status: OutboxStatus;
  createdAt: string;
  sentAt: string | null;
  error: string | null;
};

/** The newest messages of the outbox, for administrators. */
export async function listOutbox(db: Db, limit = 100): Promise<OutboxItem[]> {
  const rows = await createMailRepository(db).list(limit);
  return rows.map((r) => ({
    id: r.id,
    to: r.to,
    subject: r.subject,
    status: r.status as OutboxStatus,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    error: r.error,
  }));
}
