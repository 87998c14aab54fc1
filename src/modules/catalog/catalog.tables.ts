import { date, integer, pgTable, primaryKey, serial, smallint, text, unique } from 'drizzle-orm/pg-core';

/** 中長期目標期間: 1st FY2015–FY2019, 2nd FY2020–FY2024, 3rd FY2025–FY2029. */
export const planPeriods = pgTable('plan_periods', {
  id: smallint('id').primaryKey(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en').notNull(),
  startFiscalYear: smallint('start_fiscal_year').notNull(),
  endFiscalYear: smallint('end_fiscal_year').notNull(),
});

/** Japanese fiscal year: FY2024 runs 2024-04-01 to 2025-03-31. */
export const fiscalYears = pgTable('fiscal_years', {
  fiscalYear: smallint('fiscal_year').primaryKey(),
  periodId: smallint('period_id')
    .notNull()
    .references(() => planPeriods.id),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
});

/** 統合プロジェクト: one per modality (or, in the 1st period, per disease) and period. */
export const integratedProjects = pgTable(
  'integrated_projects',
  {
    id: serial('id').primaryKey(),
    periodId: smallint('period_id')
      .notNull()
      .references(() => planPeriods.id),
    code: text('code').notNull().unique(),
    ordinal: smallint('ordinal').notNull(),
    /** 'modality' (横断型 / モダリティ) or 'disease' (疾患領域対応型, 1st period). */
    kind: text('kind').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [unique().on(t.periodId, t.ordinal)],
);

/** 疾患領域: cut across the integrated projects of a period, each with a DC. */
export const diseaseAreas = pgTable(
  'disease_areas',
  {
    id: serial('id').primaryKey(),
    periodId: smallint('period_id')
      .notNull()
      .references(() => planPeriods.id),
    code: text('code').notNull().unique(),
    ordinal: smallint('ordinal').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [unique().on(t.periodId, t.ordinal)],
);

export const ministries = pgTable('ministries', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en').notNull(),
});

/** 事業部: the agency department that runs a program. */
export const departments = pgTable('departments', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en').notNull(),
});

/** 事業: funded by a ministry, run by a department; carries over between periods. */
export const programs = pgTable('programs', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionJa: text('description_ja').notNull().default(''),
  descriptionEn: text('description_en').notNull().default(''),
  ministryId: integer('ministry_id')
    .notNull()
    .references(() => ministries.id),
  departmentId: integer('department_id')
    .notNull()
    .references(() => departments.id),
  startFiscalYear: smallint('start_fiscal_year').notNull(),
  endFiscalYear: smallint('end_fiscal_year'),
});

/** Which integrated project a program belongs to in a given period. */
export const programPlacements = pgTable(
  'program_placements',
  {
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    periodId: smallint('period_id')
      .notNull()
      .references(() => planPeriods.id),
    integratedProjectId: integer('integrated_project_id')
      .notNull()
      .references(() => integratedProjects.id),
  },
  (t) => [primaryKey({ columns: [t.programId, t.periodId] })],
);
