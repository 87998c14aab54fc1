import { index, integer, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../people/people.tables.ts';
import { projects } from '../projects/projects.tables.ts';

/** 目利き: a staff member's shortlist of important technologies or seeds. */
export const shortlists = pgTable('shortlists', {
  id: serial('id').primaryKey(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en').notNull().default(''),
  ownerUserId: integer('owner_user_id')
    .notNull()
    .references(() => users.id),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One technology or seed on a shortlist, with notes, expected outcomes and competitors. */
export const shortlistItems = pgTable(
  'shortlist_items',
  {
    id: serial('id').primaryKey(),
    shortlistId: integer('shortlist_id')
      .notNull()
      .references(() => shortlists.id, { onDelete: 'cascade' }),
    titleJa: text('title_ja').notNull(),
    titleEn: text('title_en').notNull().default(''),
    note: text('note').notNull().default(''),
    outcomes: text('outcomes').notNull().default(''),
    competitors: text('competitors').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('shortlist_items_list_idx').on(t.shortlistId)],
);

export const shortlistItemProjects = pgTable(
  'shortlist_item_projects',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => shortlistItems.id, { onDelete: 'cascade' }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.projectId] })],
);
