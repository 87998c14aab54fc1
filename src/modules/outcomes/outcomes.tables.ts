import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, serial, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../people/people.tables.ts';
import { projects } from '../projects/projects.tables.ts';

/**
 * 成果: what a project produced. `kind` is one of paper, patent, nonclinical_poc, licensing,
 * clinical_trial, regulatory_filing, approval, insurance_listing, startup, guideline;
 * kind-specific fields (DOI, PMID, journal, company, scope, product category, trial id, phase...)
 * live in `details` and are checked by the Zod schema of the kind (outcomes.kinds.ts).
 * `status`: reported (by a researcher or an import, not yet checked) | verified (by a PO) | rejected.
 */
export const outcomes = pgTable(
  'outcomes',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fiscalYear: smallint('fiscal_year').notNull(),
    occurredOn: date('occurred_on'),
    titleJa: text('title_ja').notNull(),
    titleEn: text('title_en').notNull(),
    topJournal: boolean('top_journal').notNull().default(false),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    verified: boolean('verified').notNull().default(false),
    status: text('status').notNull().default('reported'),
    /** demo | manual | import */
    source: text('source').notNull().default('demo'),
    reportedBy: integer('reported_by').references(() => users.id),
    verifiedBy: integer('verified_by').references(() => users.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    /** The import job that created the record (job_runs.id). */
    importJobId: text('import_job_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outcomes_project_idx').on(t.projectId),
    index('outcomes_kind_year_idx').on(t.kind, t.fiscalYear),
    index('outcomes_import_idx').on(t.importJobId),
  ],
);
