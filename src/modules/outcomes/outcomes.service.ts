import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows, toNumber } from '../../db/sql.ts';
import { NotFoundError } from '../../errors.ts';
import type { KpiResponse } from './outcomes.schemas.ts';

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

/** The agency's outcome indicators for a plan period, counted by the fiscal year of each outcome. */
export function createOutcomesService(deps: { db: Db }) {
  const { db } = deps;
  return {
    /** For a period (to its end or `throughFiscalYear`), or for the period of `throughFiscalYear`. */
    async kpis(q: { period?: number; throughFiscalYear?: number }): Promise<KpiResponse> {
      const [period] = await queryRows<{ id: number; start: number; end: number }>(
        db,
        q.period !== undefined
          ? sql`select id, start_fiscal_year as start, end_fiscal_year as "end" from plan_periods where id = ${q.period}`
          : sql`select id, start_fiscal_year as start, end_fiscal_year as "end" from plan_periods
                where ${q.throughFiscalYear} between start_fiscal_year and end_fiscal_year`,
      );
      const throughFiscalYear = q.throughFiscalYear;
      const periodId = period?.id ?? 0;
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
