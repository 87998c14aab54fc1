import { integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * 同義語: groups of words search treats as one (膵がん = 膵癌 = すい臓がん = pancreatic cancer).
 * Seeded from portal.synonyms.ts, edited by staff through /api/v1/search/synonyms.
 */
export const searchSynonyms = pgTable('search_synonyms', {
  id: serial('id').primaryKey(),
  terms: text('terms').array().notNull(),
  note: text('note').notNull().default(''),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
