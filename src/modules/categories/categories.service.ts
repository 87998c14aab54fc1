import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { categoryOverrides, diseaseAreas, projectCategories } from '../../db/schema.ts';
import { queryRows, toNumber } from '../../db/sql.ts';
import { ForbiddenError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type Actor, hasRole, scopeIds } from '../auth/actor.ts';
import type { JobContext, JobQueue } from '../jobs/jobs.service.ts';
import type { ProjectsService } from '../projects/projects.service.ts';
import { type Assignment, categorise, evaluate, type ProjectText } from './categories.match.ts';
import { AREA_CODES, CATEGORIES } from './categories.terms.ts';

export const CATEGORISE_JOB = 'categories.run';
const BATCH = 1000;

/**
 * Disease categorisation of every project by term definitions; curators override per project
 * (kept across re-runs); precision and recall against the labelled disease areas.
 */
export function createCategoriesService(deps: { db: Db; projects: ProjectsService }) {
  const { db, projects } = deps;

  /** Effective assignments: the categoriser's, minus exclusions, plus inclusions (latest override wins). */
  const effective = sql`
    with o as (select distinct on (project_id, scheme, code) project_id, scheme, code, action from category_overrides
               order by project_id, scheme, code, id desc)
    select pc.project_id, pc.scheme, pc.code from project_categories pc
      left join o on o.project_id = pc.project_id and o.scheme = pc.scheme and o.code = pc.code
      where o.action is distinct from 'exclude'
    union
    select project_id, scheme, code from o where action = 'include'`;

  /**
   * Admin and staff curate any project. A DC curates the projects of their disease area (labelled
   * with it, or assigned it by the categoriser), and may include or exclude their own area on any
   * project they can read; never another area's projects.
   */
  async function assertCurator(
    projectId: number,
    labelled: number[],
    body: { scheme: 'area' | 'category'; code: string },
    actor: Actor,
  ): Promise<void> {
    if (hasRole(actor, 'admin', 'staff')) return;
    const areas = scopeIds(actor, 'dc');
    if (labelled.some((id) => areas.includes(id))) return;
    const codes = areas.length
      ? (await db.select({ code: diseaseAreas.code }).from(diseaseAreas).where(inArray(diseaseAreas.id, areas))).map((r) => r.code)
      : [];
    if (body.scheme === 'area' && codes.includes(body.code)) return;
    const assigned = codes.length
      ? await db
          .select({ code: projectCategories.code })
          .from(projectCategories)
          .where(
            and(eq(projectCategories.projectId, projectId), eq(projectCategories.scheme, 'area'), inArray(projectCategories.code, codes)),
          )
          .limit(1)
      : [];
    if (assigned.length) return;
    throw new ForbiddenError({
      ja: 'この課題はあなたの疾患領域に属していないため、分類を変更できません。',
      en: 'This project is not in your disease area, so you cannot change its categories.',
    });
  }

  const service = {
    definitions() {
      const areas = Object.entries(AREA_CODES).flatMap(([period, m]) =>
        Object.entries(m).map(([key, code]) => ({ period: Number(period), key, code })),
      );
      return { categories: CATEGORIES.map((c) => ({ ...c, rcdc: c.rcdc ?? null })), areas };
    },

    /** The job: categorise every project in batches and replace the categoriser's rows (overrides stay). */
    async run(ctx?: JobContext) {
      const [{ n } = { n: 0 }] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from projects`);
      const total = toNumber(n);
      let done = 0;
      let assigned = 0;
      let last = 0;
      await db.delete(projectCategories);
      for (;;) {
        const batch = await queryRows<ProjectText>(
          db,
          sql`select p.id, fy.period_id as "periodId", p.title_ja as "titleJa", p.title_en as "titleEn", p.abstract_ja as "abstractJa", p.abstract_en as "abstractEn"
              from projects p join fiscal_years fy on fy.fiscal_year = p.start_fiscal_year where p.id > ${last} order by p.id limit ${BATCH}`,
        );
        if (!batch.length) break;
        const rows: Assignment[] = batch.flatMap((p) => categorise({ ...p, periodId: toNumber(p.periodId) }));
        if (rows.length) await db.insert(projectCategories).values(rows);
        assigned += rows.length;
        done += batch.length;
        last = batch.at(-1)!.id;
        await ctx?.progress(done / Math.max(1, total), { ja: `${done}件の課題を分類しました`, en: `${done} projects categorised` });
      }
      return { projects: done, assignments: assigned, evaluation: await service.evaluation() };
    },

    async registerJobs(jobs: JobQueue) {
      await jobs.register(CATEGORISE_JOB, (_p, ctx) => service.run(ctx), { retryLimit: 0 });
    },
    async requestRun(actor: Actor, jobs: JobQueue) {
      return { jobId: await jobs.enqueue(CATEGORISE_JOB, {}, { createdBy: actor.userId, singletonKey: CATEGORISE_JOB }) };
    },

    /** Precision and recall of the assigned disease areas against the labelled ones (project_disease_areas). */
    async evaluation() {
      const pred = await queryRows<{ project_id: number; code: string }>(
        db,
        sql`select e.project_id, e.code from (${effective}) e where e.scheme = 'area'`,
      );
      const gold = await queryRows<{ project_id: number; code: string }>(
        db,
        sql`select pa.project_id, a.code from project_disease_areas pa join disease_areas a on a.id = pa.disease_area_id`,
      );
      const group = (rows: { project_id: number; code: string }[]) => {
        const m = new Map<number, Set<string>>();
        for (const r of rows) m.set(r.project_id, (m.get(r.project_id) ?? new Set()).add(r.code));
        return m;
      };
      const [{ n } = { n: 0 }] = await queryRows<{ n: unknown }>(db, sql`select count(distinct project_id) as n from project_categories`);
      return { categorisedProjects: toNumber(n), ...evaluate(group(pred), group(gold)) };
    },

    /** A project's categories with the terms that matched and the overrides kept for it. */
    async forProject(projectId: number, actor: Actor) {
      await projects.get(projectId, actor); // 404 when invisible
      const auto = await db.select().from(projectCategories).where(eq(projectCategories.projectId, projectId));
      const overrides = await db
        .select()
        .from(categoryOverrides)
        .where(eq(categoryOverrides.projectId, projectId))
        .orderBy(desc(categoryOverrides.id));
      const eff = await queryRows<{ scheme: string; code: string }>(
        db,
        sql`select scheme, code from (${effective}) e where e.project_id = ${projectId}`,
      );
      const name = (scheme: string, code: string) => (scheme === 'category' ? CATEGORIES.find((c) => c.code === code) : undefined);
      return {
        projectId,
        assigned: eff.map((e) => {
          const a = auto.find((x) => x.scheme === e.scheme && x.code === e.code);
          const n = name(e.scheme, e.code);
          return {
            scheme: e.scheme,
            code: e.code,
            nameJa: n?.nameJa ?? e.code,
            nameEn: n?.nameEn ?? e.code,
            matches: a?.matches ?? [],
            score: a?.score ?? 0,
            overridden: !a,
          };
        }),
        excluded: auto
          .filter((a) => !eff.some((e) => e.scheme === a.scheme && e.code === a.code))
          .map((a) => ({ scheme: a.scheme, code: a.code, matches: a.matches })),
        overrides: overrides.map((o) => ({
          id: o.id,
          scheme: o.scheme,
          code: o.code,
          action: o.action,
          reason: o.reason,
          createdBy: o.createdBy,
          createdAt: o.createdAt.toISOString(),
        })),
      };
    },

    async override(
      projectId: number,
      body: { scheme: 'area' | 'category'; code: string; action: 'include' | 'exclude'; reason: string },
      actor: Actor,
    ) {
      const project = await projects.get(projectId, actor);
      await assertCurator(
        projectId,
        project.diseaseAreas.map((a) => a.id),
        body,
        actor,
      );
      const known =
        body.scheme === 'category'
          ? CATEGORIES.some((c) => c.code === body.code)
          : Object.values(AREA_CODES).some((m) => Object.values(m).includes(body.code));
      if (!known)
        throw new ValidationError({ ja: '分類コードが不明です。', en: 'Unknown category code.' }, [{ path: 'code', message: 'unknown' }]);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(categoryOverrides)
          .values({ projectId, ...body, createdBy: actor.userId })
          .returning();
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'category.override',
          entityType: 'project',
          entityId: projectId,
          after: row,
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
      return service.forProject(projectId, actor);
    },

    /** Data Book source: projects and money of a fiscal year by finer category. */
    async totals(fy: number) {
      const rows = await queryRows<{ code: string; projects: unknown; yen: unknown }>(
        db,
        sql`with f as (select b.project_id, sum(b.amount_yen)::float8 as yen from project_budgets b join projects p on p.id = b.project_id
                       where b.fiscal_year = ${fy} and b.fiscal_year between p.start_fiscal_year and p.end_fiscal_year group by b.project_id)
            select e.code, count(*) as projects, sum(f.yen) as yen from f join (${effective}) e on e.project_id = f.project_id and e.scheme = 'category'
            group by e.code`,
      );
      return CATEGORIES.map((c) => {
        const r = rows.find((x) => x.code === c.code);
        return { code: c.code, nameJa: c.nameJa, nameEn: c.nameEn, projects: toNumber(r?.projects), yen: toNumber(r?.yen) };
      }).filter((r) => r.projects > 0);
    },
  };
  return service;
}
export type CategoriesService = ReturnType<typeof createCategoriesService>;
