import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
