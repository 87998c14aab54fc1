import type { Db } from '../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../errors.ts';
import { fiscalYearOf } from '../../lib/fiscal-year.ts';
import { type Actor, isAgencyMember } from '../auth/actor.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import { GENERIC_LADDER, GENERIC_STAGES, type GenericStage, genericStageOf, stagesOfGeneric } from '../projects/stages.ts';
import { createPortfolioRepository, type Filters, type StageRow } from './portfolio.repository.ts';
import type { DiseaseAreaView, DrillDown, DrillQuery, Funnel, IntegratedProjectView, Matrix, PortfolioQuery } from './portfolio.schemas.ts';

const LABELS = GENERIC_LADDER.map((r) => ({ stage: r.generic, labelJa: r.ja, labelEn: r.en }));
const NO_AREA = { id: null, nameJa: '疾患領域なし', nameEn: 'No disease area' };
type Ref = { id: number; nameJa: string; nameEn: string };

function stagesOf(rows: { stage: string; projects: number; yen: number }[]) {
  const acc = new Map<GenericStage, { projects: number; yen: number }>(GENERIC_STAGES.map((s) => [s, { projects: 0, yen: 0 }]));
  for (const r of rows) {
    const a = acc.get(genericStageOf(r.stage))!;
    a.projects += r.projects;
    a.yen += r.yen;
  }
  const stages = LABELS.map((l) => ({ ...l, ...acc.get(l.stage)! }));
  return { stages, total: { projects: stages.reduce((s, x) => s + x.projects, 0), yen: stages.reduce((s, x) => s + x.yen, 0) } };
}

function rowsBy(refs: Ref[], rows: StageRow[], key: (r: StageRow) => number) {
  return refs.map((ref) => ({ ...ref, ...stagesOf(rows.filter((r) => key(r) === ref.id)) }));
}

const pick = (r: { id: number; nameJa: string; nameEn: string }): Ref => ({ id: r.id, nameJa: r.nameJa, nameEn: r.nameEn });

export function createPortfolioService(deps: { db: Db; catalog: CatalogService }) {
  const repo = createPortfolioRepository(deps.db);
  const { catalog } = deps;

  function guard(actor: Actor) {
    if (!isAgencyMember(actor)) throw new ForbiddenError();
  }
  const fyOf = (q: PortfolioQuery) => q.fiscalYear ?? fiscalYearOf(new Date());
  const filtersOf = (q: PortfolioQuery): Filters => ({
    integratedProjectId: q.integratedProject,
    diseaseAreaId: q.diseaseArea,
    programId: q.program,
  });

  async function funnelOf(fy: number, f: Filters): Promise<Funnel> {
    return { fiscalYear: fy, ...stagesOf(await repo.byStage(fy, f)) };
  }

  return {
    async funnel(q: PortfolioQuery, actor: Actor): Promise<Funnel> {
      guard(actor);
      return funnelOf(fyOf(q), filtersOf(q));
    },

    async matrix(q: PortfolioQuery, actor: Actor): Promise<Matrix> {
      guard(actor);
      const fy = fyOf(q);
      const periodId = await repo.periodOf(fy);
      const [rows, ips, areas] = await Promise.all([
        repo.matrix(fy, filtersOf(q)),
        periodId ? catalog.listIntegratedProjects(periodId) : Promise.resolve([]),
        catalog.listDiseaseAreas(),
      ]);
      const cells = new Map<string, Matrix['cells'][number]>();
      for (const r of rows) {
        const stage = genericStageOf(r.stage);
        const k = `${r.integratedProjectId}|${r.diseaseAreaId}|${stage}`;
        const c = cells.get(k) ?? {
          integratedProjectId: r.integratedProjectId,
          diseaseAreaId: r.diseaseAreaId,
          stage,
          projects: 0,
          yen: 0,
        };
        c.projects += r.projects;
        c.yen += r.yen;
        cells.set(k, c);
      }
      const used = new Set(rows.map((r) => r.diseaseAreaId));
      const columns = areas.filter((a) => a.periodId === periodId || used.has(a.id)).map(pick);
      return {
        fiscalYear: fy,
        integratedProjects: ips.filter((ip) => !q.integratedProject || ip.id === q.integratedProject).map(pick),
        diseaseAreas: [...columns.filter((a) => !q.diseaseArea || a.id === q.diseaseArea), ...(used.has(null) ? [NO_AREA] : [])],
        stages: LABELS,
        cells: [...cells.values()],
      };
    },

    /** The DC's view: one disease area across every integrated project. */
    async diseaseArea(id: number, q: PortfolioQuery, actor: Actor): Promise<DiseaseAreaView> {
      guard(actor);
      const area = (await catalog.listDiseaseAreas()).find((a) => a.id === id);
      if (!area) throw new NotFoundError({ ja: '疾患領域', en: 'Disease area' });
      const fy = fyOf(q);
      const periodId = await repo.periodOf(fy);
      const [rows, ips] = await Promise.all([
        repo.byStage(fy, { diseaseAreaId: id }),
        periodId ? catalog.listIntegratedProjects(periodId) : [],
      ]);
      return {
        fiscalYear: fy,
        diseaseArea: pick(area),
        funnel: { fiscalYear: fy, ...stagesOf(rows) },
        byIntegratedProject: rowsBy(ips.map(pick), rows, (r) => r.integratedProjectId),
      };
    },

    /** The PD's view: one integrated project, program by program. */
    async integratedProject(id: number, q: PortfolioQuery, actor: Actor): Promise<IntegratedProjectView> {
      guard(actor);
      const all = await catalog.listIntegratedProjects();
      const ip = all.find((x) => x.id === id);
      if (!ip) throw new NotFoundError({ ja: '統合プロジェクト', en: 'Integrated project' });
      const fy = fyOf(q);
      const [rows, programs] = await Promise.all([
        repo.byStage(fy, { integratedProjectId: id }),
        catalog.listPrograms({ integratedProjectId: id }),
      ]);
      return {
        fiscalYear: fy,
        integratedProject: pick(ip),
        funnel: { fiscalYear: fy, ...stagesOf(rows) },
        byProgram: rowsBy(programs.map(pick), rows, (r) => r.programId).filter((r) => r.total.projects > 0),
      };
    },

    async drill(q: DrillQuery, actor: Actor): Promise<DrillDown> {
      guard(actor);
      const fy = fyOf(q);
      const [{ total, rows }, programs] = await Promise.all([
        repo.projects(
          fy,
          { ...filtersOf(q), stages: q.stage ? stagesOfGeneric(q.stage) : undefined, noDiseaseArea: q.noDiseaseArea },
          q.limit,
        ),
        catalog.listPrograms({}),
      ]);
      const prog = new Map(programs.map((p) => [p.id, pick(p)]));
      return {
        fiscalYear: fy,
        total,
        items: rows.map((r) => ({
          ...r,
          genericStage: genericStageOf(r.stage),
          program: prog.get(r.programId) ?? { id: r.programId, nameJa: '', nameEn: '' },
        })),
      };
    },
  };
}

export type PortfolioService = ReturnType<typeof createPortfolioService>;
