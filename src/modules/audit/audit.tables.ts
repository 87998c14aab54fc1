import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per state change: who, when, what, before and after. Append-only (a trigger refuses
 * UPDATE and DELETE) and hash-chained: `hash` = SHA-256 of `prev_hash` and the row's canonical
 * content, so `seedline audit verify` finds any altered, reordered or missing record.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id'),
    /** e.g. project.update, user.create, auth.login */
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
    /** Hash of the previous record ('' for the first). */
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [index('audit_entity_idx').on(t.entityType, t.entityId, t.at), index('audit_actor_idx').on(t.actorUserId, t.at)],
);

/**
 * Idempotency-Key of state-changing requests, per user: claimed in the transaction of the change
 * (with its audit record), so a retry after a crash never applies the change twice; the response
 * is kept for replays.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: integer('user_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    /** Null until the response has been stored (a crash in between leaves it null). */
    status: integer('status'),
    response: jsonb('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_created_idx').on(t.createdAt)],
);
