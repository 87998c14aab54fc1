import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows, toNumber } from '../../db/sql.ts';

/**
 * The Data Book's read model: aggregate queries over projects, budgets and the catalog. A
 * project counts in a fiscal year when it has money that year within its own years (the
 * agency's "課題数"); it is new when it starts that year, continuing otherwise.
 */
export type Num = Record<string, number | string>;

const funded = (fy: number) => sql`
  select b.project_id, sum(b.amount_yen)::float8 as yen, p.start_fiscal_year = ${fy} as is_new, p.program_id
  from project_budgets b join projects p on p.id = b.project_id
  where b.fiscal_year = ${fy} and b.fiscal_year between p.start_fiscal_year and p.end_fiscal_year
  group by b.project_id, p.start_fiscal_year, p.program_id`;

function numbers(rows: Record<string, unknown>[], text: string[] = []): Num[] {
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, text.includes(k) ? String(v ?? '') : toNumber(v)])));
}

export function createDatabookRepository(db: Db) {
  return {
    async fiscalYearExists(fy: number): Promise<{ periodId: number } | null> {
      const [r] = await queryRows<{ period_id: number }>(db, sql`select period_id from fiscal_years where fiscal_year = ${fy}`);
      return r ? { periodId: toNumber(r.period_id) } : null;
    },

    async firstYearWithMoney(): Promise<number | null> {
      const [r] = await queryRows<{ fy: unknown }>(db, sql`select min(fiscal_year) as fy from project_budgets`);
      return r?.fy == null ? null : toNumber(r.fy);
    },

    async projectsByYear(from: number, through: number): Promise<Num[]> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`with f as (
              select b.project_id, b.fiscal_year, sum(b.amount_yen)::float8 as yen, p.start_fiscal_year = b.fiscal_year as is_new
              from project_budgets b join projects p on p.id = b.project_id
              where b.fiscal_year between ${from} and ${through} and b.fiscal_year between p.start_fiscal_year and p.end_fiscal_year
              group by b.project_id, b.fiscal_year, p.start_fiscal_year)
            select fiscal_year as "fiscalYear", count(*) as projects, count(*) filter (where is_new) as "newProjects",
              count(*) filter (where not is_new) as "continuingProjects",
              coalesce(sum(yen) filter (where is_new), 0) as "newYen", coalesce(sum(yen) filter (where not is_new), 0) as "continuingYen",
              sum(yen) as "totalYen"
            from f group by fiscal_year order by fiscal_year`,
      );
      return numbers(rows);
    },

    /** Projects of the year by the size of their award that year (yen bounds, lower inclusive). */
    async awardDistribution(fy: number, bounds: number[]): Promise<Num[]> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`with f as (${funded(fy)})
            select width_bucket(yen, ${sql.raw(`array[${bounds.join(',')}]::float8[]`)}) + 1 as bin, count(*) as projects, sum(yen) as yen
            from f group by 1 order by 1`,
      );
      return numbers(rows);
    },

    async byIntegratedProject(fy: number, periodId: number): Promise<Num[]> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`with f as (${funded(fy)})
            select coalesce(ip.code, '') as code, coalesce(ip.name_ja, 'その他') as "nameJa", coalesce(ip.name_en, 'Other') as "nameEn",
              coalesce(min(ip.ordinal), 99) as ordinal, count(*) as projects, count(*) filter (where f.is_new) as "newProjects", sum(f.yen) as yen
            from f left join program_placements pl on pl.program_id = f.program_id and pl.period_id = ${periodId}
              left join integrated_projects ip on ip.id = pl.integrated_project_id
            group by ip.code, ip.name_ja, ip.name_en order by ordinal`,
      );
      return numbers(rows, ['code', 'nameJa', 'nameEn']);
    },

    /** By labelled disease area (a project may count in two areas; 'none' holds the rest). */
    async byDiseaseArea(fy: number): Promise<Num[]> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`with f as (${funded(fy)})
            select coalesce(a.name_ja, '疾患領域なし') as "nameJa", coalesce(a.name_en, 'No disease area') as "nameEn",
              count(*) as projects, sum(f.yen) as yen, coalesce(min(a.ordinal), 99) as ordinal
            from f left join project_disease_areas pa on pa.project_id = f.project_id
              left join disease_areas a on a.id = pa.disease_area_id
            group by a.name_ja, a.name_en order by ordinal, "nameJa"`,
      );
      return numbers(rows, ['nameJa', 'nameEn']);
    },

    async byMinistry(fy: number): Promise<Num[]> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`with f as (${funded(fy)})
            select m.code, m.name_ja as "nameJa", m.name_en as "nameEn", count(*) as projects, sum(f.yen) as yen
            from f join programs g on g.id = f.program_id join ministries m on m.id = g.ministry_id
            group by m.code, m.name_ja, m.name_en order by yen desc`,
      );
      return numbers(rows, ['code', 'nameJa', 'nameEn']);
    },

    async byDepartment(fy: number): Promise<Num[]> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`with f as (${funded(fy)})
            select d.code, d.name_ja as "nameJa", d.name_en as "nameEn", count(*) as projects, sum(f.yen) as yen
            from f join programs g on g.id = f.program_id join departments d on d.id = g.department_id
            group by d.code, d.name_ja, d.name_en order by yen desc`,
      );
      return numbers(rows, ['code', 'nameJa', 'nameEn']);
    },

    async budgetBySource(from: number, through: number): Promise<Num[]> {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select fiscal_year as "fiscalYear",
              coalesce(sum(amount_yen) filter (where source = 'initial'), 0)::float8 as initial,
              coalesce(sum(amount_yen) filter (where source = 'supplementary'), 0)::float8 as supplementary,
              coalesce(sum(amount_yen) filter (where source = 'adjustment'), 0)::float8 as adjustment,
              coalesce(sum(amount_yen) filter (where source = 'operating_grant'), 0)::float8 as "operatingGrant",
              sum(amount_yen)::float8 as total
            from project_budgets where fiscal_year between ${from} and ${through} group by fiscal_year order by fiscal_year`,
      );
      return numbers(rows);
    },
  };
}
export type DatabookRepository = ReturnType<typeof createDatabookRepository>;
