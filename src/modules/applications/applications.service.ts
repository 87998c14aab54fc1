import type { Db } from '../../db/client.ts';
import { toNumber } from '../../db/sql.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type Actor, hasRole } from '../auth/actor.ts';
import type { CallsService } from '../calls/calls.service.ts';
import { formatJst } from '../calls/jst.ts';
import type { Modality } from '../projects/stages.ts';
import { createApplicationAccess } from './applications.access.ts';
import { type ApplicationRow, createApplicationsRepository, type ListRow } from './applications.repository.ts';
import { checkBudgetPlan, checkTeamShape, missingForSubmission } from './applications.rules.ts';
import type { ApplicationDetail, ApplicationListItem, ApplicationSave, ApplicationStatus } from './applications.schemas.ts';

export const APPLICATION = { ja: '応募', en: 'Application' };

/** What the review module reads of an application. */
export type ReviewItem = {
  id: number;
  callId: number;
  titleJa: string;
  titleEn: string;
  abstractJa: string;
  abstractEn: string;
  keywords: string[];
  requestedYen: number;
  researcherIds: number[];
  institutionIds: number[];
};
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toListItem(r: ListRow): ApplicationListItem {
  return {
    id: r.id,
    call: {
      id: r.callId,
      titleJa: r.callTitleJa,
      titleEn: r.callTitleEn,
      fiscalYear: r.fiscalYear,
      deadlineAt: iso(r.deadlineAt) as string,
    },
    callTypeCode: r.callTypeCode,
    titleJa: r.titleJa,
    titleEn: r.titleEn,
    pi: { id: r.piId, nameJa: r.piJa, nameEn: r.piEn },
    institution: { id: r.institutionId, nameJa: r.institutionJa, nameEn: r.institutionEn },
    status: r.status as ApplicationStatus,
    submittedAt: iso(r.submittedAt),
    requestedYen: toNumber(r.requestedYen),
    openFlags: {
      effort: toNumber(r.effortFlags),
      duplication: toNumber(r.duplicationFlags),
      concentration: toNumber(r.concentrationFlags),
    },
    awardedYen: r.awardedYen === null ? null : toNumber(r.awardedYen),
    projectId: r.projectId,
  };
}

function notEditable(status: string) {
  return new ConflictError('application_not_editable', {
    ja: `この応募は「${status}」の状態のため変更できません。`,
    en: `This application is ${status} and can no longer be changed.`,
  });
}

export function deadlinePassed(deadlineAt: Date) {
  const when = formatJst(deadlineAt);
  return new ConflictError(
    'deadline_passed',
    {
      ja: `締切（${when.ja}）を過ぎているため、提出・保存できません。`,
      en: `The deadline (${when.en}) has passed: the application can no longer be submitted or saved.`,
    },
    { deadlineAt: deadlineAt.toISOString() },
  );
}

