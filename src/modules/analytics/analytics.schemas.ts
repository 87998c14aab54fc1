import { z } from 'zod';
import { KpiResponse } from '../outcomes/outcomes.schemas.ts';

const Int = z.number().int();
const Indicator = z.enum(['approvals', 'licensings', 'nonClinicalPoc', 'topJournalPapers']);
const PerIndicator = z.object({
  approvals: Int.nullable(),
  licensings: Int.nullable(),
  nonClinicalPoc: Int.nullable(),
  topJournalPapers: Int.nullable(),
});

export const KpiWithTargets = KpiResponse.extend({
  targets: PerIndicator.describe('The period targets (null: none set)'),
  progressPercent: z
    .object({
      approvals: z.number().nullable(),
      licensings: z.number().nullable(),
      nonClinicalPoc: z.number().nullable(),
      topJournalPapers: z.number().nullable(),
    })
    .describe('Achieved as a percentage of the target'),
});
export const TargetsQuery = z.object({ period: z.coerce.number().int().min(1).max(9) });
export const TargetParams = z.object({ period: z.coerce.number().int().min(1).max(9), indicator: Indicator });
export const TargetBody = z.object({ target: z.number().int().min(0).max(10_000_000) });
export const Targets = PerIndicator;

const Cell = z.union([z.number(), z.string()]);
export const DatabookTableSchema = z.object({
  key: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  chart: z.enum(['bar', 'stacked', 'pie', 'none']),
  columns: z.array(z.object({ key: z.string(), ja: z.string(), en: z.string(), kind: z.enum(['text', 'count', 'yen', 'percent']) })),
  rows: z.array(z.record(z.string(), Cell)),
  noteJa: z.string().optional(),
  noteEn: z.string().optional(),
});
export const DatabookSchema = z.object({
  fiscalYear: Int,
  periodId: Int,
  builtAt: z.string(),
  edition: Int.nullable().describe('Frozen edition served; null: live figures (no edition frozen yet)'),
  frozenAt: z.string().nullable(),
  tables: z.array(DatabookTableSchema).describe('Money in integer yen'),
});

export const PublicDatabookParams = z.object({
  fiscalYear: z
    .string()
    .regex(/^\d{4}(\.(json|xlsx))?$/)
    .describe('A fiscal year (2023), optionally with .json or .xlsx (Excel: one sheet per table)'),
});
export const DownloadQuery = z.object({
  lang: z.enum(['ja', 'en']).optional().describe('Language of the download (default: Accept-Language)'),
  unit: z.enum(['oku', 'sen']).default('oku').describe('Money in 億円 (oku) or 千円 (sen)'),
});
export const TableParams = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
  table: z
    .string()
    .regex(/^[a-z_]+\.(csv|svg)$/)
    .describe('A table key with .csv (the table) or .svg (its chart), e.g. by_ministry.csv'),
});
export const FiscalYearParams = z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100) });
export const LiveDatabook = z.object({
  live: DatabookSchema,
  snapshots: z.array(z.object({ edition: Int, frozenAt: z.string(), note: z.string(), frozenBy: Int.nullable() })),
});
export const DatabookDiff = z.object({
  fiscalYear: Int,
  edition: Int,
  frozenAt: z.string(),
  tables: z.array(
    z.object({
      key: z.string(),
      titleJa: z.string(),
      titleEn: z.string(),
      changes: z.array(z.object({ row: z.string(), column: z.string(), frozen: z.unknown(), live: z.unknown() })),
    }),
  ),
});
export const FreezeBody = z.object({ note: z.string().max(500).default('') });
export const JobAccepted = z.object({ jobId: z.string() });
