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