export function createApplicationsService(deps: { db: Db; calls: CallsService }) {
  const { db, calls } = deps;
  const now = calls.now;
  const repo = createApplicationsRepository(db);
  const access = createApplicationAccess(repo);

  async function reviewItems(rows: ListRow[], trx: Db): Promise<ReviewItem[]> {
    const ids = rows.map((r) => r.id);
    const [members, apps] = await Promise.all([repo.membersOf(ids, trx), Promise.all(ids.map((id) => repo.find(id, trx)))]);
    return rows.map((r, i) => {
      const app = apps[i] as ApplicationRow;
      const team = members.filter((m) => m.applicationId === r.id);
      return {
        id: r.id,
        callId: r.callId,
        titleJa: app.titleJa,
        titleEn: app.titleEn,
        abstractJa: app.abstractJa,
        abstractEn: app.abstractEn,
        keywords: app.keywords,
        requestedYen: toNumber(r.requestedYen),
        researcherIds: team.map((m) => m.researcherId),
        institutionIds: [...new Set([app.institutionId, ...team.map((m) => m.institutionId)])],
      };
    });
  }

  /** The application if the actor may read it, else 404 (its existence does not leak). */
  async function readable(id: number, actor: Actor, trx: Db = db): Promise<ApplicationRow> {
    const app = await repo.find(id, trx);
    if (!app || !(await access.canReadRow(actor, app, trx))) throw new NotFoundError(APPLICATION);
    return app;
  }

  /** The application for a change by its team; others who can read it get 403, the rest 404. */
  async function editable(id: number, actor: Actor, trx: Db, piOnly = false): Promise<ApplicationRow> {
    const app = await readable(id, actor, trx);
    if (!(await access.isTeamMember(actor, app, trx))) throw new ForbiddenError();
    if (piOnly && app.piResearcherId !== actor.researcherId) {
      throw new ForbiddenError({ ja: 'この操作は研究開発代表者のみが行えます。', en: 'Only the PI can do this.' });
    }
    return app;
  }

  async function openCallOf(callId: number, trx: Db) {
    const c = await calls.forApplications(callId, trx);
    if (!c) throw new NotFoundError({ ja: '公募', en: 'Call' });
    if (c.phase === 'closed' || c.phase === 'review' || c.phase === 'decided') throw deadlinePassed(c.call.deadlineAt);
    if (c.phase !== 'open') {
      throw new ConflictError('call_not_open', { ja: 'この公募は受付期間外です。', en: 'This call is not open for applications.' });
    }
    return c;
  }

  async function changeStatus(app: ApplicationRow, version: number, to: ApplicationStatus, actor: Actor, trx: Db, note = '') {
    const changes: Partial<ApplicationRow> = { status: to };
    if (to === 'submitted') changes.submittedAt = now();
    const after = await repo.updateIfVersion(app.id, version, changes, trx);
    if (!after) throw new ConflictError('stale_version', STALE, { currentVersion: app.version });
    await repo.addHistory({ applicationId: app.id, fromStatus: app.status, toStatus: to, actorUserId: actor.userId, note }, trx);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: `application.${to === 'submitted' ? 'submit' : to === 'withdrawn' ? 'withdraw' : to}`,
      entityType: 'application',
      entityId: app.id,
      before: { status: app.status, version: app.version },
      after: { status: to, version: after.version, note },
      requestId: actor.requestId,
      ip: actor.ip,
    });
    return after;
  }

  const service = {
    access,
    repo,
    now,

    async get(id: number, actor: Actor, trx: Db = db): Promise<ApplicationDetail> {
      const app = await readable(id, actor, trx);
      const c = await calls.forApplications(app.callId, trx);
      const type = c?.types.find((t) => t.id === app.callTypeId);
      if (!c || !type) throw new NotFoundError(APPLICATION);
      const [members, budgets, attachments, history, decision] = await Promise.all([
        repo.membersOf([id], trx),
        repo.budgetsOf([id], trx),
        repo.attachmentsOf(id, trx),
        repo.historyOf(id, trx),
        repo.decisionOf(id, trx),
      ]);
      const team = app.piResearcherId === actor.researcherId;
      const member = members.some((m) => m.researcherId === actor.researcherId);
      const open = c.phase === 'open';
      return {
        id: app.id,
        call: {
          id: c.call.id,
          code: c.call.code,
          titleJa: c.call.titleJa,
          titleEn: c.call.titleEn,
          fiscalYear: c.call.fiscalYear,
          phase: c.phase,
          deadlineAt: c.call.deadlineAt.toISOString(),
        },
        callType: { ...type },
        titleJa: app.titleJa,
        titleEn: app.titleEn,
        abstractJa: app.abstractJa,
        abstractEn: app.abstractEn,
        modality: app.modality as Modality,
        keywords: app.keywords,
        ppiPlan: app.ppiPlan,
        ppiAnswers: app.ppiAnswers,
        otherFunding: app.otherFunding,
        budgets: budgets.map((b) => ({ fiscalYear: b.fiscalYear, amountYen: b.amountYen })),
        team: members.map((m) => ({
          researcherId: m.researcherId,
          researcherNumber: m.researcherNumber,
          nameJa: `${m.familyJa} ${m.givenJa}`,
          nameEn: `${m.givenEn} ${m.familyEn}`,
          institution: { id: m.institutionId, nameJa: m.institutionJa, nameEn: m.institutionEn },
          role: m.role as 'pi' | 'co',
          effortPercent: m.effortPercent,
        })),
        status: app.status as ApplicationStatus,
        submittedAt: iso(app.submittedAt),
        requestedYen: budgets.reduce((s, b) => s + b.amountYen, 0),
        version: app.version,
        attachments: attachments.map((a) => ({ ...a, uploadedAt: a.uploadedAt.toISOString() })),
        history: history.map((h) => ({ fromStatus: h.fromStatus, toStatus: h.toStatus, at: h.at.toISOString(), note: h.note })),
        decision:
          decision && ['adopted', 'rejected'].includes(app.status)
            ? {
                outcome: decision.outcome as 'adopted' | 'rejected',
                awardedBudget: decision.awardedBudget,
                projectId: decision.projectId,
                decidedAt: decision.decidedAt.toISOString(),
              }
            : null,
        permissions: {
          canEdit: member && open && app.status === 'draft',
          canEditTeam: team && open && app.status === 'draft',
          canSubmit: team && open && app.status === 'draft',
          canWithdraw: team && (app.status === 'draft' || app.status === 'submitted') && c.phase !== 'decided',
        },
      };
    },

    /**
     * For the review module: the submitted (not withdrawn) applications of a call with what
     * assignment and conflict detection need. No access check: the caller is a trusted service.
     */
    async forReview(callId: number, trx: Db = db): Promise<ReviewItem[]> {
      const rows = (await repo.listForCall(callId, trx)).filter((r) => r.status !== 'withdrawn');
      return reviewItems(rows, trx);
    },

    /** One submitted application for the review module (null when missing, a draft or withdrawn). */
    async forReviewOne(id: number, trx: Db = db): Promise<ReviewItem | null> {
      const app = await repo.find(id, trx);
      if (!app || app.submittedAt === null || app.status === 'withdrawn') return null;
      const rows = (await repo.listForCall(app.callId, trx)).filter((r) => r.id === id);
      return (await reviewItems(rows, trx))[0] ?? null;
    },

    async listMine(actor: Actor): Promise<{ items: ApplicationListItem[] }> {
      if (actor.researcherId === null) return { items: [] };
      return { items: (await repo.listForResearcher(actor.researcherId)).map(toListItem) };
    },

    /** A researcher starts a draft as its PI, with 10% effort until they say otherwise. */
    async create(input: { callId: number; callTypeId: number }, actor: Actor): Promise<ApplicationDetail> {
      if (actor.researcherId === null || !hasRole(actor, 'researcher')) throw new ForbiddenError();
      const researcherId = actor.researcherId;
      const id = await db.transaction(async (tx) => {
        const c = await openCallOf(input.callId, tx);
        if (!c.types.some((t) => t.id === input.callTypeId)) {
          throw new ValidationError({ ja: 'この公募にない類型です。', en: 'This call has no such type.' }, [
            { path: 'callTypeId', message: 'not a type of this call' },
          ]);
        }
        const pi = await repo.researcherById(researcherId, tx);
        if (!pi) throw new ForbiddenError();
        const app = await repo.insert(
          { callId: input.callId, callTypeId: input.callTypeId, piResearcherId: pi.id, institutionId: pi.institutionId },
          { researcherId: pi.id, effortPercent: 10 },
          tx,
        );
        await repo.addHistory({ applicationId: app.id, fromStatus: null, toStatus: 'draft', actorUserId: actor.userId }, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'application.create',
          entityType: 'application',
          entityId: app.id,
          after: input,
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return app.id;
      });
      return service.get(id, actor);
    },

    /**
     * Saves the document the team edits together. A save based on an old version changes
     * nothing and answers 409 with both versions (the stored one and the one sent), so the
     * editor can merge and nothing is lost.
     */
    async save(id: number, body: ApplicationSave, actor: Actor): Promise<ApplicationDetail> {
      const stale = await db.transaction(async (tx) => {
        const app = await editable(id, actor, tx);
        if (app.status !== 'draft') throw notEditable(app.status);
        const c = await openCallOf(app.callId, tx);
        const type = c.types.find((t) => t.id === app.callTypeId)!;
        checkBudgetPlan(body.budgets, c.call, type);
        checkTeamShape(body.team);
        const team = await resolveTeam(body.team, app, actor, tx);
        const { version, budgets, team: _team, ...content } = body;
        const after = await repo.updateIfVersion(id, version, content, tx);
        if (!after) return true;
        await repo.replaceBudgets(id, budgets, tx);
        if (team) await repo.replaceTeam(id, team, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'application.save',
          entityType: 'application',
          entityId: id,
          before: { version: app.version },
          after: { ...body, version: after.version },
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return false;
      });
      if (stale) {
        const current = await service.get(id, actor);
        throw new ConflictError('stale_version', STALE, { currentVersion: current.version, current, yours: body });
      }
      return service.get(id, actor);
    },

    /** Server time decides: a submission at or after the deadline is refused. Only the PI submits. */
    async submit(id: number, version: number, actor: Actor): Promise<ApplicationDetail> {
      await db.transaction(async (tx) => {
        const app = await editable(id, actor, tx, true);
        if (app.status !== 'draft') throw notEditable(app.status);
        const c = await openCallOf(app.callId, tx);
        const [budgets, attachments] = await Promise.all([repo.budgetsOf([id], tx), repo.attachmentsOf(id, tx)]);
        const missing = missingForSubmission(
          app,
          budgets,
          attachments.map((a) => a.kind),
          c.call,
        );
        if (missing.length > 0) {
          throw new ValidationError(
            { ja: '提出に必要な項目が入力されていません。', en: 'Some items needed for submission are missing.' },
            missing,
          );
        }
        await changeStatus(app, version, 'submitted', actor, tx);
      });
      return service.get(id, actor);
    },

    async withdraw(id: number, version: number, reason: string, actor: Actor): Promise<ApplicationDetail> {
      await db.transaction(async (tx) => {
        const app = await editable(id, actor, tx, true);
        if (app.status !== 'draft' && app.status !== 'submitted') throw notEditable(app.status);
        await changeStatus(app, version, 'withdrawn', actor, tx, reason);
      });
      return service.get(id, actor);
    },
  };

  /** The team rows for a save; null when unchanged. Only the PI changes the team, and never the PI. */
  async function resolveTeam(team: ApplicationSave['team'], app: ApplicationRow, actor: Actor, tx: Db) {
    const found = await repo.researchersByNumber(
      team.map((m) => m.researcherNumber),
      tx,
    );
    const unknown = team.findIndex((m) => !found.some((f) => f.number === m.researcherNumber));
    if (unknown >= 0) {
      throw new ValidationError({ ja: '研究者番号が見つかりません。', en: 'No researcher has this researcher number.' }, [
        { path: `team.${unknown}.researcherNumber`, message: 'unknown researcher' },
      ]);
    }
    const rows = team.map((m) => ({
      researcherId: found.find((f) => f.number === m.researcherNumber)!.id,
      role: m.role,
      effortPercent: m.effortPercent,
    }));
    if (rows.find((r) => r.role === 'pi')?.researcherId !== app.piResearcherId) {
      throw new ValidationError({ ja: '研究開発代表者は変更できません。', en: 'The PI of an application cannot change.' }, [
        { path: 'team', message: 'pi changed' },
      ]);
    }
    const current = await repo.membersOf([app.id], tx);
    const key = (xs: { researcherId: number; role: string; effortPercent: number }[]) =>
      xs
        .map((x) => `${x.researcherId}:${x.role}:${x.effortPercent}`)
        .sort()
        .join(',');
    if (key(rows) === key(current)) return null;
    if (app.piResearcherId !== actor.researcherId) {
      throw new ForbiddenError({ ja: '研究体制は研究開発代表者のみが変更できます。', en: 'Only the PI can change the team.' });
    }
    return rows;
  }

  return service;
}

const STALE = {
  ja: 'この応募は他の共同編集者によって更新されています。両方の内容を比べて、反映してから保存してください。',
  en: 'A co-editor has saved this application in the meantime. Compare both versions, merge, and save again.',
};

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
