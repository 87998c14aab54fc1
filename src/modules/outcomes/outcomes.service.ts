import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows, toNumber } from '../../db/sql.ts';
import { NotFoundError } from '../../errors.ts';

export const OUTCOME_KINDS = [
  'paper',
  'patent',
  'nonclinical_poc',
  'licensing',
  'clinical_trial',
  'approval',
  'insurance_listing',
  'startup',
  'guideline',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export type KpiTotals = {
  periodId: number;
  fromFiscalYear: number;
  throughFiscalYear: number;
  approvals: number;
  licensings: number;
  nonClinicalPoc: number;
  topJournalPapers: number;
  clinicalTrials: number;
  insuranceListings: number;
  byFiscalYear: { fiscalYear: number; approvals: number; licensings: number; nonClinicalPoc: number; topJournalPapers: number }[];
};

/** The agency's outcome indicators for a plan period, counted by the fiscal year of each outcome. */
export function createOutcomesService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async kpis(periodId: number, throughFiscalYear?: number): Promise<KpiTotals> {
      const [period] = await queryRows<{ start: number; end: number }>(
        db,
        sql`select start_fiscal_year as start, end_fiscal_year as "end" from plan_periods where id = ${periodId}`,
      );
      if (!period) throw new NotFoundError({ ja: '中長期目標期間', en: 'Plan period' });
      const through = Math.min(throughFiscalYear ?? period.end, period.end);
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select fiscal_year as "fiscalYear",
              count(*) filter (where kind = 'approval') as approvals,
              count(*) filter (where kind = 'licensing') as licensings,
              count(*) filter (where kind = 'nonclinical_poc') as "nonClinicalPoc",
              count(*) filter (where kind = 'paper' and top_journal) as "topJournalPapers",
              count(*) filter (where kind = 'clinical_trial') as "clinicalTrials",
              count(*) filter (where kind = 'insurance_listing') as "insuranceListings"
            from outcomes
            where fiscal_year between ${period.start} and ${through}
            group by fiscal_year order by fiscal_year`,
      );
      const years = rows.map((r) => ({
        fiscalYear: toNumber(r.fiscalYear),
        approvals: toNumber(r.approvals),
        licensings: toNumber(r.licensings),
        nonClinicalPoc: toNumber(r.nonClinicalPoc),
        topJournalPapers: toNumber(r.topJournalPapers),
        clinicalTrials: toNumber(r.clinicalTrials),
        insuranceListings: toNumber(r.insuranceListings),
      }));
      const sum = (k: keyof (typeof years)[number]) => years.reduce((a, y) => a + y[k], 0);
      return {
        periodId,
        fromFiscalYear: period.start,
        throughFiscalYear: through,
        approvals: sum('approvals'),
        licensings: sum('licensings'),
        nonClinicalPoc: sum('nonClinicalPoc'),
        topJournalPapers: sum('topJournalPapers'),
        clinicalTrials: sum('clinicalTrials'),
        insuranceListings: sum('insuranceListings'),
        byFiscalYear: years.map(({ fiscalYear, approvals, licensings, nonClinicalPoc, topJournalPapers }) => ({
          fiscalYear,
          approvals,
          licensings,
          nonClinicalPoc,
          topJournalPapers,
        })),
      };
    },
  };
}

export type OutcomesService = ReturnType<typeof createOutcomesService>;
