import { index, integer, jsonb, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * What the web app shows of a background job. pg-boss keeps the queue itself (schema pgboss);
 * this table keeps the human side: kind, progress, message, result, who started it.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    /** queued | running | succeeded | failed */
    status: text('status').notNull().default('queued'),
    progress: real('progress').notNull().default(0),
    messageJa: text('message_ja').notNull().default(''),
    messageEn: text('message_en').notNull().default(''),
    params: jsonb('params'),
    result: jsonb('result'),
    error: text('error'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('job_runs_created_idx').on(t.createdAt)],
);
