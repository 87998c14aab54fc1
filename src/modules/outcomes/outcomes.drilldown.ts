import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows, toNumber } from '../../db/sql.ts';

export const INDICATORS = ['approvals', 'licensings', 'nonClinicalPoc', 'topJournalPapers'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** Which outcomes make an indicator (the same rule as the KPI totals). */
export const INDICATOR_WHERE: Record<Indicator, SQL> = {
  approvals: sql`o.kind = 'approval'`,
  licensings: sql`o.kind = 'licensing'`,
  nonClinicalPoc: sql`o.kind = 'nonclinical_poc'`,
  topJournalPapers: sql`o.kind = 'paper' and o.top_journal`,
};

export type DrillFilter = {
  indicator: Indicator;
  from: number;
  through: number;
  periodId: number;
  fiscalYear?: number;
  integratedProject?: string;
  diseaseArea?: string;
};

const joins = (f: DrillFilter) => sql`
  from outcomes o join projects p on p.id = o.project_id
  left join program_placements pl on pl.program_id = p.program_id and pl.period_id = ${f.periodId}
  left join integrated_projects ip on ip.id = pl.integrated_project_id`;
const where = (f: DrillFilter) => sql`
  where ${INDICATOR_WHERE[f.indicator]} and o.fiscal_year between ${f.from} and ${f.through}
    ${f.fiscalYear !== undefined ? sql`and o.fiscal_year = ${f.fiscalYear}` : sql``}
    ${f.integratedProject !== undefined ? sql`and coalesce(ip.code, '') = ${f.integratedProject}` : sql``}
    ${
      f.diseaseArea !== undefined
        ? f.diseaseArea === ''
          ? sql`and not exists (select 1 from project_disease_areas pa where pa.project_id = p.id)`
          : sql`and exists (select 1 from project_disease_areas pa join disease_areas a on a.id = pa.disease_area_id
                 where pa.project_id = p.id and a.code = ${f.diseaseArea})`
        : sql``
    }`;
const base = (f: DrillFilter) => sql`${joins(f)} ${where(f)}`;

/** The outcome records behind a KPI number, with their projects (non-public projects are named as such). */
export function createDrilldownRepository(db: Db) {
  return {
    async records(f: DrillFilter, page: { offset: number; limit: number }) {
      const [count] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n ${base(f)}`);
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select o.id, o.kind, o.fiscal_year, o.occurred_on::text as occurred_on, o.title_ja, o.title_en, o.details, o.status,
              p.id as project_id, p.is_public, p.grant_number, p.title_ja as project_title_ja, p.title_en as project_title_en,
              ip.code as ip_code, ip.name_ja as ip_name_ja, ip.name_en as ip_name_en
            ${base(f)} order by o.fiscal_year, o.id limit ${page.limit} offset ${page.offset}`,
      );
      return { total: toNumber(count?.n), rows };
    },

    async byIntegratedProject(f: DrillFilter) {
      return queryRows<Record<string, unknown>>(
        db,
        sql`select coalesce(ip.code, '') as code, coalesce(ip.name_ja, 'その他') as name_ja, coalesce(ip.name_en, 'Other') as name_en,
              count(*) as n ${base(f)} group by ip.code, ip.name_ja, ip.name_en, ip.ordinal order by ip.ordinal nulls last`,
      );
    },

    async byDiseaseArea(f: DrillFilter) {
      return queryRows<Record<string, unknown>>(
        db,
        sql`select coalesce(a.code, '') as code, coalesce(a.name_ja, '疾患領域なし') as name_ja, coalesce(a.name_en, 'No disease area') as name_en,
              count(*) as n
            ${joins(f)}
            left join project_disease_areas pa on pa.project_id = p.id
            left join disease_areas a on a.id = pa.disease_area_id
            ${where(f)}
            group by a.code, a.name_ja, a.name_en, a.period_id, a.ordinal order by a.period_id nulls last, a.ordinal`,
      );
    },
  };
}
