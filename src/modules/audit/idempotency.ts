import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { idempotencyKeys } from '../../db/schema.ts';
import { ConflictError } from '../../errors.ts';

/** A request that carries an Idempotency-Key, waiting for the transaction of its change. */
export type PendingKey = { userId: number; key: string; requestHash: string; claimed: boolean };

/** Keyed by request id (services pass it to recordAudit through the actor). */
export const pendingKeys = new Map<string, PendingKey>();

export class IdempotencyInProgressError extends ConflictError {
  constructor() {
    super('idempotency_in_progress', {
      ja: '同じ Idempotency-Key のリクエストを処理中か、処理済みです。少し待ってから結果を確認してください。',
      en: 'A request with this Idempotency-Key is being processed or was already applied. Wait a moment and check the result.',
    });
  }
}

/**
 * Called by recordAudit inside the change's transaction: the first audit record of a keyed
 * request claims the key, so the change and the claim commit together. A second request with
 * the same key that got this far loses on the primary key and rolls back.
 */
export async function claimPendingKey(tx: Db, requestId: string | null | undefined): Promise<void> {
  const pending = requestId ? pendingKeys.get(requestId) : undefined;
  if (!pending || pending.claimed) return;
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ userId: pending.userId, key: pending.key, requestHash: pending.requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length === 0) throw new IdempotencyInProgressError();
  pending.claimed = true;
}

export function createIdempotencyRepository(db: Db) {
  return {
    async find(userId: number, key: string) {
      const [row] = await db
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
      return row ?? null;
    },
    async storeResponse(userId: number, key: string, status: number, response: unknown) {
      await db
        .update(idempotencyKeys)
        .set({ status, response: response ?? null })
        .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    },
  };
}
