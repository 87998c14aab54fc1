import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows, toNumber } from '../../db/sql.ts';
import { NotFoundError } from '../../errors.ts';
import { createDrilldownRepository, type Indicator } from './outcomes.drilldown.ts';
import type { KpiDrilldown, KpiResponse } from './outcomes.schemas.ts';

export const OUTCOME_KINDS = [
  'paper',
  'patent',
  'nonclinical_poc',
  'licensing',
  'clinical_trial',
  'regulatory_filing',
  'approval',
  'insurance_listing',
  'startup',
  'guideline',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** The agency's outcome indicators for a plan period, counted by the fiscal year of each outcome. */
export function createOutcomesService(deps: { db: Db }) {
  const { db } = deps;
  const drill = createDrilldownRepository(db);
  async function resolvePeriod(q: { period?: number; throughFiscalYear?: number }) {
    const [period] = await queryRows<{ id: number; start: number; end: number }>(
      db,
      q.period !== undefined
        ? sql`select id, start_fiscal_year as start, end_fiscal_year as "end" from plan_periods where id = ${q.period}`
        : sql`select id, start_fiscal_year as start, end_fiscal_year as "end" from plan_periods
              where ${q.throughFiscalYear} between start_fiscal_year and end_fiscal_year`,
    );
    if (!period) throw new NotFoundError({ ja: '中長期目標期間', en: 'Plan period' });
    return {
      id: toNumber(period.id),
      start: toNumber(period.start),
      through: Math.min(q.throughFiscalYear ?? toNumber(period.end), toNumber(period.end)),
    };
  }
  return {
    /**
     * The outcome records behind one KPI number (paged), and the same number broken down by
     * integrated project and by disease area. Fields of non-public projects are withheld.
     */
    async drilldown(q: {
      indicator: Indicator;
      period?: number;
      throughFiscalYear?: number;
      fiscalYear?: number;
      integratedProject?: string;
      diseaseArea?: string;
      page: number;
      pageSize: number;
    }): Promise<KpiDrilldown> {
      const p = await resolvePeriod(q);
      const f = { ...q, periodId: p.id, from: p.start, through: p.through };
      const [{ total, rows }, ips, areas] = await Promise.all([
        drill.records(f, { offset: (q.page - 1) * q.pageSize, limit: q.pageSize }),
        drill.byIntegratedProject(f),
        drill.byDiseaseArea(f),
      ]);
      const group = (r: Record<string, unknown>) => ({
        code: String(r.code),
        nameJa: String(r.name_ja),
        nameEn: String(r.name_en),
        count: toNumber(r.n),
      });
      return {
        indicator: q.indicator,
        periodId: p.id,
        fromFiscalYear: p.start,
        throughFiscalYear: p.through,
        total,
        page: q.page,
        pageSize: q.pageSize,
        byIntegratedProject: ips.map(group),
        byDiseaseArea: areas.map(group),
        items: rows.map((r) => ({
          id: toNumber(r.id),
          kind: String(r.kind),
          fiscalYear: toNumber(r.fiscal_year),
          occurredOn: (r.occurred_on as string | null) ?? null,
          titleJa: String(r.title_ja),
          titleEn: String(r.title_en),
          details: (r.details as Record<string, unknown>) ?? {},
          status: String(r.status),
          project: r.is_public
            ? {
                id: toNumber(r.project_id),
                grantNumber: String(r.grant_number),
                titleJa: String(r.project_title_ja),
                titleEn: String(r.project_title_en),
              }
            : null,
          integratedProject: r.ip_code ? { code: String(r.ip_code), nameJa: String(r.ip_name_ja), nameEn: String(r.ip_name_en) } : null,
        })),
      };
    },

    /** For a period (to its end or `throughFiscalYear`), or for the period of `throughFiscalYear`. */
    async kpis(q: { period?: number; throughFiscalYear?: number }): Promise<KpiResponse> {
      const p = await resolvePeriod(q);
      const period = { start: p.start };
      const periodId = p.id;
      const through = p.through;
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
