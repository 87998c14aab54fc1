import { index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { planPeriods } from '../catalog/catalog.tables.ts';
import { users } from '../people/people.tables.ts';

/**
 * The agency's targets for a plan period (中長期目標期間の目標値): one row per indicator
 * (approvals, licensings, nonClinicalPoc, topJournalPapers).
 */
export const kpiTargets = pgTable(
  'kpi_targets',
  {
    periodId: smallint('period_id')
      .notNull()
      .references(() => planPeriods.id),
    indicator: text('indicator').notNull(),
    target: integer('target').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.indicator] })],
);

/**
 * A frozen Data Book of one fiscal year. Each freeze adds a new edition; the public Data Book is
 * the latest edition, so a published year never changes silently (a new edition is a deliberate act).
 */
export const databookSnapshots = pgTable(
  'databook_snapshots',
  {
    id: serial('id').primaryKey(),
    fiscalYear: smallint('fiscal_year').notNull(),
    edition: integer('edition').notNull(),
    data: jsonb('data').$type<unknown>().notNull(),
    frozenBy: integer('frozen_by').references(() => users.id),
    note: text('note').notNull().default(''),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('databook_snapshots_edition').on(t.fiscalYear, t.edition), index('databook_snapshots_year_idx').on(t.fiscalYear)],
);
