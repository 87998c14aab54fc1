import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows, toNumber } from '../../db/sql.ts';

export type Filters = { integratedProjectId?: number; diseaseAreaId?: number; programId?: number };
export type StageRow = { integratedProjectId: number; programId: number; stage: string; projects: number; yen: number };
export type MatrixRow = { integratedProjectId: number; diseaseAreaId: number | null; stage: string; projects: number; yen: number };

const ids = (xs: readonly (string | number)[]) => sql.raw(`(${xs.map((x) => `'${String(x).replace(/'/g, "''")}'`).join(',')})`);

/**
 * The portfolio read model: projects active in a fiscal year, placed in the integrated project
 * their program belongs to in that year's plan period, with that year's money. Read-only
 * aggregate SQL over the projects and catalog tables (see docs/adr/007-stage-gates.md).
 */
function activeProjects(fy: number, f: Filters): SQL {
  const where: SQL[] = [sql`p.start_fiscal_year <= ${fy}`, sql`p.end_fiscal_year >= ${fy}`];
  if (f.integratedProjectId) where.push(sql`pp.integrated_project_id = ${f.integratedProjectId}`);
  if (f.programId) where.push(sql`p.program_id = ${f.programId}`);
  if (f.diseaseAreaId)
    where.push(sql`exists (select 1 from project_disease_areas x where x.project_id = p.id and x.disease_area_id = ${f.diseaseAreaId})`);
  // The year's money per project in one grouped scan, hash-joined (not a lookup per project).
  return sql`select p.id, p.program_id, p.stage, pp.integrated_project_id, coalesce(m.yen, 0) as yen
    from projects p
    join program_placements pp on pp.program_id = p.program_id
      and pp.period_id = (select period_id from fiscal_years where fiscal_year = ${fy})
    left join (select project_id, sum(amount_yen) as yen from project_budgets where fiscal_year = ${fy} group by project_id) m
      on m.project_id = p.id
    where ${sql.join(where, sql` and `)}`;
}

export function createPortfolioRepository(db: Db) {
  return {
    async periodOf(fy: number): Promise<number | null> {
      const [row] = await queryRows<{ id: number }>(db, sql`select period_id as id from fiscal_years where fiscal_year = ${fy}`);
      return row?.id ?? null;
    },

    /** Projects and money per integrated project, program and stage rung. */
    async byStage(fy: number, f: Filters): Promise<StageRow[]> {
      const rows = await queryRows<{ ip: number; prog: number; stage: string; n: unknown; yen: unknown }>(
        db,
        sql`select a.integrated_project_id as ip, a.program_id as prog, a.stage, count(*) as n, sum(a.yen) as yen
            from (${activeProjects(fy, f)}) a group by 1, 2, 3`,
      );
      return rows.map((r) => ({
        integratedProjectId: r.ip,
        programId: r.prog,
        stage: r.stage,
        projects: toNumber(r.n),
        yen: toNumber(r.yen),
      }));
    },

    /** Projects and money per integrated project × disease area × stage rung (a project counts in each of its areas). */
    async matrix(fy: number, f: Filters): Promise<MatrixRow[]> {
      const rows = await queryRows<{ ip: number; da: number | null; stage: string; n: unknown; yen: unknown }>(
        db,
        sql`select a.integrated_project_id as ip, d.disease_area_id as da, a.stage, count(*) as n, sum(a.yen) as yen
            from (${activeProjects(fy, f)}) a
            left join project_disease_areas d on d.project_id = a.id
            group by 1, 2, 3`,
      );
      return rows.map((r) => ({
        integratedProjectId: r.ip,
        diseaseAreaId: r.da,
        stage: r.stage,
        projects: toNumber(r.n),
        yen: toNumber(r.yen),
      }));
    },

    /** The projects behind a cell, largest budget first. */
    async projects(fy: number, f: Filters & { stages?: string[]; noDiseaseArea?: boolean }, limit: number) {
      const extra: SQL[] = [sql`true`];
      if (f.stages?.length) extra.push(sql`a.stage in ${ids(f.stages)}`);
      if (f.noDiseaseArea) extra.push(sql`not exists (select 1 from project_disease_areas x where x.project_id = a.id)`);
      const rows = await queryRows<{
        id: number;
        grantNumber: string;
        titleJa: string;
        titleEn: string;
        stage: string;
        modality: string;
        status: string;
        programId: number;
        integratedProjectId: number;
        yen: unknown;
        total: unknown;
      }>(
        db,
        sql`select a.id, p.grant_number as "grantNumber", p.title_ja as "titleJa", p.title_en as "titleEn", a.stage,
              p.modality, p.status, a.program_id as "programId", a.integrated_project_id as "integratedProjectId", a.yen,
              count(*) over () as total
            from (${activeProjects(fy, f)}) a join projects p on p.id = a.id
            where ${sql.join(extra, sql` and `)}
            order by a.yen desc, p.grant_number limit ${limit}`,
      );
      return { total: toNumber(rows[0]?.total), rows: rows.map(({ total: _, ...r }) => ({ ...r, yen: toNumber(r.yen) })) };
    },
  };
}
