import { z } from 'zod';

const Count = z.number().int();

export const KpiQuery = z
  .object({
    period: z.coerce.number().int().min(1).max(9).optional().describe('Plan period; default: the period of throughFiscalYear'),
    throughFiscalYear: z.coerce.number().int().min(2000).max(2100).optional().describe('Count outcomes up to this fiscal year'),
  })
  .refine((q) => q.period !== undefined || q.throughFiscalYear !== undefined, {
    message: 'give period or throughFiscalYear',
    path: ['period'],
  });

export const KpiResponse = z.object({
  periodId: Count,
  fromFiscalYear: Count,
  throughFiscalYear: Count,
  approvals: Count.describe('薬事承認'),
  licensings: Count.describe('企業導出'),
  nonClinicalPoc: Count.describe('非臨床PoC'),
  topJournalPapers: Count.describe('トップジャーナル論文'),
  clinicalTrials: Count,
  insuranceListings: Count,
  byFiscalYear: z.array(
    z.object({ fiscalYear: Count, approvals: Count, licensings: Count, nonClinicalPoc: Count, topJournalPapers: Count }),
  ),
});
export type KpiResponse = z.infer<typeof KpiResponse>;

const Named = z.object({ code: z.string(), nameJa: z.string(), nameEn: z.string() });
export const KpiDrilldownQuery = z
  .object({
    indicator: z.enum(['approvals', 'licensings', 'nonClinicalPoc', 'topJournalPapers']),
    period: z.coerce.number().int().min(1).max(9).optional(),
    throughFiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
    fiscalYear: z.coerce.number().int().min(2000).max(2100).optional().describe('Only outcomes of this fiscal year'),
    integratedProject: z.string().max(40).optional().describe('Integrated project code; empty for その他 (no placement)'),
    diseaseArea: z.string().max(40).optional().describe('Disease area code; empty for projects without one'),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .refine((q) => q.period !== undefined || q.throughFiscalYear !== undefined, {
    message: 'give period or throughFiscalYear',
    path: ['period'],
  });

export const KpiDrilldown = z.object({
  indicator: z.string(),
  periodId: Count,
  fromFiscalYear: Count,
  throughFiscalYear: Count,
  total: Count.describe('Equals the KPI number for the same filter'),
  page: Count,
  pageSize: Count,
  byIntegratedProject: z.array(Named.extend({ count: Count })),
  byDiseaseArea: z.array(Named.extend({ count: Count })).describe('A project in two areas counts in both'),
  items: z.array(
    z.object({
      id: Count,
      kind: z.string(),
      fiscalYear: Count,
      occurredOn: z.string().nullable(),
      titleJa: z.string(),
      titleEn: z.string(),
      details: z.record(z.string(), z.unknown()),
      status: z.string(),
      project: z
        .object({ id: Count, grantNumber: z.string(), titleJa: z.string(), titleEn: z.string() })
        .nullable()
        .describe('null for a non-public project'),
      integratedProject: Named.nullable(),
    }),
  ),
});
export type KpiDrilldown = z.infer<typeof KpiDrilldown>;
