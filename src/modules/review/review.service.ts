import type { Db } from '../../db/client.ts';
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError } from '../../errors.ts';
import { fiscalYearOf } from '../../lib/fiscal-year.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import type { ReviewSubject, ReviewSubjects } from './review.ports.ts';
import { type AssignmentRow, createReviewRepository, type ReviewerRow } from './review.repository.ts';
import { reviewConflicts } from './review.tables.ts';

export type ConflictKind = 'institutional' | 'collaborator' | 'advisor' | 'personal' | 'declared';
export type Conflict = { kind: ConflictKind; source: string; evidence: string };

/** Co-investigators on a project that ran in the last this many fiscal years are in conflict. */
export const COLLABORATION_YEARS = 3;

const CONFLICTED = {
  ja: 'この課題とは利益相反があるため閲覧できません。',
  en: 'You have a conflict of interest with this application and cannot read it.',
};
const NOT_CONFIRMED = {
  ja: '利益相反がないことを確認してから閲覧してください。',
  en: 'Confirm that you have no conflict of interest before reading this application.',
};

export function createReviewService(deps: { db: Db; subjects: ReviewSubjects; now?: () => Date }) {
  const { db, subjects } = deps;
  const repo = createReviewRepository();
  const now = deps.now ?? (() => new Date());

  /** Conflicts detected from the people and projects records, plus those recorded (declared, named by applicants, staff). */
  async function conflictsOf(reviewer: ReviewerRow, subject: ReviewSubject): Promise<Conflict[]> {
    const out: Conflict[] = (await repo.conflicts(db, reviewer.id, subject.id)).map((c) => ({
      kind: c.kind as ConflictKind,
      source: c.source,
      evidence: c.evidence,
    }));
    if (reviewer.institutionId !== null && subject.institutionIds.includes(reviewer.institutionId)) {
      out.push({ kind: 'institutional', source: 'detected', evidence: `institution ${reviewer.institutionId}` });
    }
    if (reviewer.researcherId !== null) {
      if (subject.memberResearcherIds.includes(reviewer.researcherId))
        out.push({ kind: 'personal', source: 'detected', evidence: 'member of the application' });
      const from = fiscalYearOf(now()) - COLLABORATION_YEARS;
      for (const p of await repo.sharedProjects(db, reviewer.researcherId, subject.memberResearcherIds, from)) {
        out.push({ kind: 'collaborator', source: 'detected', evidence: `project ${p.grantNumber} with researcher ${p.researcherId}` });
      }
    }
    return out;
  }

  async function assignmentFor(
    actor: Actor,
    applicationId: number,
  ): Promise<{ reviewer: ReviewerRow; assignment: AssignmentRow; subject: ReviewSubject }> {
    const reviewer = await repo.reviewerOfUser(db, actor.userId);
    const assignment = reviewer ? await repo.assignment(db, reviewer.id, applicationId) : null;
    const subject = assignment && assignment.status !== 'declined' ? await subjects.get(applicationId) : null;
    if (!reviewer || !assignment || !subject) throw new NotFoundError({ ja: '担当課題', en: 'The assigned application' });
    return { reviewer, assignment, subject };
  }

  return {
    conflictsOf,

    /** True only for a reviewer assigned to the application, without any conflict, who has confirmed so. */
    async mayReadSubject(actor: Actor, applicationId: number): Promise<boolean> {
      try {
        const { reviewer, assignment, subject } = await assignmentFor(actor, applicationId);
        if ((await conflictsOf(reviewer, subject)).length > 0) return false;
        return assignment.status === 'confirmed' || assignment.status === 'submitted';
      } catch (e) {
        if (e instanceof NotFoundError) return false;
        throw e;
      }
    },

    async myAssignments(actor: Actor) {
      const reviewer = await repo.reviewerOfUser(db, actor.userId);
      if (!reviewer) return { items: [] };
      const rows = await repo.assignmentsOf(db, reviewer.id);
      return { items: rows.map((a) => ({ applicationId: a.applicationId, callId: a.callId, status: a.status, version: a.version })) };
    },

    /** The reviewer's view of an assigned application: 404 unassigned, 403 conflicted or not yet confirmed. */
    async subjectForReviewer(actor: Actor, applicationId: number) {
      const { reviewer, assignment, subject } = await assignmentFor(actor, applicationId);
      if ((await conflictsOf(reviewer, subject)).length > 0) throw new ForbiddenError(CONFLICTED);
      if (assignment.status !== 'confirmed' && assignment.status !== 'submitted') throw new ForbiddenError(NOT_CONFIRMED);
      return subject;
    },

    /** The reviewer confirms having no conflict; refused (403, and the detected conflict kept on record) when one exists. */
    async confirmNoConflict(actor: Actor, applicationId: number, version: number) {
      const { reviewer, assignment, subject } = await assignmentFor(actor, applicationId);
      const conflicts = await conflictsOf(reviewer, subject);
      if (conflicts.length > 0) throw new ForbiddenError(CONFLICTED);
      if (assignment.status !== 'assigned')
        throw new ConflictError('already_confirmed', { ja: 'すでに確認済みです。', en: 'Already confirmed.' });
      return db.transaction(async (tx) => {
        const row = await repo.confirm(tx, assignment.id, version);
        if (!row) throw new StaleVersionError(assignment.version);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'review.confirm_no_conflict',
          entityType: 'review_assignment',
          entityId: row.id,
          before: { status: assignment.status },
          after: { status: row.status },
          requestId: actor.requestId ?? null,
          ip: actor.ip ?? null,
        });
        return { applicationId: row.applicationId, callId: row.callId, status: row.status, version: row.version };
      });
    },

    /** The reviewer declares a conflict: recorded with its reason; the application stays closed to them. */
    async declareConflict(actor: Actor, applicationId: number, reason: string) {
      const { reviewer } = await assignmentFor(actor, applicationId);
      await db.transaction(async (tx) => {
        await tx
          .insert(reviewConflicts)
          .values({ reviewerId: reviewer.id, applicationId, kind: 'declared', source: 'reviewer', evidence: reason })
          .onConflictDoNothing();
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'review.declare_conflict',
          entityType: 'review_conflict',
          entityId: applicationId,
          after: { reviewerId: reviewer.id, reason },
          requestId: actor.requestId ?? null,
          ip: actor.ip ?? null,
        });
      });
      return { applicationId, declared: true };
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
