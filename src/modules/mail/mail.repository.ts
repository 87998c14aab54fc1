import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { mailOutbox } from './mail.tables.ts';

export type OutboxRow = typeof mailOutbox.$inferSelect;
export type OutboxStatus = 'queued' | 'sent' | 'failed' | 'outbox';

export function createMailRepository(db: Db) {
  return {
    /** In the caller's transaction when given: the message exists only if that change commits. */
    async insert(msg: { to: string; subject: string; text: string }, trx: Db = db): Promise<number> {
      const [row] = await trx
        .insert(mailOutbox)
        .values({ to: msg.to, subject: msg.subject, bodyText: msg.text, status: 'queued' })
        .returning({ id: mailOutbox.id });
      if (!row) throw new Error('mail_outbox insert returned no row');
      return row.id;
    },

    async find(id: number): Promise<OutboxRow | null> {
      const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      return row ?? null;
    },

    async queuedIds(limit: number): Promise<number[]> {
      const rows = await db
        .select({ id: mailOutbox.id })
        .from(mailOutbox)
        .where(eq(mailOutbox.status, 'queued'))
        .orderBy(asc(mailOutbox.id))
        .limit(limit);
      return rows.map((r) => r.id);
    },

    async markDelivered(id: number, status: 'sent' | 'outbox') {
      await db
        .update(mailOutbox)
        .set({ status, error: null, sentAt: sql`now()` })
        .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'queued')));
    },

    /** The last attempt's error; the row stays queued while retries remain. */
    async recordError(id: number, error: string, final: boolean) {
      await db
        .update(mailOutbox)
        .set(final ? { status: 'failed', error } : { error })
        .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'queued')));
    },

    async list(limit: number): Promise<OutboxRow[]> {
      return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(limit);
    },
  };
}

export type MailRepository = ReturnType<typeof createMailRepository>;
