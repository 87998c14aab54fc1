import type { Db } from '../../db/client.ts';
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '../../errors.ts';
import { fiscalYearOf } from '../../lib/fiscal-year.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type Actor, isAgencyMember } from '../auth/actor.ts';
import { isStageOf, LADDERS, MODALITIES, type Modality } from '../projects/stages.ts';
import { canDecideGate, canEditTemplates, canFileGateReview, canReadSteering } from './gates.policy.ts';
import { createGatesRepository, type ProjectFacts, type ReviewRow } from './gates.repository.ts';
import type { ConditionFollowUp, DecisionInput, GateReview, GateReviewInput, GateTemplateInput, ProjectGates } from './gates.schemas.ts';
import type { GateDef, gateTemplates } from './gates.tables.ts';
import { DEFAULT_GATES } from './gates.templates.ts';

const PROJECT = { ja: '課題', en: 'Project' };
const REVIEW = { ja: 'ゲート評価', en: 'Gate review' };
type TemplateRow = typeof gateTemplates.$inferSelect;

const invalid = (ja: string, en: string, path: string) => new ValidationError({ ja, en }, [{ path, message: en }]);

function toTemplate(t: TemplateRow) {
  return {
    id: t.id,
    modality: t.modality as Modality,
    version: t.version,
    isActive: t.isActive,
    gates: t.gates,
    createdAt: t.createdAt.toISOString(),
  };
}

/** The gate a project at `stage` faces: the first whose fromStages hold the stage. */
export function gateFor(gates: GateDef[], stage: string): GateDef | null {
  return gates.find((g) => g.fromStages.includes(stage)) ?? null;
}

function checkTemplate(input: GateTemplateInput) {
  const codes = new Set<string>();
  input.gates.forEach((g, i) => {
    if (codes.has(g.code)) throw invalid('ゲートのコードが重複しています。', 'Gate codes must be unique.', `gates.${i}.code`);
    codes.add(g.code);
    for (const s of [...g.fromStages, g.toStage])
      if (!isStageOf(input.modality, s))
        throw invalid('このモダリティにない開発段階が含まれています。', `Stage ${s} is not on this modality's ladder.`, `gates.${i}`);
    if (new Set(g.items.map((x) => x.code)).size !== g.items.length)
      throw invalid('チェック項目のコードが重複しています。', 'Check item codes must be unique within a gate.', `gates.${i}.items`);
  });
}

function checkDecision(input: DecisionInput, facts: ProjectFacts) {
  if (input.decision === 'conditional_go' && (!input.conditions || !input.conditionDeadline))
    throw invalid('条件付きGoには条件と期限が必要です。', 'A conditional Go needs conditions and a deadline.', 'conditions');
  if (input.decision === 'redirect') {
    if (!input.redirectStage || !isStageOf(facts.modality as Modality, input.redirectStage))
      throw invalid(
        '方向転換先の開発段階を課題のモダリティから選んでください。',
        "Choose the redirect stage from the project's ladder.",
        'redirectStage',
      );
  }
  if (input.decision === 'no_go' && input.nextYearBudgetYen !== undefined)
    throw invalid('No-goでは次年度予算を設定できません。', 'A No-go cannot set a budget for next year.', 'nextYearBudgetYen');
}

