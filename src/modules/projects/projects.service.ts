import type { Db } from '../../db/client.ts';
import { toNumber } from '../../db/sql.ts';
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '../../errors.ts';
import { fiscalYearOf } from '../../lib/fiscal-year.ts';
import { parseSearch, type SearchTerm, type SynonymGroup, searchTextOf } from '../../lib/text-search.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/actor.ts';
import { canEditProject, projectVisibility } from './projects.policy.ts';
import { createProjectsRepository, type ListRow, type ScopeFilter, scopeSummaryOf } from './projects.repository.ts';
import type {
  BudgetLinesPut,
  Overview,
  ProjectDetail,
  ProjectList,
  ProjectListItem,
  ProjectListQuery,
  ProjectPatch,
} from './projects.schemas.ts';
import { highlightsOf } from './projects.search.ts';
import {
  FUNDING_SOURCES,
  type FundingSource,
  GENERIC_STAGES,
  type GenericStage,
  genericStageOf,
  isStageOf,
  LADDERS,
  type Modality,
  PROJECT_STATUSES,
  type ProjectStatus,
} from './stages.ts';

/** What an adopted application brings to its new project. */
export type AwardedProject = {
  grantNumber: string;
  titleJa: string;
  titleEn: string;
  abstractJa: string;
  abstractEn: string;
  piResearcherId: number;
  institutionId: number;
  programId: number;
  startFiscalYear: number;
  endFiscalYear: number;
  modality: Modality;
  members: { researcherId: number; role: 'pi' | 'co'; effortPercent: number }[];
  budgets: { fiscalYear: number; amountYen: number }[];
};

/** The projects of one scope in a fiscal year: by status and generic stage, with money against the year before. */
export type ScopeSummary = {
  projectCount: number;
  newProjectCount: number;
  endingCount: number;
  byStatus: Record<ProjectStatus, number>;
  byStage: Record<GenericStage, number>;
  budgetYen: number;
  previousBudgetYen: number;
};

const PROJECT = { ja: '課題', en: 'Project' };
const LINEAGE_LIMIT = 50;

