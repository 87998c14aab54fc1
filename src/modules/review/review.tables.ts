import { boolean, index, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { institutions, researchers, users } from '../people/people.tables.ts';

/** 評価委員: a reviewer in the pool. */
export const reviewers = pgTable(
  'reviewers',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').references(() => users.id),
    researcherId: integer('researcher_id').references(() => researchers.id),
    name: text('name').notNull(),
    institutionId: integer('institution_id').references(() => institutions.id),
    /** academia | industry */
    sector: text('sector').notNull().default('academia'),
    isClinician: boolean('is_clinician').notNull().default(false),
    /** Expertise keywords, Japanese or English, separated by commas. */
    keywords: text('keywords').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('reviewers_user_unique').on(t.userId)],
);

/** A conflict of interest (利益相反) between a reviewer and an application, with its evidence. */
export const reviewConflicts = pgTable(
  'review_conflicts',
  {
    id: serial('id').primaryKey(),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => reviewers.id, { onDelete: 'cascade' }),
    /** The application (calls module); no foreign key until the integrator wires the calls tables. */
    applicationId: integer('application_id').notNull(),
    /** institutional | collaborator | advisor | personal | declared */
    kind: text('kind').notNull(),
    /** detected | reviewer | applicant | staff */
    source: text('source').notNull(),
    evidence: text('evidence').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('review_conflicts_unique').on(t.reviewerId, t.applicationId, t.kind),
    index('review_conflicts_application_idx').on(t.applicationId),
  ],
);

/** A reviewer assigned to an application of a call. */
export const reviewAssignments = pgTable(
  'review_assignments',
  {
    id: serial('id').primaryKey(),
    callId: integer('call_id').notNull(),
    applicationId: integer('application_id').notNull(),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => reviewers.id),
    /** assigned | confirmed (no conflict declared, content open) | declined | submitted */
    status: text('status').notNull().default('assigned'),
    noConflictConfirmedAt: timestamp('no_conflict_confirmed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('review_assignments_pair_unique').on(t.applicationId, t.reviewerId), index('review_assignments_call_idx').on(t.callId)],
);
