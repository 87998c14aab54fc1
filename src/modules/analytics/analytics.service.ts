import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { databookSnapshots, kpiTargets } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import type { JobContext, JobQueue } from '../jobs/jobs.service.ts';
import { INDICATORS, type Indicator } from '../outcomes/outcomes.drilldown.ts';
import type { OutcomesService } from '../outcomes/outcomes.service.ts';
import { buildDatabook, type DatabookSources } from './databook.build.ts';
import { type Databook, diffDatabooks } from './databook.model.ts';
import { createDatabookRepository } from './databook.repository.ts';

export const FREEZE_JOB = 'databook.freeze';
const FISCAL_YEAR = { ja: '年度', en: 'Fiscal year' };

export type PublishedDatabook = Databook & { edition: number | null; frozenAt: string | null };

/** KPIs against the period's targets, and the Data Book (live, frozen editions, diff). */
export function createAnalyticsService(deps: { db: Db; outcomes: OutcomesService; sources?: DatabookSources }) {
  const { db, outcomes } = deps;
  const repo = createDatabookRepository(db);
  const sources: DatabookSources = { ...deps.sources };

  async function live(fy: number): Promise<Databook> {
    const year = await repo.fiscalYearExists(fy);
    if (!year) throw new NotFoundError(FISCAL_YEAR);
    return buildDatabook(repo, fy, year.periodId, sources);
  }
  async function latestSnapshot(fy: number) {
    const [row] = await db
      .select()
      .from(databookSnapshots)
      .where(eq(databookSnapshots.fiscalYear, fy))
      .orderBy(desc(databookSnapshots.edition))
      .limit(1);
    return row ?? null;
  }

  const service = {
    /** Lets another module (calls: success rates; categories: totals) feed the Data Book. */
    addSource<K extends keyof DatabookSources>(key: K, fn: NonNullable<DatabookSources[K]>) {
      sources[key] = fn;
    },

    live,

    /** What the agency publishes: the latest frozen edition of the year, or live figures if none was frozen yet. */
    async published(fy: number): Promise<PublishedDatabook> {
      const snap = await latestSnapshot(fy);
      if (snap) return { ...(snap.data as Databook), edition: snap.edition, frozenAt: snap.frozenAt.toISOString() };
      return { ...(await live(fy)), edition: null, frozenAt: null };
    },

    async snapshots(fy: number) {
      const rows = await db
        .select({
          edition: databookSnapshots.edition,
          frozenAt: databookSnapshots.frozenAt,
          note: databookSnapshots.note,
          frozenBy: databookSnapshots.frozenBy,
        })
        .from(databookSnapshots)
        .where(eq(databookSnapshots.fiscalYear, fy))
        .orderBy(desc(databookSnapshots.edition));
      return rows.map((r) => ({ ...r, frozenAt: r.frozenAt.toISOString() }));
    },

    /** Cell-by-cell difference between the latest frozen edition and live data. */
    async diff(fy: number) {
      const snap = await latestSnapshot(fy);
      if (!snap) throw new NotFoundError({ ja: 'データブックの確定版', en: 'Frozen Data Book' });
      const changes = diffDatabooks(snap.data as Databook, await live(fy));
      return { fiscalYear: fy, edition: snap.edition, frozenAt: snap.frozenAt.toISOString(), tables: changes };
    },

    /** The job: build from live data and freeze as the next edition, with its audit record. */
    async freeze(params: { fiscalYear: number; note: string; userId: number | null }, ctx?: JobContext) {
      await ctx?.progress(0.1, { ja: 'データブックを集計しています', en: 'Building the Data Book' });
      const book = await live(params.fiscalYear);
      await ctx?.progress(0.8, { ja: '確定版を保存しています', en: 'Freezing the edition' });
      return db.transaction(async (tx) => {
        const [last] = await tx
          .select({ n: sql<number>`coalesce(max(${databookSnapshots.edition}), 0)` })
          .from(databookSnapshots)
          .where(eq(databookSnapshots.fiscalYear, params.fiscalYear));
        const edition = Number(last?.n ?? 0) + 1;
        const [row] = await tx
          .insert(databookSnapshots)
          .values({ fiscalYear: params.fiscalYear, edition, data: book, note: params.note, frozenBy: params.userId })
          .returning({ id: databookSnapshots.id });
        await recordAudit(tx, {
          actorUserId: params.userId,
          action: 'databook.freeze',
          entityType: 'databook',
          entityId: `${params.fiscalYear}-${edition}`,
          after: { fiscalYear: params.fiscalYear, edition, note: params.note },
        });
        return { snapshotId: row!.id, fiscalYear: params.fiscalYear, edition };
      });
    },

    async registerJobs(jobs: JobQueue) {
      await jobs.register<{ fiscalYear: number; note: string; userId: number | null }>(FREEZE_JOB, (p, ctx) => service.freeze(p, ctx), {
        retryLimit: 0,
      });
    },

    async requestFreeze(fy: number, note: string, actor: Actor, jobs: JobQueue) {
      if (!(await repo.fiscalYearExists(fy))) throw new NotFoundError(FISCAL_YEAR);
      const id = await jobs.enqueue(
        FREEZE_JOB,
        { fiscalYear: fy, note, userId: actor.userId },
        { createdBy: actor.userId, singletonKey: `databook-${fy}` },
      );
      return { jobId: id };
    },

    async targets(periodId: number): Promise<Record<Indicator, number | null>> {
      const rows = await db.select().from(kpiTargets).where(eq(kpiTargets.periodId, periodId));
      return Object.fromEntries(INDICATORS.map((k) => [k, rows.find((r) => r.indicator === k)?.target ?? null])) as Record<
        Indicator,
        number | null
      >;
    },

    async setTarget(periodId: number, indicator: Indicator, target: number, actor: Actor) {
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(kpiTargets)
          .where(and(eq(kpiTargets.periodId, periodId), eq(kpiTargets.indicator, indicator)));
        await tx
          .insert(kpiTargets)
          .values({ periodId, indicator, target })
          .onConflictDoUpdate({
            target: [kpiTargets.periodId, kpiTargets.indicator],
            set: { target, version: sql`${kpiTargets.version} + 1`, updatedAt: new Date() },
          });
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'kpi_target.set',
          entityType: 'kpi_target',
          entityId: `${periodId}-${indicator}`,
          before: before ?? null,
          after: { periodId, indicator, target },
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
      return service.targets(periodId);
    },

    /** KPI totals with the period's targets and progress (achieved / target). */
    async kpisWithTargets(q: { period?: number; throughFiscalYear?: number }) {
      const k = await outcomes.kpis(q);
      const targets = await service.targets(k.periodId);
      const progress = Object.fromEntries(INDICATORS.map((i) => [i, targets[i] ? Math.round((k[i] / targets[i]!) * 1000) / 10 : null]));
      return { ...k, targets, progressPercent: progress as Record<Indicator, number | null> };
    },
  };
  return service;
}
export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
