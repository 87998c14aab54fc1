import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { calls, callTypes } from '../calls/calls.tables.ts';
import { institutions, researchers, users } from '../people/people.tables.ts';
import { projects } from '../projects/projects.tables.ts';

export type OtherFunding = {
  /** held: funded now; applied: pending elsewhere */
  status: 'held' | 'applied';
  funder: string;
  title: string;
  amountYen: number;
  effortPercent: number;
};
export type PpiAnswer = { code: string; answer: string };

/**
 * 応募: one application to a call. Drafted by the PI (研究開発代表者) and co-investigators
 * (研究開発分担者) together; `version` guards concurrent saves.
 * status: draft → submitted → adopted | rejected; draft or submitted → withdrawn.
 */
export const applications = pgTable(
  'applications',
  {
    id: serial('id').primaryKey(),
    callId: integer('call_id')
      .notNull()
      .references(() => calls.id),
    callTypeId: integer('call_type_id')
      .notNull()
      .references(() => callTypes.id),
    piResearcherId: integer('pi_researcher_id')
      .notNull()
      .references(() => researchers.id),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => institutions.id),
    titleJa: text('title_ja').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    abstractJa: text('abstract_ja').notNull().default(''),
    abstractEn: text('abstract_en').notNull().default(''),
    /** drug | device | regenerative | diagnostic | other; the project starts on the first rung of its ladder. */
    modality: text('modality').notNull().default('other'),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    ppiPlan: text('ppi_plan').notNull().default(''),
    ppiAnswers: jsonb('ppi_answers').$type<PpiAnswer[]>().notNull().default([]),
    otherFunding: jsonb('other_funding').$type<OtherFunding[]>().notNull().default([]),
    status: text('status').notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('applications_call_idx').on(t.callId, t.status),
    index('applications_pi_idx').on(t.piResearcherId),
    check('applications_status', sql`${t.status} in ('draft','submitted','withdrawn','adopted','rejected')`),
  ],
);

/** The team: the PI and co-investigators with their effort (エフォート) in 5% steps. */
export const applicationMembers = pgTable(
  'application_members',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    researcherId: integer('researcher_id')
      .notNull()
      .references(() => researchers.id),
    /** pi | co */
    role: text('role').notNull(),
    effortPercent: smallint('effort_percent').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.researcherId] }),
    index('application_members_researcher_idx').on(t.researcherId),
    check('application_members_effort', sql`${t.effortPercent} between 5 and 100 and ${t.effortPercent} % 5 = 0`),
  ],
);

/** The requested budget per fiscal year, integer yen. */
export const applicationBudgets = pgTable(
  'application_budgets',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fiscalYear: smallint('fiscal_year').notNull(),
    amountYen: bigint('amount_yen', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.fiscalYear] }), check('application_budgets_amount', sql`${t.amountYen} >= 0`)],
);

/** Every status change of an application, with who made it. */
export const applicationStatusHistory = pgTable(
  'application_status_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_status_history_app_idx').on(t.applicationId, t.at)],
);

/** A PDF attached to an application; the bytes live in the file storage under `storageKey`. */
export const applicationAttachments = pgTable(
  'application_attachments',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    /** The code of the call's required attachment this file answers. */
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('application_attachments_kind_idx').on(t.applicationId, t.kind)],
);

/**
 * Checks before review (e-Rad style): effort, unreasonable duplication (不合理な重複) and
 * excessive concentration (過度の集中), with the evidence; staff dismiss a flag with a reason.
 */
export const applicationFlags = pgTable(
  'application_flags',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    researcherId: integer('researcher_id')
      .notNull()
      .references(() => researchers.id),
    /** effort | duplication | concentration */
    kind: text('kind').notNull(),
    /** What the flag is about (a project or application id, or the fiscal year), so a re-run updates instead of duplicating. */
    subjectKey: text('subject_key').notNull(),
    score: real('score'),
    evidence: jsonb('evidence').$type<Record<string, unknown>>().notNull(),
    /** open | dismissed */
    status: text('status').notNull().default('open'),
    dismissReason: text('dismiss_reason'),
    dismissedBy: integer('dismissed_by').references(() => users.id, { onDelete: 'set null' }),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('application_flags_subject_idx').on(t.applicationId, t.researcherId, t.kind, t.subjectKey)],
);

/** 採否: the decision on an application, the awarded budget and the project it became. */
export const applicationDecisions = pgTable(
  'application_decisions',
  {
    applicationId: integer('application_id')
      .primaryKey()
      .references(() => applications.id, { onDelete: 'cascade' }),
    /** adopted | rejected */
    outcome: text('outcome').notNull(),
    awardedBudget: jsonb('awarded_budget').$type<{ fiscalYear: number; amountYen: number }[]>().notNull().default([]),
    reasonJa: text('reason_ja').notNull().default(''),
    reasonEn: text('reason_en').notNull().default(''),
    projectId: integer('project_id').references(() => projects.id, { onDelete: 'set null' }),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    /** The outbox id of the letter to the applicant, once sent. */
    letterOutboxId: integer('letter_outbox_id'),
  },
  (t) => [check('application_decisions_outcome', sql`${t.outcome} in ('adopted','rejected')`)],
);
