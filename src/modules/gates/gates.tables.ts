import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { users } from '../people/people.tables.ts';
import { projects } from '../projects/projects.tables.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** One check item of a gate (efficacy, safety, IP position...), scored 1–5 in a review. */
export type GateItem = { code: string; ja: string; en: string };
/** One gate of a modality's ladder: passing it moves a project from `fromStages` to `toStage`. */
export type GateDef = { code: string; ja: string; en: string; fromStages: string[]; toStage: string; items: GateItem[] };

/** Go/No-go check-item forms per modality, versioned: a new version replaces the active one. */
export const gateTemplates = pgTable(
  'gate_templates',
  {
    id: serial('id').primaryKey(),
    modality: text('modality').notNull(),
    version: integer('version').notNull(),
    gates: jsonb('gates').$type<GateDef[]>().notNull(),
    isActive: boolean('is_active').notNull().default(true),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('gate_templates_modality_version').on(t.modality, t.version)],
);

/** A gate review: filed by a PO with evidence and scores, decided by the PD or PS. */
export const gateReviews = pgTable(
  'gate_reviews',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    templateId: integer('template_id')
      .notNull()
      .references(() => gateTemplates.id),
    gateCode: text('gate_code').notNull(),
    fiscalYear: smallint('fiscal_year').notNull(),
    /** submitted | decided */
    status: text('status').notNull().default('submitted'),
    summary: text('summary').notNull().default(''),
    evidence: jsonb('evidence').$type<{ label: string; url?: string; note?: string }[]>().notNull(),
    scores: jsonb('scores').$type<{ item: string; score: number; comment?: string }[]>().notNull(),
    filedBy: integer('filed_by')
      .notNull()
      .references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    /** go | no_go | conditional_go | redirect */
    decision: text('decision'),
    reason: text('reason'),
    conditions: text('conditions'),
    conditionDeadline: date('condition_deadline'),
    /** open | met | failed (conditional Go only) */
    conditionStatus: text('condition_status'),
    stageBefore: text('stage_before').notNull(),
    stageAfter: text('stage_after'),
    /** Next year's budget set by the decision (yen), or the budget lines removed by a No-go. */
    budgetEffect: jsonb('budget_effect').$type<{ fiscalYear: number; source: string; before: number; after: number }[]>(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('gate_reviews_project_idx').on(t.projectId),
    index('gate_reviews_decision_idx').on(t.decision, t.conditionStatus),
    check('gate_reviews_decision', sql`${t.decision} is null or ${t.decision} in ('go','no_go','conditional_go','redirect')`),
  ],
);

/** マイルストーン: due in a fiscal quarter; exit-strategy milestones carry a kind. */
export const milestones = pgTable(
  'milestones',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    dueFiscalYear: smallint('due_fiscal_year').notNull(),
    dueQuarter: smallint('due_quarter').notNull(),
    /** regular | pmda_consultation | first_in_human | licensing | approval_filing */
    kind: text('kind').notNull().default('regular'),
    titleJa: text('title_ja').notNull(),
    titleEn: text('title_en').notNull(),
    deliverable: text('deliverable').notNull().default(''),
    evidence: text('evidence').notNull().default(''),
    /** planned | achieved | missed */
    status: text('status').notNull().default('planned'),
    achievedOn: date('achieved_on'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('milestones_project_idx').on(t.projectId),
    index('milestones_due_idx').on(t.status, t.dueFiscalYear, t.dueQuarter),
    check('milestones_quarter', sql`${t.dueQuarter} between 1 and 4`),
  ],
);

/** 研究開発進捗報告: yearly (annual) or on request (interim). */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    fiscalYear: smallint('fiscal_year').notNull(),
    /** annual | interim */
    kind: text('kind').notNull(),
    dueOn: date('due_on').notNull(),
    /** requested | submitted | accepted | returned */
    status: text('status').notNull().default('requested'),
    summary: text('summary').notNull().default(''),
    achievements: text('achievements').notNull().default(''),
    issues: text('issues').notNull().default(''),
    nextPlan: text('next_plan').notNull().default(''),
    milestoneProgress: jsonb('milestone_progress').$type<{ milestoneId: number; percent: number }[]>().notNull().default([]),
    submittedBy: integer('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewComment: text('review_comment'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('progress_reports_project_idx').on(t.projectId),
    index('progress_reports_due_idx').on(t.status, t.dueOn),
    unique('progress_reports_annual').on(t.projectId, t.fiscalYear, t.kind, t.dueOn),
  ],
);

/** PDF attachments of a report, stored in the row with their checksum. */
export const reportAttachments = pgTable(
  'report_attachments',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => progressReports.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_attachments_report_idx').on(t.reportId)],
);

/** サイトビジット: a PO's visit to the project, with notes. */
export const siteVisits = pgTable(
  'site_visits',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    visitedOn: date('visited_on').notNull(),
    visitedBy: integer('visited_by')
      .notNull()
      .references(() => users.id),
    notes: text('notes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('site_visits_project_idx').on(t.projectId)],
);