/** `synonyms`: the synonym groups search expands queries with (the portal module's list). */
export function createProjectsService(deps: { db: Db; synonyms?: () => Promise<readonly SynonymGroup[]> }) {
  const { db } = deps;
  const termsOf = async (q: string | undefined): Promise<SearchTerm[]> =>
    q ? parseSearch(q, deps.synonyms ? await deps.synonyms() : []) : [];
  const repo = createProjectsRepository(db);
  let ipNames: Promise<Map<number, { id: number; nameJa: string; nameEn: string }>> | null = null;
  const integratedProjectNames = () => {
    ipNames ??= repo.integratedProjectNames().then((rows) => new Map(rows.map((r) => [r.id, r])));
    return ipNames;
  };

  async function toItem(r: ListRow, fiscalYear: number | undefined): Promise<ProjectListItem> {
    const names = await integratedProjectNames();
    return {
      id: r.id,
      grantNumber: r.grantNumber,
      titleJa: r.titleJa,
      titleEn: r.titleEn,
      pi: { id: r.piId, nameJa: `${r.piFamilyJa} ${r.piGivenJa}`, nameEn: `${r.piGivenEn} ${r.piFamilyEn}` },
      institution: { id: r.institutionId, nameJa: r.institutionJa, nameEn: r.institutionEn },
      program: { id: r.programId, nameJa: r.programJa, nameEn: r.programEn },
      integratedProject: r.integratedProjectId ? (names.get(r.integratedProjectId) ?? null) : null,
      startFiscalYear: r.startFiscalYear,
      endFiscalYear: r.endFiscalYear,
      modality: r.modality as Modality,
      stage: r.stage,
      status: r.status as ProjectListItem['status'],
      isNew: fiscalYear !== undefined && r.startFiscalYear === fiscalYear,
      budgetYen: toNumber(r.budgetYen),
    };
  }

  /** The connected chain of predecessor and successor projects, breadth-first, bounded. */
  async function lineageOf(id: number, actor: Actor): Promise<ProjectDetail['lineage']> {
    const seen = new Set<number>([id]);
    const edges = new Map<string, { from: number; to: number; kind: 'handoff' | 'continuation' | 'fast_path' }>();
    let frontier = [id];
    while (frontier.length > 0 && seen.size < LINEAGE_LIMIT) {
      const links = await repo.linksTouching(frontier);
      const next: number[] = [];
      for (const l of links) {
        edges.set(`${l.predecessorId}>${l.successorId}`, { from: l.predecessorId, to: l.successorId, kind: l.kind as 'handoff' });
        for (const n of [l.predecessorId, l.successorId]) {
          if (!seen.has(n) && seen.size < LINEAGE_LIMIT) {
            seen.add(n);
            next.push(n);
          }
        }
      }
      frontier = next;
    }
    const visibility = projectVisibility(actor);
    const visible: number[] = [];
    for (const n of seen) if (n === id || (await repo.isVisible(n, visibility))) visible.push(n);
    const rows = await repo.lineageNodes(visible);
    const keep = new Set(visible);
    return {
      nodes: rows.map((r) => ({
        id: r.id,
        grantNumber: r.grantNumber,
        titleJa: r.titleJa,
        titleEn: r.titleEn,
        program: { id: r.programId, nameJa: r.programJa, nameEn: r.programEn },
        startFiscalYear: r.startFiscalYear,
        endFiscalYear: r.endFiscalYear,
      })),
      edges: [...edges.values()].filter((e) => keep.has(e.from) && keep.has(e.to)),
    };
  }

  return {
    async list(query: ProjectListQuery, actor: Actor): Promise<ProjectList> {
      const terms = await termsOf(query.q);
      const { total, rows, sort } = await repo.list(query, projectVisibility(actor), actor.locale, actor.researcherId, terms);
      return {
        total,
        page: query.page,
        pageSize: query.pageSize,
        sort,
        order: sort === 'relevance' && !query.sort ? 'desc' : query.order,
        items: await Promise.all(rows.map(async (r) => ({ ...(await toItem(r, query.fiscalYear)), highlights: highlightsOf(terms, r) }))),
      };
    },

    /** The parsed query (terms with variants and synonyms), for the portal. */
    termsOf,
    /** List items from list rows (shared with the portal). */
    toItem,

    async get(id: number, actor: Actor): Promise<ProjectDetail> {
      // Invisible projects answer 404, not 403, so their existence does not leak.
      if (!(await repo.isVisible(id, projectVisibility(actor)))) throw new NotFoundError(PROJECT);
      const [project, row] = await Promise.all([repo.findById(id), repo.listRowOf(id)]);
      if (!project || !row) throw new NotFoundError(PROJECT);
      const [diseaseAreas, members, budgets, outcomes, lineage, ipIds] = await Promise.all([
        repo.diseaseAreasOf(id),
        repo.membersOf(id),
        repo.budgetsOf(id),
        repo.outcomesOf(id),
        lineageOf(id, actor),
        repo.integratedProjectsOfProgram(project.programId),
      ]);
      return {
        ...(await toItem(row, undefined)),
        abstractJa: project.abstractJa,
        abstractEn: project.abstractEn,
        isPublic: project.isPublic,
        version: project.version,
        diseaseAreas,
        members: members.map((m) => ({
          researcherId: m.researcherId,
          nameJa: `${m.familyJa} ${m.givenJa}`,
          nameEn: `${m.givenEn} ${m.familyEn}`,
          role: m.role as 'pi' | 'co',
          effortPercent: m.effortPercent,
          institution: { id: m.institutionId, nameJa: m.institutionJa, nameEn: m.institutionEn },
        })),
        budgets: budgets.map((b) => ({ ...b, source: b.source as FundingSource })),
        lineage,
        outcomes: outcomes.map((o) => ({ ...o, details: o.details ?? {} })),
        permissions: { canEdit: canEditProject(actor, { programId: project.programId, integratedProjectIds: ipIds }) },
      };
    },

    /** Applies an edit made against `patch.version`; a stale version gets 409 and changes nothing. */
    async update(id: number, patch: ProjectPatch, actor: Actor): Promise<ProjectDetail> {
      await db.transaction(async (tx) => {
        const before = await repo.findById(id, tx);
        if (!before || !(await repo.isVisible(id, projectVisibility(actor), tx))) throw new NotFoundError(PROJECT);
        const ipIds = await repo.integratedProjectsOfProgram(before.programId, tx);
        if (!canEditProject(actor, { programId: before.programId, integratedProjectIds: ipIds })) throw new ForbiddenError();
        if (patch.stage && !isStageOf(before.modality as Modality, patch.stage)) {
          throw new ValidationError(
            { ja: 'この開発段階は課題のモダリティに合いません。', en: "This stage is not on the project's modality ladder." },
            [{ path: 'stage', message: 'not a stage of this modality' }],
          );
        }
        if (patch.endFiscalYear !== undefined && patch.endFiscalYear < before.startFiscalYear) {
          throw new ValidationError({ ja: '終了年度は開始年度以降にしてください。', en: 'The end fiscal year cannot precede the start.' }, [
            { path: 'endFiscalYear', message: 'before startFiscalYear' },
          ]);
        }
        const { version, ...fields } = patch;
        const next = { ...before, ...fields };
        const changes = {
          ...fields,
          searchText: searchTextOf(next.titleJa, next.titleEn, next.abstractJa, next.abstractEn, next.grantNumber),
        };
        const after = await repo.updateIfVersion(id, version, changes, tx);
        if (!after) throw new StaleVersionError(before.version);
        const pick = (p: typeof before) =>
          Object.fromEntries(Object.keys(fields).map((k) => [k, p[k as keyof typeof p]])) as Record<string, unknown>;
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'project.update',
          entityType: 'project',
          entityId: id,
          before: { ...pick(before), version: before.version },
          after: { ...pick(after), version: after.version },
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
      return this.get(id, actor);
    },

    /**
     * For the applications module: the project an adopted application becomes, with its team and
     * budget (source 'initial'), inside the caller's transaction, with its audit record.
     */
    async createFromAward(input: AwardedProject, actor: Actor, tx: Db): Promise<{ id: number; grantNumber: string }> {
      const { members, budgets, ...fields } = input;
      const project = await repo.insertWithTeamAndBudgets(
        {
          ...fields,
          stage: LADDERS[fields.modality][0]!.code,
          status: 'active',
          searchText: searchTextOf(fields.titleJa, fields.titleEn, fields.abstractJa, fields.abstractEn, fields.grantNumber),
        },
        members,
        budgets.map((b) => ({ ...b, source: 'initial' })),
        tx,
      );
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: 'project.create',
        entityType: 'project',
        entityId: project.id,
        after: input,
        requestId: actor.requestId,
        ip: actor.ip,
      });
      return { id: project.id, grantNumber: project.grantNumber };
    },

    /** Active projects of these researchers in a fiscal year (effort register, duplication and concentration checks). */
    async commitmentsOf(researcherIds: number[], fiscalYear: number, trx: Db = db) {
      const rows = await repo.commitmentsOf(researcherIds, fiscalYear, trx);
      return rows.map((r) => ({ ...r, budgetYen: toNumber(r.budgetYen) }));
    },
    /** Staff replace a project's yearly budget lines: versioned (409 when stale) and audited, all or nothing. */
    async replaceBudgets(id: number, body: BudgetLinesPut, actor: Actor): Promise<ProjectDetail> {
      await db.transaction(async (tx) => {
        const before = await repo.findById(id, tx);
        if (!before || !(await repo.isVisible(id, projectVisibility(actor), tx))) throw new NotFoundError(PROJECT);
        if (!hasRole(actor, 'admin', 'staff')) throw new ForbiddenError();
        const seen = new Set<string>();
        body.lines.forEach((l, i) => {
          if (l.fiscalYear < before.startFiscalYear || l.fiscalYear > before.endFiscalYear)
            throw new ValidationError(
              { ja: '研究開発期間外の年度には予算を計上できません。', en: 'A budget line must fall within the project period.' },
              [{ path: `lines.${i}.fiscalYear`, message: 'outside the project period' }],
            );
          const key = `${l.fiscalYear}:${l.source}`;
          if (seen.has(key))
            throw new ValidationError(
              { ja: '同じ年度・財源の行が重複しています。', en: 'Two lines have the same fiscal year and source.' },
              [{ path: `lines.${i}`, message: 'duplicate fiscal year and source' }],
            );
          seen.add(key);
        });
        const lines = await repo.budgetsOf(id, tx);
        const after = await repo.updateIfVersion(id, body.version, {}, tx);
        if (!after) throw new StaleVersionError(before.version);
        await repo.replaceBudgets(id, body.lines, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'project.budgets.replace',
          entityType: 'project',
          entityId: id,
          before: { lines, version: before.version },
          after: { lines: body.lines, version: after.version },
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
      return this.get(id, actor);
    },

    /** The fiscal year homes and overviews open on: the latest one with money, not after the current one. */
    async currentFundedFiscalYear(): Promise<number> {
      const current = fiscalYearOf(new Date());
      return (await repo.latestFundedFiscalYear(current)) ?? current;
    },

    /** A scope's projects in `fiscalYear`, limited to what the actor may see. */
    async scopeSummary(filter: ScopeFilter, fiscalYear: number, actor: Actor): Promise<ScopeSummary> {
      const s = await scopeSummaryOf(db, filter, projectVisibility(actor), actor.researcherId, fiscalYear);
      const byStatus = Object.fromEntries(PROJECT_STATUSES.map((k) => [k, 0])) as Record<ProjectStatus, number>;
      const byStage = Object.fromEntries(GENERIC_STAGES.map((k) => [k, 0])) as Record<GenericStage, number>;
      let projectCount = 0;
      let newProjectCount = 0;
      let endingCount = 0;
      for (const c of s.counts) {
        projectCount += c.n;
        newProjectCount += c.fresh;
        endingCount += c.ending;
        if (c.status in byStatus) byStatus[c.status as ProjectStatus] += c.n;
        byStage[genericStageOf(c.stage)] += c.n;
      }
      return {
        projectCount,
        newProjectCount,
        endingCount,
        byStatus,
        byStage,
        budgetYen: s.budgetYen,
        previousBudgetYen: s.previousBudgetYen,
      };
    },

    async overview(requested: number | undefined, actor: Actor): Promise<Overview> {
      const current = fiscalYearOf(new Date());
      const latestFiscalYear = await repo.latestFundedFiscalYear(current);
      const fiscalYear = requested ?? latestFiscalYear ?? current;
      const o = await repo.overview(fiscalYear, projectVisibility(actor));
      const budgetBySource = Object.fromEntries(FUNDING_SOURCES.map((s) => [s, 0])) as Record<FundingSource, number>;
      for (const r of o.bySource) if (r.source in budgetBySource) budgetBySource[r.source as FundingSource] = r.amount;
      return {
        fiscalYear,
        latestFiscalYear,
        projectCount: o.projectCount,
        newProjectCount: o.newProjectCount,
        budgetBySource,
        totalYen: Object.values(budgetBySource).reduce((a, b) => a + b, 0),
        byIntegratedProject: o.byIntegratedProject,
      };
    },
  };
}

export type ProjectsService = ReturnType<typeof createProjectsService>;
