import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  diseaseAreas,
  institutions,
  integratedProjects,
  outcomes,
  programs,
  projectBudgets,
  projectDiseaseAreas,
  projectLinks,
  projectMembers,
  projects,
  researchers,
} from '../../db/schema.ts';
import { queryRows, toNumber } from '../../db/sql.ts';
import { fiscalYearOf } from '../../lib/fiscal-year.ts';
import type { SearchTerm } from '../../lib/text-search.ts';
import type { ProjectListQuery } from './projects.schemas.ts';
import { relevanceOf, searchCondition } from './projects.search.ts';
import { GENERIC_STAGES, type GenericStage, stagesOfGeneric } from './stages.ts';

/** Which projects a caller may see: everything, or public ones plus those they work on. */
export type Visibility = { kind: 'all' } | { kind: 'public-or-member'; researcherId: number | null };

export type ProjectRow = typeof projects.$inferSelect;

export function visibilityCondition(v: Visibility): SQL {
  if (v.kind === 'all') return sql`true`;
  if (v.researcherId === null) return sql`p.is_public`;
  return sql`(p.is_public or exists (select 1 from project_members m where m.project_id = p.id and m.researcher_id = ${v.researcherId}))`;
}

/** Projects of programs placed in the integrated project, that ran during its period. */
const inIntegratedProject = (ipId: number) => sql`exists (
  select 1 from program_placements pp join plan_periods per on per.id = pp.period_id
  where pp.program_id = p.program_id and pp.integrated_project_id = ${ipId}
    and p.start_fiscal_year <= per.end_fiscal_year and p.end_fiscal_year >= per.start_fiscal_year)`;

/** The filters of the list; `terms` is the parsed `q` (parseSearch). */
export function whereOf(
  q: Omit<ProjectListQuery, 'page' | 'pageSize' | 'order'>,
  v: Visibility,
  memberId: number | null,
  terms: SearchTerm[],
): SQL {
  const parts: SQL[] = [visibilityCondition(v)];
  if (q.mine) {
    parts.push(
      memberId === null
        ? sql`false`
        : sql`exists (select 1 from project_members m where m.project_id = p.id and m.researcher_id = ${memberId})`,
    );
  }
  if (q.fiscalYear) parts.push(sql`p.start_fiscal_year <= ${q.fiscalYear} and p.end_fiscal_year >= ${q.fiscalYear}`);
  if (q.integratedProject) parts.push(inIntegratedProject(q.integratedProject));
  if (q.program) parts.push(sql`p.program_id = ${q.program}`);
  if (q.institution) parts.push(sql`p.institution_id = ${q.institution}`);
  if (q.modality) parts.push(sql`p.modality = ${q.modality}`);
  if (q.status) parts.push(sql`p.status = ${q.status}`);
  if (q.diseaseArea)
    parts.push(sql`exists (select 1 from project_disease_areas d where d.project_id = p.id and d.disease_area_id = ${q.diseaseArea})`);
  if (q.stage) {
    const codes = (GENERIC_STAGES as readonly string[]).includes(q.stage) ? stagesOfGeneric(q.stage as GenericStage) : [q.stage];
    parts.push(
      sql`p.stage in (${sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )})`,
    );
  }
  const search = searchCondition(terms);
  if (q.q && !search) parts.push(sql`false`);
  if (search) parts.push(search);
  return sql.join(parts, sql` and `);
}

const budgetOf = (fy: number | undefined) =>
  fy
    ? sql`(select coalesce(sum(b.amount_yen), 0) from project_budgets b where b.project_id = p.id and b.fiscal_year = ${fy})`
    : sql`(select coalesce(sum(b.amount_yen), 0) from project_budgets b where b.project_id = p.id)`;

export type ListRow = {
  id: number;
  grantNumber: string;
  titleJa: string;
  titleEn: string;
  piId: number;
  piFamilyJa: string;
  piGivenJa: string;
  piFamilyEn: string;
  piGivenEn: string;
  institutionId: number;
  institutionJa: string;
  institutionEn: string;
  programId: number;
  programJa: string;
  programEn: string;
  integratedProjectId: number | null;
  startFiscalYear: number;
  endFiscalYear: number;
  modality: string;
  stage: string;
  status: string;
  budgetYen: unknown;
};

/**
 * The columns of a list row. The integrated project shown is the program's placement in the
 * selected fiscal year's period, or else in the period of the project's latest (or current) year.
 */
