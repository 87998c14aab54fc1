import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, primaryKey, serial, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { integratedProjects } from '../catalog/catalog.tables.ts';
import { users } from '../people/people.tables.ts';
import { projects } from '../projects/projects.tables.ts';

/**
 * A round of adjustment funds (調整費) within a fiscal year, or a pool of the president's
 * discretionary funds (理事長裁量型経費) that may span fiscal years. `allocatedYen` is the sum
 * of the approved requests; the check keeps it within the pool whatever the application does.
 */
export const fundRounds = pgTable(
  'fund_rounds',
  {
    id: serial('id').primaryKey(),
    /** adjustment | discretionary */
    kind: text('kind').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
    fiscalYear: smallint('fiscal_year').notNull(),
    endFiscalYear: smallint('end_fiscal_year').notNull(),
    poolYen: bigint('pool_yen', { mode: 'number' }).notNull(),
    allocatedYen: bigint('allocated_yen', { mode: 'number' }).notNull().default(0),
    /** open (requests accepted) | closed */
    status: text('status').notNull().default('open'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('fund_rounds_within_pool', sql`${t.allocatedYen} >= 0 and ${t.allocatedYen} <= ${t.poolYen}`),
    check('fund_rounds_years', sql`${t.endFiscalYear} >= ${t.fiscalYear}`),
    index('fund_rounds_year_idx').on(t.fiscalYear),
  ],
);

/** Per-integrated-project ceilings inside a round. */
export const fundRoundLimits = pgTable(
  'fund_round_limits',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => fundRounds.id, { onDelete: 'cascade' }),
    integratedProjectId: integer('integrated_project_id')
      .notNull()
      .references(() => integratedProjects.id),
    limitYen: bigint('limit_yen', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.integratedProjectId] }), check('fund_round_limits_amount', sql`${t.limitYen} >= 0`)],
);

/** A top-up requested by a PD, PS or PO for one project, ranked and decided by executives. */
export const fundRequests = pgTable(
  'fund_requests',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => fundRounds.id, { onDelete: 'cascade' }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** The integrated project the request counts against (the program's placement in the round's year). */
    integratedProjectId: integer('integrated_project_id').references(() => integratedProjects.id),
    /** The fiscal year whose budget receives the money (within the round's years). */
    budgetFiscalYear: smallint('budget_fiscal_year').notNull(),
    amountYen: bigint('amount_yen', { mode: 'number' }).notNull(),
    reasonJa: text('reason_ja').notNull(),
    reasonEn: text('reason_en').notNull().default(''),
    expectedEffectJa: text('expected_effect_ja').notNull(),
    expectedEffectEn: text('expected_effect_en').notNull().default(''),
    /** Executives' score 0–100 (the optimiser maximises its sum) and rank. */
    score: smallint('score'),
    rank: smallint('rank'),
    /** pending | approved | rejected */
    status: text('status').notNull().default('pending'),
    requestedBy: integer('requested_by').references(() => users.id),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('fund_requests_amount', sql`${t.amountYen} > 0`),
    check('fund_requests_score', sql`${t.score} is null or ${t.score} between 0 and 100`),
    index('fund_requests_round_idx').on(t.roundId, t.status),
    index('fund_requests_project_idx').on(t.projectId),
  ],
);