export function createGatesService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createGatesRepository(db);

  async function factsFor(projectId: number, actor: Actor, trx: Db = db): Promise<ProjectFacts> {
    const facts = await repo.projectFacts(projectId, trx);
    if (!facts || !canReadSteering(actor, facts)) throw new NotFoundError(PROJECT);
    return facts;
  }

  async function toReviews(rows: ReviewRow[]): Promise<GateReview[]> {
    const names = await repo.userNames([...new Set(rows.flatMap((r) => [r.filedBy, r.decidedBy ?? r.filedBy]))]);
    const templates = new Map<number, TemplateRow | null>();
    const out: GateReview[] = [];
    for (const r of rows) {
      if (!templates.has(r.templateId)) templates.set(r.templateId, await repo.templateById(r.templateId));
      const tpl = templates.get(r.templateId);
      const gate = tpl?.gates.find((g) => g.code === r.gateCode);
      const label = (code: string) => gate?.items.find((i) => i.code === code) ?? { ja: code, en: code };
      const person = (id: number | null) => (id === null ? null : { id, name: names.get(id) ?? '' });
      out.push({
        ...r,
        templateVersion: tpl?.version ?? 0,
        gateJa: gate?.ja ?? r.gateCode,
        gateEn: gate?.en ?? r.gateCode,
        status: r.status as GateReview['status'],
        scores: r.scores.map((s) => ({ ...s, itemJa: label(s.item).ja, itemEn: label(s.item).en })),
        averageScore: r.scores.length ? Math.round((r.scores.reduce((a, s) => a + s.score, 0) / r.scores.length) * 10) / 10 : 0,
        filedBy: person(r.filedBy),
        filedAt: r.filedAt.toISOString(),
        decision: r.decision as GateReview['decision'],
        conditionStatus: r.conditionStatus as GateReview['conditionStatus'],
        decidedBy: person(r.decidedBy),
        decidedAt: r.decidedAt?.toISOString() ?? null,
      });
    }
    return out;
  }

  /** Moves stage and budget as the decision says; returns the new stage and the budget lines changed. */
  async function applyDecision(tx: Db, review: ReviewRow, facts: ProjectFacts, input: DecisionInput, toStage: string) {
    const fy = review.fiscalYear;
    const effect: { fiscalYear: number; source: string; before: number; after: number }[] = [];
    if (input.decision === 'no_go') {
      for (const b of await repo.budgetsAfter(facts.id, fy, tx))
        effect.push({ fiscalYear: b.fiscalYear, source: b.source, before: b.amountYen, after: 0 });
      await repo.deleteBudgetsAfter(facts.id, fy, tx);
      await repo.setProjectState(
        facts.id,
        { status: 'terminated', endFiscalYear: Math.max(facts.startFiscalYear, Math.min(fy, facts.endFiscalYear)) },
        tx,
      );
      return { stageAfter: facts.stage, effect };
    }
    const stageAfter = input.decision === 'redirect' ? (input.redirectStage as string) : toStage;
    const endFiscalYear = input.nextYearBudgetYen !== undefined ? Math.max(facts.endFiscalYear, fy + 1) : undefined;
    await repo.setProjectState(facts.id, { stage: stageAfter, ...(endFiscalYear ? { endFiscalYear } : {}) }, tx);
    if (input.nextYearBudgetYen !== undefined) {
      const before = (await repo.budgetLine(facts.id, fy + 1, 'initial', tx)) ?? 0;
      await repo.setBudgetLine(facts.id, fy + 1, 'initial', input.nextYearBudgetYen, tx);
      effect.push({ fiscalYear: fy + 1, source: 'initial', before, after: input.nextYearBudgetYen });
    }
    return { stageAfter, effect };
  }

  return {
    /** Version 1 of each modality's default form, where a modality has none yet. */
    async seedDefaults(): Promise<void> {
      const existing = new Set((await repo.listTemplates(false)).map((t) => t.modality));
      for (const modality of MODALITIES) {
        if (existing.has(modality)) continue;
        await db.transaction((tx) => repo.insertTemplateVersion({ modality, gates: DEFAULT_GATES[modality] }, tx));
      }
    },

    async listTemplates(all: boolean, actor: Actor) {
      if (!isAgencyMember(actor)) throw new ForbiddenError();
      return { items: (await repo.listTemplates(!all)).map(toTemplate) };
    },

    async createTemplate(input: GateTemplateInput, actor: Actor) {
      if (!canEditTemplates(actor)) throw new ForbiddenError();
      checkTemplate(input);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertTemplateVersion({ modality: input.modality, gates: input.gates, createdBy: actor.userId }, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'gate_template.create',
          entityType: 'gate_template',
          entityId: created.id,
          after: { modality: created.modality, version: created.version, gates: created.gates.map((g) => g.code) },
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return created;
      });
      return toTemplate(row);
    },

    async projectGates(projectId: number, actor: Actor): Promise<ProjectGates> {
      const facts = await factsFor(projectId, actor);
      const tpl = await repo.activeTemplate(facts.modality);
      return {
        projectId,
        modality: facts.modality as Modality,
        stage: facts.stage,
        status: facts.status,
        template: tpl ? toTemplate(tpl) : null,
        nextGate: tpl && facts.status === 'active' ? (gateFor(tpl.gates, facts.stage)?.code ?? null) : null,
        reviews: await toReviews(await repo.reviewsOf(projectId)),
        permissions: { canFile: canFileGateReview(actor, facts), canDecide: canDecideGate(actor, facts) },
      };
    },

    async fileReview(projectId: number, input: GateReviewInput, actor: Actor): Promise<GateReview> {
      const row = await db.transaction(async (tx) => {
        const facts = await factsFor(projectId, actor, tx);
        if (!canFileGateReview(actor, facts)) throw new ForbiddenError();
        if (facts.status !== 'active')
          throw new ConflictError('project_not_active', {
            ja: '終了した課題にはゲート評価を登録できません。',
            en: 'This project has ended; no gate review can be filed.',
          });
        if (await repo.openReviewOf(projectId, tx))
          throw new ConflictError('review_open', {
            ja: 'この課題には判断待ちのゲート評価があります。',
            en: 'This project already has a gate review awaiting decision.',
          });
        const tpl = await repo.activeTemplate(facts.modality, tx);
        const gate = tpl?.gates.find((g) => g.code === input.gateCode);
        if (!tpl || !gate) throw invalid('このモダリティにないゲートです。', "This gate is not in the modality's template.", 'gateCode');
        if (!gate.fromStages.includes(facts.stage))
          throw invalid(
            '課題の現在の開発段階はこのゲートの対象ではありません。',
            "The project's current stage is not before this gate.",
            'gateCode',
          );
        const codes = new Set(gate.items.map((i) => i.code));
        const scored = new Set(input.scores.map((s) => s.item));
        if (scored.size !== input.scores.length || scored.size !== codes.size || [...scored].some((c) => !codes.has(c)))
          throw invalid('すべてのチェック項目を1回ずつ評点してください。', 'Score every check item of the gate exactly once.', 'scores');
        const created = await repo.insertReview(
          {
            projectId,
            templateId: tpl.id,
            gateCode: gate.code,
            fiscalYear: input.fiscalYear ?? fiscalYearOf(new Date()),
            summary: input.summary,
            evidence: input.evidence,
            scores: input.scores,
            filedBy: actor.userId,
            stageBefore: facts.stage,
          },
          tx,
        );
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'gate_review.file',
          entityType: 'gate_review',
          entityId: created.id,
          after: { projectId, gateCode: gate.code, fiscalYear: created.fiscalYear, scores: input.scores, evidence: input.evidence },
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return created;
      });
      return (await toReviews([row]))[0]!;
    },

    async decide(reviewId: number, input: DecisionInput, actor: Actor): Promise<GateReview> {
      const row = await db.transaction(async (tx) => {
        const review = await repo.reviewById(reviewId, tx);
        if (!review) throw new NotFoundError(REVIEW);
        const facts = await factsFor(review.projectId, actor, tx);
        if (!canDecideGate(actor, facts)) throw new ForbiddenError();
        if (review.status !== 'submitted')
          throw new ConflictError('already_decided', {
            ja: 'このゲート評価は判断済みです。',
            en: 'This gate review has already been decided.',
          });
        if (review.version !== input.version) throw new StaleVersionError(review.version);
        if (facts.stage !== review.stageBefore || facts.status !== 'active')
          throw new ConflictError('project_changed', {
            ja: '評価の登録後に課題の段階が変わっています。',
            en: 'The project has changed stage since the review was filed.',
          });
        checkDecision(input, facts);
        const tpl = await repo.templateById(review.templateId, tx);
        const gate = tpl?.gates.find((g) => g.code === review.gateCode);
        const { stageAfter, effect } = await applyDecision(tx, review, facts, input, gate?.toStage ?? facts.stage);
        const conditional = input.decision === 'conditional_go';
        const decided = await repo.updateReviewIfVersion(
          reviewId,
          input.version,
          {
            status: 'decided',
            decision: input.decision,
            reason: input.reason,
            conditions: conditional ? (input.conditions ?? null) : null,
            conditionDeadline: conditional ? (input.conditionDeadline ?? null) : null,
            conditionStatus: conditional ? 'open' : null,
            stageAfter,
            budgetEffect: effect,
            decidedBy: actor.userId,
            decidedAt: new Date(),
          },
          tx,
        );
        if (!decided) throw new StaleVersionError(review.version);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: `gate_review.decide.${input.decision}`,
          entityType: 'gate_review',
          entityId: reviewId,
          before: { projectId: facts.id, stage: facts.stage, status: facts.status, endFiscalYear: facts.endFiscalYear },
          after: {
            decision: input.decision,
            reason: input.reason,
            stage: stageAfter,
            budgetEffect: effect,
            conditions: input.conditions ?? null,
          },
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return decided;
      });
      return (await toReviews([row]))[0]!;
    },

    /** Records whether the conditions of a conditional Go were met by their deadline. */
    async followUp(reviewId: number, input: ConditionFollowUp, actor: Actor): Promise<GateReview> {
      const row = await db.transaction(async (tx) => {
        const review = await repo.reviewById(reviewId, tx);
        if (!review) throw new NotFoundError(REVIEW);
        const facts = await factsFor(review.projectId, actor, tx);
        if (!canDecideGate(actor, facts)) throw new ForbiddenError();
        if (review.conditionStatus !== 'open')
          throw new ConflictError('no_open_conditions', {
            ja: 'このゲート評価に未確認の条件はありません。',
            en: 'This gate review has no open conditions.',
          });
        const updated = await repo.updateReviewIfVersion(
          reviewId,
          input.version,
          { conditionStatus: input.outcome, reason: `${review.reason ?? ''}\n[${input.outcome}] ${input.note}` },
          tx,
        );
        if (!updated) throw new StaleVersionError(review.version);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'gate_review.conditions',
          entityType: 'gate_review',
          entityId: reviewId,
          before: { conditionStatus: 'open' },
          after: { conditionStatus: input.outcome, note: input.note },
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return updated;
      });
      return (await toReviews([row]))[0]!;
    },

    ladderOf: (modality: Modality) => LADDERS[modality],
    repo,
  };
}

export type GatesService = ReturnType<typeof createGatesService>;