export function listSelect(fy: number | undefined, extra: SQL = sql``): SQL {
  const placementYear = fy ?? sql`least(p.end_fiscal_year, greatest(p.start_fiscal_year, ${fiscalYearOf(new Date())}))`;
  return sql`select p.id, p.grant_number as "grantNumber", p.title_ja as "titleJa", p.title_en as "titleEn",
      r.id as "piId", r.family_name_ja as "piFamilyJa", r.given_name_ja as "piGivenJa",
      r.family_name_en as "piFamilyEn", r.given_name_en as "piGivenEn",
      i.id as "institutionId", i.name_ja as "institutionJa", i.name_en as "institutionEn",
      g.id as "programId", g.name_ja as "programJa", g.name_en as "programEn",
      (select pp.integrated_project_id from program_placements pp join fiscal_years f on f.period_id = pp.period_id
         where pp.program_id = p.program_id and f.fiscal_year = ${placementYear} limit 1) as "integratedProjectId",
      p.start_fiscal_year as "startFiscalYear", p.end_fiscal_year as "endFiscalYear",
      p.modality, p.stage, p.status, ${budgetOf(fy)} as "budgetYen" ${extra}
    from projects p
    join researchers r on r.id = p.pi_researcher_id
    join institutions i on i.id = p.institution_id
    join programs g on g.id = p.program_id`;
}

