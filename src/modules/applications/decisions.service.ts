import type { Db } from '../../db/client.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type Actor, isAgencyMember } from '../auth/actor.ts';
import type { CallsService } from '../calls/calls.service.ts';
import type { ProjectsService } from '../projects/projects.service.ts';
import { APPLICATION, type ApplicationsService, toListItem } from './applications.service.ts';
import { awardApplication } from './award-application.ts';
import type { ChecksService } from './checks.service.ts';
import { composeDecisionLetter, type ReviewComment } from './letters.ts';

export type DecisionInput = {
  version: number;
  outcome: 'adopted' | 'rejected';
  budgets?: { fiscalYear: number; amountYen: number }[];
  reasonJa: string;
  reasonEn: string;
};
/** Where the reviewers' comments for a letter come from; the review module supplies it. */
export type CommentSource = (applicationId: number) => Promise<ReviewComment[]>;
export type SendMail = (msg: { to: string; subject: string; text: string }, trx: Db) => Promise<number>;

const noComments: CommentSource = async () => [];

export function createDecisionsService(deps: {
  db: Db;
  calls: CallsService;
  applications: ApplicationsService;
  checks: ChecksService;
  projects: ProjectsService;
}) {
  const { db, calls, applications, checks, projects } = deps;
  const repo = applications.repo;

  return {
    /** The submitted applications of a call with their check flags, for PS/PO and staff. */
    async listForCall(callId: number, actor: Actor) {
      const c = await calls.forApplications(callId);
      if (!c || !isAgencyMember(actor)) throw new NotFoundError({ ja: '公募', en: 'Call' });
      return { items: (await repo.listForCall(callId)).map(toListItem) };
    },

    /** Success rate and money of a call: adopted over decided applications. */
    async stats(callId: number, actor: Actor) {
      const c = await calls.forApplications(callId);
      if (!c || !isAgencyMember(actor)) throw new NotFoundError({ ja: '公募', en: 'Call' });
      const s = await repo.statsOf(callId);
      const decided = (s.adopted ?? 0) + (s.rejected ?? 0);
      return {
        callId,
        drafts: s.drafts ?? 0,
        submitted: s.submitted ?? 0,
        withdrawn: s.withdrawn ?? 0,
        adopted: s.adopted ?? 0,
        rejected: s.rejected ?? 0,
        successRate: decided === 0 ? null : Math.round(((s.adopted ?? 0) / decided) * 1000) / 1000,
        requestedYen: s.requested ?? 0,
        awardedYen: s.awarded ?? 0,
      };
    },

    /**
     * Adopt (possibly with a reduced budget) or reject a submitted application of a call in
     * review. Adoption creates the project with its team and budget in the same transaction.
     */
    async decide(applicationId: number, input: DecisionInput, actor: Actor) {
      await db.transaction(async (tx) => {
        const app = await repo.find(applicationId, tx);
        if (!app || app.submittedAt === null || !isAgencyMember(actor)) throw new NotFoundError(APPLICATION);
        const c = await calls.forApplications(app.callId, tx);
        if (!c) throw new NotFoundError(APPLICATION);
        if (!c.canManage(actor)) throw new ForbiddenError();
        if (app.status !== 'submitted') {
          throw new ConflictError('application_not_decidable', {
            ja: 'この応募は既に採否が決まっているか、取り下げられています。',
            en: 'This application has already been decided or was withdrawn.',
          });
        }
        if (c.phase !== 'review') {
          throw new ConflictError('call_not_in_review', {
            ja: '採否は公募を審査中にしてから決定してください。',
            en: 'Decisions are made once the call is in review.',
          });
        }
        if (app.version !== input.version) throw new ConflictError('stale_version', STALE, { currentVersion: app.version });
        const type = c.types.find((t) => t.id === app.callTypeId)!;
        const award =
          input.outcome === 'adopted'
            ? await awardApplication(
                { repo, projects, assertEffort: checks.assertEffortAllowsAward },
                { app, call: c.call, type, budgets: input.budgets },
                actor,
                tx,
              )
            : null;
        await repo.insertDecision(
          {
            applicationId,
            outcome: input.outcome,
            awardedBudget: award?.awarded ?? [],
            reasonJa: input.reasonJa,
            reasonEn: input.reasonEn,
            projectId: award?.project.id ?? null,
            decidedBy: actor.userId,
          },
          tx,
        );
        const after = await repo.updateIfVersion(applicationId, input.version, { status: input.outcome }, tx);
        if (!after) throw new ConflictError('stale_version', STALE, { currentVersion: app.version });
        await repo.addHistory({ applicationId, fromStatus: app.status, toStatus: input.outcome, actorUserId: actor.userId }, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: `application.${input.outcome === 'adopted' ? 'adopt' : 'reject'}`,
          entityType: 'application',
          entityId: applicationId,
          before: { status: app.status, version: app.version },
          after: { status: input.outcome, awarded: award?.awarded ?? [], projectId: award?.project.id ?? null, reasonJa: input.reasonJa },
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
      return applications.get(applicationId, actor);
    },

    /**
     * Writes one decision letter per decided application of the call that has none yet, each in
     * its own transaction with the outbox row (the mail module's jobs deliver them). Safe to run
     * again: a letter once written is never written twice.
     */
    async sendLetters(
      callId: number,
      send: SendMail,
      comments: CommentSource = noComments,
      onProgress: (fraction: number) => Promise<void> = async () => {},
    ) {
      const c = await calls.forApplications(callId);
      if (!c) throw new NotFoundError({ ja: '公募', en: 'Call' });
      const pending = await repo.decidedWithoutLetter(callId);
      let sent = 0;
      let skipped = 0;
      for (const [i, { applicationId }] of pending.entries()) {
        const app = (await repo.find(applicationId))!;
        const decision = (await repo.decisionOf(applicationId))!;
        const [pi, to] = await Promise.all([repo.researcherById(app.piResearcherId), repo.emailOfResearcher(app.piResearcherId)]);
        if (!pi || !to) {
          skipped++;
          continue;
        }
        const letter = composeDecisionLetter({
          locale: to.locale === 'en' ? 'en' : 'ja',
          applicantNameJa: `${pi.familyNameJa} ${pi.givenNameJa}`,
          applicantNameEn: `${pi.givenNameEn} ${pi.familyNameEn}`,
          callTitleJa: c.call.titleJa,
          callTitleEn: c.call.titleEn,
          applicationTitleJa: app.titleJa,
          applicationTitleEn: app.titleEn,
          outcome: decision.outcome as 'adopted' | 'rejected',
          awardedYen: decision.awardedBudget.reduce((s, b) => s + b.amountYen, 0),
          reasonJa: decision.reasonJa,
          reasonEn: decision.reasonEn,
          comments: await comments(applicationId),
        });
        await db.transaction(async (tx) => {
          const outboxId = await send({ to: to.email, ...letter }, tx);
          await repo.markLetterSent(applicationId, outboxId, tx);
          await recordAudit(tx, {
            actorUserId: null,
            action: 'application.letter',
            entityType: 'application',
            entityId: applicationId,
            after: { outboxId },
          });
        });
        sent++;
        await onProgress((i + 1) / pending.length);
      }
      return { callId, sent, skipped };
    },
  };
}

const STALE = {
  ja: 'この応募は他の人によって更新されています。最新の内容を読み込んでからやり直してください。',
  en: 'Someone else has changed this application. Reload it and try again.',
};

export type DecisionsService = ReturnType<typeof createDecisionsService>;
