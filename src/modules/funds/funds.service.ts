import type { Db } from '../../db/client.ts';
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { optimiseAllocation } from './funds.optimiser.ts';
import { canDecide, canRequestFor } from './funds.policy.ts';
import { createFundsRepository, type RequestRow, type RoundRow } from './funds.repository.ts';
import type { FundRequest, NewRequest, NewRound, Proposal, Round, RoundDetail, WhatIfBody } from './funds.schemas.ts';

const ROUND = { ja: '調整費の配分回', en: 'Fund round' };
const REQUEST = { ja: '調整費の要求', en: 'Fund request' };

const toRound = (r: RoundRow): Round => ({ ...r, kind: r.kind as Round['kind'], status: r.status as Round['status'] });

export function createFundsService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createFundsRepository(db);
  let ipNames: Promise<Map<number, { id: number; nameJa: string; nameEn: string }>> | null = null;
  const names = () => {
    ipNames ??= repo.integratedProjectNames().then((rows) => new Map(rows.map((r) => [r.id, r])));
    return ipNames;
  };

  async function toRequests(rows: RequestRow[]): Promise<FundRequest[]> {
    const labels = new Map((await repo.projectLabels([...new Set(rows.map((r) => r.projectId))])).map((p) => [p.id, p]));
    const ips = await names();
    return rows.map((r) => {
      const p = labels.get(r.projectId);
      return {
        id: r.id,
        roundId: r.roundId,
        project: { id: r.projectId, grantNumber: p?.grantNumber ?? '', titleJa: p?.titleJa ?? '', titleEn: p?.titleEn ?? '' },
        integratedProject: r.integratedProjectId ? (ips.get(r.integratedProjectId) ?? null) : null,
        budgetFiscalYear: r.budgetFiscalYear,
        amountYen: r.amountYen,
        reasonJa: r.reasonJa,
        reasonEn: r.reasonEn,
        expectedEffectJa: r.expectedEffectJa,
        expectedEffectEn: r.expectedEffectEn,
        score: r.score,
        rank: r.rank,
        status: r.status as FundRequest['status'],
        version: r.version,
      };
    });
  }

  async function roundOr404(id: number, trx: Db = db) {
    const round = await repo.findRound(id, trx);
    if (!round) throw new NotFoundError(ROUND);
    return round;
  }

  async function requestOr404(id: number, trx: Db = db) {
    const request = await repo.findRequest(id, trx);
    if (!request) throw new NotFoundError(REQUEST);
    return request;
  }

  /** Proposal from the stored requests, with what-if overrides of the pool, scores and limits. */
  async function propose(roundId: number, whatIf: WhatIfBody): Promise<Proposal> {
    const round = await roundOr404(roundId);
    const [limits, requests] = await Promise.all([repo.limitsOf(roundId), repo.requestsOf(roundId)]);
    const poolYen = whatIf.poolYen ?? round.poolYen;
    const limitOf = new Map(limits.map((l) => [l.integratedProjectId, l.limitYen]));
    for (const l of whatIf.limits) limitOf.set(l.integratedProjectId, l.limitYen);
    const scoreOf = new Map(requests.map((r) => [r.id, r.score]));
    for (const s of whatIf.scores) if (scoreOf.has(s.requestId)) scoreOf.set(s.requestId, s.score);
    const approved = requests.filter((r) => r.status === 'approved');
    const approvedYen = approved.reduce((s, r) => s + r.amountYen, 0);
    const groupLimits: Record<number, number> = {};
    for (const [ip, limit] of limitOf) {
      const used = approved.filter((r) => r.integratedProjectId === ip).reduce((s, r) => s + r.amountYen, 0);
      groupLimits[ip] = Math.max(0, limit - used);
    }
    const pending = requests.filter((r) => r.status === 'pending');
    const started = performance.now();
    const result = optimiseAllocation({
      poolYen: Math.max(0, poolYen - approvedYen),
      groupLimits,
      items: pending
        .filter((r) => scoreOf.get(r.id) !== null)
        .map((r) => ({ id: r.id, amountYen: r.amountYen, score: scoreOf.get(r.id) ?? 0, group: r.integratedProjectId })),
    });
    return {
      roundId,
      poolYen,
      approvedYen,
      chosen: result.chosen,
      proposedYen: result.totalYen,
      totalScore: result.totalScore,
      unscored: pending.filter((r) => scoreOf.get(r.id) === null).map((r) => r.id),
      searchNodes: result.nodes,
      milliseconds: Math.round((performance.now() - started) * 100) / 100,
    };
  }

  /** Approves one request: the round row is locked first, so concurrent approvals never exceed the pool. */
  async function approve(id: number, version: number, actor: Actor): Promise<void> {
    if (!canDecide(actor)) throw new ForbiddenError();
    await db.transaction(async (tx) => {
      const before = await requestOr404(id, tx);
      const round = await repo.lockRound(before.roundId, tx);
      if (!round) throw new NotFoundError(ROUND);
      if (round.status !== 'open')
        throw new ConflictError('round_closed', { ja: 'この配分回は締め切られています。', en: 'This round is closed.' });
      const after = await repo.updateRequest(
        id,
        version,
        'pending',
        { status: 'approved', decidedBy: actor.userId, decidedAt: new Date() },
        tx,
      );
      if (!after) throw await staleOrDecided(id, tx);
      if (round.allocatedYen + before.amountYen > round.poolYen) {
        throw new ConflictError(
          'pool_exceeded',
          { ja: '承認すると配分回の総額を超えます。', en: 'Approving this request would exceed the round’s pool.' },
          { poolYen: round.poolYen, allocatedYen: round.allocatedYen, amountYen: before.amountYen },
        );
      }
      await checkGroupLimit(before, tx);
      await repo.addAllocated(round.id, before.amountYen, tx);
      await repo.addAdjustmentBudget(before.projectId, before.budgetFiscalYear, before.amountYen, tx);
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: 'fund_request.approve',
        entityType: 'fund_request',
        entityId: id,
        before: { status: before.status, version: before.version, roundAllocatedYen: round.allocatedYen },
        after: { status: 'approved', version: after.version, roundAllocatedYen: round.allocatedYen + before.amountYen },
        requestId: actor.requestId,
        ip: actor.ip,
      });
    });
  }

  async function checkGroupLimit(request: RequestRow, tx: Db) {
    if (request.integratedProjectId === null) return;
    const limit = (await repo.limitsOf(request.roundId, tx)).find((l) => l.integratedProjectId === request.integratedProjectId);
    if (!limit) return;
    // The request itself is already marked approved inside this transaction.
    const used = await repo.approvedInGroup(request.roundId, request.integratedProjectId, tx);
    if (used > limit.limitYen) {
      throw new ConflictError(
        'limit_exceeded',
        { ja: '承認すると統合プロジェクトの上限を超えます。', en: 'Approving this request would exceed the integrated project’s limit.' },
        { limitYen: limit.limitYen, approvedYen: used - request.amountYen, amountYen: request.amountYen },
      );
    }
  }

  async function staleOrDecided(id: number, tx: Db) {
    const now = await requestOr404(id, tx);
    if (now.status !== 'pending')
      return new ConflictError('already_decided', { ja: 'この要求はすでに決定済みです。', en: 'This request has already been decided.' });
    return new StaleVersionError(now.version);
  }

  return {
    approve,
    propose,

    async listRounds(fiscalYear: number | undefined) {
      return { items: (await repo.listRounds(fiscalYear)).map(toRound) };
    },

    async getRound(id: number, actor: Actor): Promise<RoundDetail> {
      const round = await roundOr404(id);
      const [limits, requests, ips] = await Promise.all([repo.limitsOf(id), repo.requestsOf(id), names()]);
      const approvedIn = (ip: number) =>
        requests.filter((r) => r.status === 'approved' && r.integratedProjectId === ip).reduce((s, r) => s + r.amountYen, 0);
      return {
        ...toRound(round),
        limits: limits.map((l) => ({
          integratedProject: ips.get(l.integratedProjectId) ?? { id: l.integratedProjectId, nameJa: '', nameEn: '' },
          limitYen: l.limitYen,
          approvedYen: approvedIn(l.integratedProjectId),
        })),
        requests: await toRequests(requests),
        permissions: { canDecide: canDecide(actor) },
      };
    },

    async createRound(input: NewRound, actor: Actor): Promise<RoundDetail> {
      if (!canDecide(actor)) throw new ForbiddenError();
      const endFiscalYear = input.endFiscalYear ?? input.fiscalYear;
      if (input.kind === 'adjustment' && endFiscalYear !== input.fiscalYear)
        throw new ValidationError(
          { ja: '調整費の配分回は一つの年度に限られます。', en: 'An adjustment-fund round lies within one fiscal year.' },
          [{ path: 'endFiscalYear', message: 'must equal fiscalYear for adjustment rounds' }],
        );
      if (endFiscalYear < input.fiscalYear)
        throw new ValidationError({ ja: '終了年度は開始年度以降にしてください。', en: 'The end fiscal year cannot precede the start.' }, [
          { path: 'endFiscalYear', message: 'before fiscalYear' },
        ]);
      const round = await db.transaction(async (tx) => {
        const row = await repo.insertRound(
          {
            kind: input.kind,
            nameJa: input.nameJa,
            nameEn: input.nameEn,
            fiscalYear: input.fiscalYear,
            endFiscalYear,
            poolYen: input.poolYen,
          },
          input.limits,
          tx,
        );
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'fund_round.create',
          entityType: 'fund_round',
          entityId: row.id,
          after: input,
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return row;
      });
      return this.getRound(round.id, actor);
    },

    async createRequest(roundId: number, input: NewRequest, actor: Actor): Promise<FundRequest> {
      const round = await roundOr404(roundId);
      if (round.status !== 'open')
        throw new ConflictError('round_closed', { ja: 'この配分回は締め切られています。', en: 'This round is closed.' });
      const fy = input.budgetFiscalYear ?? round.fiscalYear;
      const project = await repo.projectScope(input.projectId, fy);
      if (!project) throw new NotFoundError({ ja: '課題', en: 'Project' });
      if (!canRequestFor(actor, project)) throw new ForbiddenError();
      if (fy < round.fiscalYear || fy > round.endFiscalYear || fy < project.startFiscalYear || fy > project.endFiscalYear)
        throw new ValidationError(
          {
            ja: '予算年度は配分回の年度内かつ課題の実施期間内にしてください。',
            en: 'The budget year must lie within the round and the project’s years.',
          },
          [{ path: 'budgetFiscalYear', message: 'outside the round or the project' }],
        );
      const row = await db.transaction(async (tx) => {
        const r = await repo.insertRequest(
          { ...input, roundId, budgetFiscalYear: fy, integratedProjectId: project.integratedProjectId, requestedBy: actor.userId },
          tx,
        );
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'fund_request.create',
          entityType: 'fund_request',
          entityId: r.id,
          after: r,
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return r;
      });
      return (await toRequests([row]))[0]!;
    },

    async rank(id: number, body: { version: number; score: number; rank?: number | null }, actor: Actor): Promise<FundRequest> {
      if (!canDecide(actor)) throw new ForbiddenError();
      const row = await db.transaction(async (tx) => {
        const before = await requestOr404(id, tx);
        const after = await repo.updateRequest(id, body.version, 'pending', { score: body.score, rank: body.rank ?? null }, tx);
        if (!after) throw await staleOrDecided(id, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'fund_request.rank',
          entityType: 'fund_request',
          entityId: id,
          before: { score: before.score, rank: before.rank },
          after: { score: after.score, rank: after.rank },
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return after;
      });
      return (await toRequests([row]))[0]!;
    },

    async reject(id: number, version: number, actor: Actor): Promise<void> {
      if (!canDecide(actor)) throw new ForbiddenError();
      await db.transaction(async (tx) => {
        await requestOr404(id, tx);
        const after = await repo.updateRequest(
          id,
          version,
          'pending',
          { status: 'rejected', decidedBy: actor.userId, decidedAt: new Date() },
          tx,
        );
        if (!after) throw await staleOrDecided(id, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'fund_request.reject',
          entityType: 'fund_request',
          entityId: id,
          after: { status: 'rejected' },
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
    },

    async getRequest(id: number): Promise<FundRequest> {
      return (await toRequests([await requestOr404(id)]))[0]!;
    },
  };
}

export type FundsService = ReturnType<typeof createFundsService>;