export function createProjectsRepository(db: Db) {
  return {
    /** `memberId`: the caller's researcher record, for the `mine` filter. */
    /** `terms`: the parsed `q`; answers the sort applied (relevance only when there are terms). */
    async list(q: ProjectListQuery, v: Visibility, locale: 'ja' | 'en', memberId: number | null, terms: SearchTerm[]) {
      const where = whereOf(q, v, memberId, terms);
      const dir = q.order === 'desc' ? sql`desc` : sql`asc`;
      const requested = q.sort ?? (terms.length ? 'relevance' : 'grantNumber');
      const sort = requested === 'relevance' && terms.length === 0 ? 'grantNumber' : requested;
      const orderBy = {
        relevance: sql`${relevanceOf(terms)} ${q.order === 'asc' && q.sort ? sql`asc` : sql`desc`}, p.grant_number`,
        grantNumber: sql`p.grant_number ${dir}`,
        title: locale === 'ja' ? sql`p.title_ja ${dir}, p.id` : sql`p.title_en ${dir}, p.id`,
        startFiscalYear: sql`p.start_fiscal_year ${dir}, p.grant_number`,
        budget: sql`"budgetYen" ${dir}, p.grant_number`,
      }[sort];
      const [countRow] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from projects p where ${where}`);
      const rows = await queryRows<ListRow>(
        db,
        sql`${listSelect(q.fiscalYear)} where ${where} order by ${orderBy} limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
      );
      return { total: toNumber(countRow?.n), rows, sort };
    },

    /** The list row of one project (all-years budget). */
    async listRowOf(id: number) {
      const [row] = await queryRows<ListRow>(db, sql`${listSelect(undefined)} where p.id = ${id}`);
      return row ?? null;
    },

    async findById(id: number, trx: Db = db) {
      const [row] = await trx.select().from(projects).where(eq(projects.id, id)).limit(1);
      return row ?? null;
    },

    async isVisible(id: number, v: Visibility, trx: Db = db) {
      const rows = await queryRows<{ id: number }>(trx, sql`select p.id from projects p where p.id = ${id} and ${visibilityCondition(v)}`);
      return rows.length > 0;
    },

    integratedProjectNames: () =>
      db
        .select({ id: integratedProjects.id, nameJa: integratedProjects.nameJa, nameEn: integratedProjects.nameEn })
        .from(integratedProjects),

    diseaseAreasOf: (id: number) =>
      db
        .select({ id: diseaseAreas.id, nameJa: diseaseAreas.nameJa, nameEn: diseaseAreas.nameEn })
        .from(projectDiseaseAreas)
        .innerJoin(diseaseAreas, eq(diseaseAreas.id, projectDiseaseAreas.diseaseAreaId))
        .where(eq(projectDiseaseAreas.projectId, id))
        .orderBy(diseaseAreas.ordinal),

    membersOf: (id: number) =>
      db
        .select({
          researcherId: researchers.id,
          familyJa: researchers.familyNameJa,
          givenJa: researchers.givenNameJa,
          familyEn: researchers.familyNameEn,
          givenEn: researchers.givenNameEn,
          role: projectMembers.role,
          effortPercent: projectMembers.effortPercent,
          institutionId: institutions.id,
          institutionJa: institutions.nameJa,
          institutionEn: institutions.nameEn,
        })
        .from(projectMembers)
        .innerJoin(researchers, eq(researchers.id, projectMembers.researcherId))
        .innerJoin(institutions, eq(institutions.id, researchers.institutionId))
        .where(eq(projectMembers.projectId, id))
        .orderBy(sql`${projectMembers.role} = 'pi' desc`, researchers.id),

    budgetsOf: (id: number, trx: Db = db) =>
      trx
        .select({ fiscalYear: projectBudgets.fiscalYear, source: projectBudgets.source, amountYen: projectBudgets.amountYen })
        .from(projectBudgets)
        .where(eq(projectBudgets.projectId, id))
        .orderBy(projectBudgets.fiscalYear, projectBudgets.source),

    outcomesOf: (id: number) =>
      db
        .select({
          id: outcomes.id,
          kind: outcomes.kind,
          fiscalYear: outcomes.fiscalYear,
          occurredOn: outcomes.occurredOn,
          titleJa: outcomes.titleJa,
          titleEn: outcomes.titleEn,
          details: outcomes.details,
        })
        .from(outcomes)
        .where(eq(outcomes.projectId, id))
        .orderBy(outcomes.fiscalYear, outcomes.id),

    /** Links touching any of the given projects. */
    linksTouching: (ids: number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .select()
            .from(projectLinks)
            .where(or(inArray(projectLinks.predecessorId, ids), inArray(projectLinks.successorId, ids))),

    lineageNodes: (ids: number[]) =>
      db
        .select({
          id: projects.id,
          grantNumber: projects.grantNumber,
          titleJa: projects.titleJa,
          titleEn: projects.titleEn,
          startFiscalYear: projects.startFiscalYear,
          endFiscalYear: projects.endFiscalYear,
          programId: programs.id,
          programJa: programs.nameJa,
          programEn: programs.nameEn,
        })
        .from(projects)
        .innerJoin(programs, eq(programs.id, projects.programId))
        .where(inArray(projects.id, ids))
        .orderBy(projects.startFiscalYear, projects.id),

    /** Integrated projects the program has been placed in (any period), for PD scope checks. */
    async integratedProjectsOfProgram(programId: number, trx: Db = db) {
      const rows = await queryRows<{ id: number }>(
        trx,
        sql`select integrated_project_id as id from program_placements where program_id = ${programId}`,
      );
      return rows.map((r) => r.id);
    },

    /** Optimistic update: applies only if the stored version is `version`; returns the new row or null. */
    async updateIfVersion(id: number, version: number, changes: Partial<typeof projects.$inferInsert>, trx: Db = db) {
      const [row] = await trx
        .update(projects)
        .set({ ...changes, version: sql`${projects.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(projects.id, id), eq(projects.version, version)))
        .returning();
      return row ?? null;
    },

    /** A new project with its team and budget lines, in the caller's transaction. */
    async insertWithTeamAndBudgets(
      row: typeof projects.$inferInsert,
      members: { researcherId: number; role: string; effortPercent: number }[],
      budgets: { fiscalYear: number; source: string; amountYen: number }[],
      trx: Db = db,
    ) {
      const [project] = await trx.insert(projects).values(row).returning();
      if (!project) throw new Error('insert returned nothing');
      await trx.insert(projectMembers).values(members.map((m) => ({ ...m, projectId: project.id })));
      if (budgets.length) await trx.insert(projectBudgets).values(budgets.map((b) => ({ ...b, projectId: project.id })));
      return project;
    },

    /** Active projects running in the fiscal year that these researchers work on, with effort and that year's money. */
    commitmentsOf: (researcherIds: number[], fiscalYear: number, trx: Db = db) =>
      researcherIds.length === 0
        ? Promise.resolve([])
        : queryRows<{
            researcherId: number;
            role: string;
            effortPercent: number;
            projectId: number;
            grantNumber: string;
            titleJa: string;
            titleEn: string;
            abstractJa: string;
            abstractEn: string;
            budgetYen: unknown;
          }>(
            trx,
            sql`select m.researcher_id as "researcherId", m.role, m.effort_percent as "effortPercent", p.id as "projectId",
                  p.grant_number as "grantNumber", p.title_ja as "titleJa", p.title_en as "titleEn",
                  p.abstract_ja as "abstractJa", p.abstract_en as "abstractEn",
                  (select coalesce(sum(b.amount_yen), 0) from project_budgets b where b.project_id = p.id and b.fiscal_year = ${fiscalYear}) as "budgetYen"
                from project_members m join projects p on p.id = m.project_id
                where m.researcher_id in (${sql.join(
                  researcherIds.map((id) => sql`${id}`),
                  sql`, `,
                )}) and p.status = 'active' and p.start_fiscal_year <= ${fiscalYear} and p.end_fiscal_year >= ${fiscalYear}
                order by p.grant_number`,
          ),

    /** Replaces a project's budget lines (inside the caller's transaction). */
    async replaceBudgets(id: number, lines: { fiscalYear: number; source: string; amountYen: number }[], trx: Db) {
      await trx.delete(projectBudgets).where(eq(projectBudgets.projectId, id));
      if (lines.length) await trx.insert(projectBudgets).values(lines.map((l) => ({ ...l, projectId: id })));
    },

    /** The latest fiscal year that has money, not after `notAfter`. */
    async latestFundedFiscalYear(notAfter: number): Promise<number | null> {
      const [row] = await queryRows<{ fy: number | null }>(
        db,
        sql`select max(fiscal_year) as fy from project_budgets where fiscal_year <= ${notAfter}`,
      );
      return row?.fy ?? null;
    },

    /**
     * The totals of one fiscal year, counted over the rows the project list shows the same caller
     * (whereOf and visibilityCondition: one predicate, so a total never counts what the list hides).
     */
    async overview(fy: number, v: Visibility) {
      const running = whereOf({ fiscalYear: fy }, v, null, []);
      const [counts] = await queryRows<{ total: unknown; fresh: unknown }>(
        db,
        sql`select count(*) as total, count(*) filter (where p.start_fiscal_year = ${fy}) as fresh
            from projects p where ${running}`,
      );
      const bySource = await queryRows<{ source: string; amount: unknown }>(
        db,
        sql`select b.source, sum(b.amount_yen) as amount from project_budgets b join projects p on p.id = b.project_id
            where b.fiscal_year = ${fy} and ${visibilityCondition(v)} group by b.source`,
      );
      const byIp = await queryRows<{ id: number; nameJa: string; nameEn: string; n: unknown; amount: unknown }>(
        db,
        sql`select ip.id, ip.name_ja as "nameJa", ip.name_en as "nameEn", count(distinct p.id) as n,
              coalesce(sum(b.amount_yen), 0) as amount
            from fiscal_years f
            join integrated_projects ip on ip.period_id = f.period_id
            left join program_placements pp on pp.integrated_project_id = ip.id and pp.period_id = f.period_id
            left join projects p on p.program_id = pp.program_id and ${running}
            left join project_budgets b on b.project_id = p.id and b.fiscal_year = ${fy}
            where f.fiscal_year = ${fy}
            group by ip.id, ip.name_ja, ip.name_en, ip.ordinal
            order by ip.ordinal`,
      );
      return {
        projectCount: toNumber(counts?.total),
        newProjectCount: toNumber(counts?.fresh),
        bySource: bySource.map((r) => ({ source: r.source, amount: toNumber(r.amount) })),
        byIntegratedProject: byIp.map((r) => ({
          id: r.id,
          nameJa: r.nameJa,
          nameEn: r.nameEn,
          projectCount: toNumber(r.n),
          amountYen: toNumber(r.amount),
        })),
      };
    },
  };
}

export type ProjectsRepository = ReturnType<typeof createProjectsRepository>;

/** Projects of one scope (program, integrated project, disease area, the caller's own, or all visible). */
export type ScopeFilter = Pick<ProjectListQuery, 'program' | 'integratedProject' | 'diseaseArea' | 'mine'>;

/** Counts by status and stage of the projects running in `fy`, and the scope's money in `fy` and the year before. */
export async function scopeSummaryOf(db: Db, filter: ScopeFilter, v: Visibility, memberId: number | null, fy: number) {
  const base = { ...filter, order: 'asc', page: 1, pageSize: 1 } as const;
  const running = whereOf({ ...base, fiscalYear: fy }, v, memberId, []);
  const counts = await queryRows<{ status: string; stage: string; n: unknown; fresh: unknown; ending: unknown }>(
    db,
    sql`select p.status, p.stage, count(*) as n, count(*) filter (where p.start_fiscal_year = ${fy}) as fresh,
          count(*) filter (where p.end_fiscal_year = ${fy} and p.status = 'active') as ending
        from projects p where ${running} group by p.status, p.stage`,
  );
  const [money] = await queryRows<{ current: unknown; previous: unknown }>(
    db,
    sql`select coalesce(sum(b.amount_yen) filter (where b.fiscal_year = ${fy}), 0) as current,
               coalesce(sum(b.amount_yen) filter (where b.fiscal_year = ${fy - 1}), 0) as previous
        from project_budgets b join projects p on p.id = b.project_id
        where b.fiscal_year in (${fy}, ${fy - 1}) and ${whereOf(base, v, memberId, [])}`,
  );
  return {
    counts: counts.map((r) => ({
      status: r.status,
      stage: r.stage,
      n: toNumber(r.n),
      fresh: toNumber(r.fresh),
      ending: toNumber(r.ending),
    })),
    budgetYen: toNumber(money?.current),
    previousBudgetYen: toNumber(money?.previous),
  };
}
