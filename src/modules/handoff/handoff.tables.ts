import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { programs } from '../catalog/catalog.tables.ts';
import { users } from '../people/people.tables.ts';
import { projects } from '../projects/projects.tables.ts';

/**
 * Pairing (ペアリング): at award or at a gate, a project is paired with a named successor
 * program; when the pre-agreed Go check is met, "execute" creates the successor project in that
 * program with the team and the remaining plan, linked as a hand-off, without a new open call.
 */
export const handoffPairings = pgTable(
  'handoff_pairings',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    successorProgramId: integer('successor_program_id')
      .notNull()
      .references(() => programs.id),
    /** award | gate */
    agreedAt: text('agreed_at').notNull(),
    goCheckJa: text('go_check_ja').notNull(),
    goCheckEn: text('go_check_en').notNull().default(''),
    ipStatusJa: text('ip_status_ja').notNull().default(''),
    ipStatusEn: text('ip_status_en').notNull().default(''),
    planJa: text('plan_ja').notNull().default(''),
    planEn: text('plan_en').notNull().default(''),
    successorStartFiscalYear: smallint('successor_start_fiscal_year').notNull(),
    successorEndFiscalYear: smallint('successor_end_fiscal_year').notNull(),
    /** agreed | executed | cancelled */
    status: text('status').notNull().default('agreed'),
    successorProjectId: integer('successor_project_id').references(() => projects.id, { onDelete: 'set null' }),
    executedAt: timestamp('executed_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('handoff_pairings_project_idx').on(t.projectId),
    check('handoff_pairings_years', sql`${t.successorEndFiscalYear} >= ${t.successorStartFiscalYear}`),
  ],
);

/** Fast path (ファストパス): a direct route from a project to a company (licensing, 企業導出). */
export const handoffFastPaths = pgTable(
  'handoff_fast_paths',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    companyJa: text('company_ja').notNull(),
    companyEn: text('company_en').notNull(),
    agreedOn: date('agreed_on').notNull(),
    scopeJa: text('scope_ja').notNull().default(''),
    scopeEn: text('scope_en').notNull().default(''),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('handoff_fast_paths_project_idx').on(t.projectId)],
);
