import { index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../people/people.tables.ts';
import { projects } from '../projects/projects.tables.ts';

/**
 * What the categoriser assigned to a project: a disease area (`scheme` = area, code = the
 * disease area code) or a finer category (`scheme` = category), with the terms that matched.
 * Rebuilt by the categorisation job; curator overrides live in category_overrides and win.
 */
export const projectCategories = pgTable(
  'project_categories',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    scheme: text('scheme').notNull(),
    code: text('code').notNull(),
    /** The terms found, e.g. [{ term: '膵がん', lang: 'ja', field: 'title' }]. */
    matches: jsonb('matches').$type<{ term: string; lang: 'ja' | 'en'; field: 'title' | 'abstract' }[]>().notNull(),
    score: integer('score').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.scheme, t.code] }), index('project_categories_code_idx').on(t.scheme, t.code)],
);

/** A curator's decision: include or exclude a category for a project, whatever the terms say. Kept across re-runs. */
export const categoryOverrides = pgTable(
  'category_overrides',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    scheme: text('scheme').notNull(),
    code: text('code').notNull(),
    /** include | exclude */
    action: text('action').notNull(),
    reason: text('reason').notNull().default(''),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('category_overrides_project_idx').on(t.projectId, t.scheme, t.code)],
);
