import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, serial, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { projects } from '../projects/projects.tables.ts';

/**
 * 成果: what a project produced. `kind` is one of paper, patent, nonclinical_poc, licensing,
 * clinical_trial, approval, insurance_listing, startup, guideline; kind-specific fields
 * (DOI, journal, company, product category, trial id...) live in `details`.
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outcomes_project_idx').on(t.projectId), index('outcomes_kind_year_idx').on(t.kind, t.fiscalYear)],
);
