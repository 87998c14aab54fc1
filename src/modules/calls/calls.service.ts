import type { Db } from '../../db/client.ts';
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { canManageCall, canSeeDraftCalls } from './calls.policy.ts';
import { type CallTypeRow, type CallWithProgram, createCallsRepository } from './calls.repository.ts';
import type { CallDetail, CallInput, CallListQuery, CallPatch, CallPhase, CallSummary } from './calls.schemas.ts';

const CALL = { ja: '公募', en: 'Call' };
export type Clock = () => Date;

/** Where a call stands now: staff set the status, the clock decides between upcoming, open and closed. */
export function phaseOf(call: { status: string; opensAt: Date; deadlineAt: Date }, now: Date): CallPhase {
  if (call.status === 'draft') return 'draft';
  if (call.status === 'review') return 'review';
  if (call.status === 'decided') return 'decided';
  if (now < call.opensAt) return 'upcoming';
  return now < call.deadlineAt ? 'open' : 'closed';
}

function checkWindow(opensAt: Date, deadlineAt: Date) {
  if (deadlineAt <= opensAt) {
    throw new ValidationError({ ja: '締切は受付開始より後にしてください。', en: 'The deadline must come after the opening.' }, [
      { path: 'deadlineAt', message: 'not after opensAt' },
    ]);
  }
}

function checkTypes(types: { code: string }[]) {
  if (new Set(types.map((t) => t.code)).size !== types.length) {
    throw new ValidationError({ ja: '類型のコードが重複しています。', en: 'Two call types share a code.' }, [
      { path: 'types', message: 'duplicate code' },
    ]);
  }
}

export function createCallsService(deps: { db: Db; now?: Clock }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const repo = createCallsRepository(db);

  const summaryOf = (c: CallWithProgram, types: CallTypeRow[], at: Date): CallSummary => ({
    id: c.id,
    code: c.code,
    program: { id: c.programId, nameJa: c.programJa, nameEn: c.programEn },
    fiscalYear: c.fiscalYear,
    titleJa: c.titleJa,
    titleEn: c.titleEn,
    status: c.status as CallSummary['status'],
    phase: phaseOf(c, at),
    opensAt: c.opensAt.toISOString(),
    deadlineAt: c.deadlineAt.toISOString(),
    budgetYen: c.budgetYen,
    partnerCountries: c.partnerCountries,
    types: types
      .filter((t) => t.callId === c.id)
      .map((t) => ({
        id: t.id,
        code: t.code,
        nameJa: t.nameJa,
        nameEn: t.nameEn,
        budgetCapYen: t.budgetCapYen,
        durationYears: t.durationYears,
        plannedAwards: t.plannedAwards,
      })),
  });

  async function detailOf(c: CallWithProgram, actor: Actor | null, trx: Db = db): Promise<CallDetail> {
    const types = await repo.typesOf([c.id], trx);
    const ipIds = actor ? await repo.integratedProjectsOfProgram(c.programId, trx) : [];
    return {
      ...summaryOf(c, types, now()),
      descriptionJa: c.descriptionJa,
      descriptionEn: c.descriptionEn,
      concentrationLimitYen: c.concentrationLimitYen,
      eligibility: c.eligibility,
      ppiQuestions: c.ppiQuestions,
      requiredAttachments: c.requiredAttachments,
      reviewForm: c.reviewForm,
      reviewStages: c.reviewStages,
      version: c.version,
      permissions: { canEdit: actor !== null && canManageCall(actor, { programId: c.programId, integratedProjectIds: ipIds }) },
    };
  }

  async function requireManage(actor: Actor, programId: number, trx: Db) {
    const ipIds = await repo.integratedProjectsOfProgram(programId, trx);
    if (!canManageCall(actor, { programId, integratedProjectIds: ipIds })) throw new ForbiddenError();
  }

  return {
    now,

    /** Calls a caller may see: agency members all of them, anyone else (signed in or not) the published ones. */
    async list(query: CallListQuery, actor: Actor | null): Promise<{ items: CallSummary[] }> {
      const statuses = canSeeDraftCalls(actor) ? undefined : ['published', 'review', 'decided'];
      const rows = await repo.list({ programId: query.program, fiscalYear: query.fiscalYear, statuses });
      const types = await repo.typesOf(rows.map((r) => r.id));
      const at = now();
      const items = rows.map((r) => summaryOf(r, types, at)).filter((c) => !query.phase || c.phase === query.phase);
      return { items };
    },

    /** Open calls only, for the public page and API. */
    async listOpen(): Promise<{ items: CallSummary[] }> {
      return this.list({ phase: 'open' }, null);
    },

    async get(id: number, actor: Actor | null): Promise<CallDetail> {
      const c = await repo.find(id);
      if (!c || (c.status === 'draft' && !canSeeDraftCalls(actor))) throw new NotFoundError(CALL);
      return detailOf(c, actor);
    },

    async create(input: CallInput, actor: Actor): Promise<CallDetail> {
      const opensAt = new Date(input.opensAt);
      const deadlineAt = new Date(input.deadlineAt);
      checkWindow(opensAt, deadlineAt);
      checkTypes(input.types);
      const id = await db.transaction(async (tx) => {
        if (!(await repo.programExists(input.programId, tx))) {
          throw new ValidationError({ ja: '事業が見つかりません。', en: 'The program does not exist.' }, [
            { path: 'programId', message: 'not found' },
          ]);
        }
        await requireManage(actor, input.programId, tx);
        if (await repo.codeTaken(input.code, tx)) {
          throw new ConflictError('call_code_taken', { ja: 'この公募コードは使われています。', en: 'This call code is already in use.' });
        }
        const { types, ...fields } = input;
        const call = await repo.insert({ ...fields, opensAt, deadlineAt, status: 'draft' }, types, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'call.create',
          entityType: 'call',
          entityId: call.id,
          after: input,
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return call.id;
      });
      return this.get(id, actor);
    },

    /** Applies an edit made against `patch.version`; a stale version gets 409 and changes nothing. */
    async update(id: number, patch: CallPatch, actor: Actor): Promise<CallDetail> {
      await db.transaction(async (tx) => {
        const before = await repo.find(id, tx);
        if (!before || !canSeeDraftCalls(actor)) throw new NotFoundError(CALL);
        await requireManage(actor, before.programId, tx);
        const { version, types, opensAt, deadlineAt, ...fields } = patch;
        const window = {
          opensAt: opensAt ? new Date(opensAt) : before.opensAt,
          deadlineAt: deadlineAt ? new Date(deadlineAt) : before.deadlineAt,
        };
        checkWindow(window.opensAt, window.deadlineAt);
        if (types) checkTypes(types);
        const after = await repo.updateIfVersion(id, version, { ...fields, ...window }, tx);
        if (!after) throw new StaleVersionError(before.version);
        if (types) await repo.replaceTypes(id, types, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'call.update',
          entityType: 'call',
          entityId: id,
          before: { status: before.status, version: before.version },
          after: { ...patch, version: after.version },
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
      return this.get(id, actor);
    },

    /** For the applications module: the call with its types, the phase now, and whether the actor manages it. */
    async forApplications(id: number, trx: Db = db) {
      const c = await repo.find(id, trx);
      if (!c) return null;
      const types = await repo.typesOf([id], trx);
      const ipIds = await repo.integratedProjectsOfProgram(c.programId, trx);
      return {
        call: c,
        types,
        phase: phaseOf(c, now()),
        canManage: (actor: Actor) => canManageCall(actor, { programId: c.programId, integratedProjectIds: ipIds }),
      };
    },
  };
}

export type CallsService = ReturnType<typeof createCallsService>;
