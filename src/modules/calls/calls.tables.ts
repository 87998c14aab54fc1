import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, serial, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { programs } from '../catalog/catalog.tables.ts';

export type LocalizedText = { ja: string; en: string };
export type PpiQuestion = { code: string; ja: string; en: string };
export type RequiredAttachment = { code: string; ja: string; en: string; required: boolean; maxMegabytes: number };
export type ReviewCriterion = { code: string; ja: string; en: string };
/** A configurable review form: criteria rated on 4 levels and AMED's 10-point overall score. */
export type ReviewForm = { criteria: ReviewCriterion[]; ratingLevels: 4; overallMax: 10; fundableFrom: number };
export type ReviewStage = { code: 'document' | 'hearing'; ja: string; en: string };
export type EligibilityRule = { code: string; ja: string; en: string };

/**
 * 公募: a program's call for one fiscal year. `status` is what staff set
 * (draft → published → review → decided); whether a published call is open follows from the
 * clock and `opensAt`/`deadlineAt` (instants; shown in Japan time).
 */
export const calls = pgTable(
  'calls',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    fiscalYear: smallint('fiscal_year').notNull(),
    titleJa: text('title_ja').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionJa: text('description_ja').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    /** draft | published | review | decided */
    status: text('status').notNull().default('draft'),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    budgetYen: bigint('budget_yen', { mode: 'number' }).notNull(),
    /** A researcher's yearly funding above this is flagged as excessive concentration (過度の集中). */
    concentrationLimitYen: bigint('concentration_limit_yen', { mode: 'number' }).notNull().default(200_000_000),
    partnerCountries: text('partner_countries').array().notNull().default(sql`'{}'::text[]`),
    eligibility: jsonb('eligibility').$type<EligibilityRule[]>().notNull().default([]),
    ppiQuestions: jsonb('ppi_questions').$type<PpiQuestion[]>().notNull().default([]),
    requiredAttachments: jsonb('required_attachments').$type<RequiredAttachment[]>().notNull().default([]),
    reviewForm: jsonb('review_form').$type<ReviewForm>().notNull(),
    reviewStages: jsonb('review_stages').$type<ReviewStage[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('calls_program_idx').on(t.programId, t.fiscalYear),
    check('calls_deadline_after_open', sql`${t.deadlineAt} > ${t.opensAt}`),
    check('calls_budget', sql`${t.budgetYen} >= 0`),
  ],
);

/** 公募の類型: e.g. ASPIRE Type A, up to 3.8億円 over 5 years. */
export const callTypes = pgTable(
  'call_types',
  {
    id: serial('id').primaryKey(),
    callId: integer('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
    /** Cap on the whole award over its duration. */
    budgetCapYen: bigint('budget_cap_yen', { mode: 'number' }).notNull(),
    durationYears: smallint('duration_years').notNull(),
    plannedAwards: smallint('planned_awards').notNull().default(1),
  },
  (t) => [
    uniqueIndex('call_types_code_idx').on(t.callId, t.code),
    check('call_types_duration', sql`${t.durationYears} between 1 and 10`),
    check('call_types_cap', sql`${t.budgetCapYen} > 0`),
  ],
);
