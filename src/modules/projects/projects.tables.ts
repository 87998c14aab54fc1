import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { diseaseAreas, programs } from '../catalog/catalog.tables.ts';
import { institutions, researchers } from '../people/people.tables.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** 課題: a funded research project. */
export const projects = pgTable(
  'projects',
  {
    id: serial('id').primaryKey(),
    grantNumber: text('grant_number').notNull().unique(),
    titleJa: text('title_ja').notNull(),
    titleEn: text('title_en').notNull(),
    abstractJa: text('abstract_ja').notNull().default(''),
    abstractEn: text('abstract_en').notNull().default(''),
    piResearcherId: integer('pi_researcher_id')
      .notNull()
      .references(() => researchers.id),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => institutions.id),
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    startFiscalYear: smallint('start_fiscal_year').notNull(),
    endFiscalYear: smallint('end_fiscal_year').notNull(),
    /** drug | device | regenerative | diagnostic | other (see projects/stages.ts). */
    modality: text('modality').notNull(),
    /** A rung of the modality's development ladder (see projects/stages.ts). */
    stage: text('stage').notNull(),
    /** active | completed | terminated */
    status: text('status').notNull().default('active'),
    /** Published on the agency's public lists; unpublished projects are seen only by staff and their team. */
    isPublic: boolean('is_public').notNull().default(true),
    /** Japanese words split by Intl.Segmenter plus English words, for full-text search. */
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_text)`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('projects_fiscal_years', sql`${t.endFiscalYear} >= ${t.startFiscalYear}`),
    index('projects_program_idx').on(t.programId),
    index('projects_pi_idx').on(t.piResearcherId),
    index('projects_institution_idx').on(t.institutionId),
    index('projects_years_idx').on(t.startFiscalYear, t.endFiscalYear),
    index('projects_search_idx').using('gin', t.searchVector),
  ],
);

/** Team members: the PI (研究代表者) and co-investigators (研究分担者) with their effort. */
export const projectMembers = pgTable(
  'project_members',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    researcherId: integer('researcher_id')
      .notNull()
      .references(() => researchers.id),
    /** pi | co */
    role: text('role').notNull(),
    effortPercent: smallint('effort_percent').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.researcherId] }),
    index('project_members_researcher_idx').on(t.researcherId),
    check('project_members_effort', sql`${t.effortPercent} between 0 and 100`),
  ],
);

export const projectDiseaseAreas = pgTable(
  'project_disease_areas',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    diseaseAreaId: integer('disease_area_id')
      .notNull()
      .references(() => diseaseAreas.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.diseaseAreaId] }), index('project_disease_areas_area_idx').on(t.diseaseAreaId)],
);

/**
 * Money per fiscal year and funding source, in integer yen:
 * initial (当初補助金), supplementary (補正), adjustment (調整費), operating_grant (運営費交付金).
 */
export const projectBudgets = pgTable(
  'project_budgets',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    fiscalYear: smallint('fiscal_year').notNull(),
    source: text('source').notNull(),
    amountYen: bigint('amount_yen', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.fiscalYear, t.source] }),
    index('project_budgets_year_idx').on(t.fiscalYear, t.source),
    check('project_budgets_amount', sql`${t.amountYen} >= 0`),
  ],
);

/** Lineage: a seed handed from one project (program) to its successor. */
export const projectLinks = pgTable(
  'project_links',
  {
    predecessorId: integer('predecessor_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    successorId: integer('successor_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** handoff (事業間連携) | continuation (same program, next phase) | fast_path */
    kind: text('kind').notNull(),
    noteJa: text('note_ja').notNull().default(''),
    noteEn: text('note_en').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorId, t.successorId] }),
    index('project_links_successor_idx').on(t.successorId),
    check('project_links_not_self', sql`${t.predecessorId} <> ${t.successorId}`),
  ],
);
