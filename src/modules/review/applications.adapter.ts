/**
 * Wires the review module to the applications module: the subjects reviewers score are the
 * submitted applications of a call, and an assigned reviewer who has confirmed no conflict
 * becomes a reader of the application (its attachments included) through the applications'
 * reader rule. A reviewer with a conflict never passes `mayReadSubject`.
 */
import type { ApplicationsService, ReviewItem } from '../applications/applications.service.ts';
import { hasRole } from '../auth/actor.ts';
import type { ReviewSubject, ReviewSubjects } from './review.ports.ts';
import type { ReviewService } from './review.service.ts';

const toSubject = (a: ReviewItem): ReviewSubject => ({
  id: a.id,
  callId: a.callId,
  title: [a.titleJa, a.titleEn].filter(Boolean).join(' / '),
  abstract: [a.abstractJa, a.abstractEn].filter(Boolean).join('\n'),
  keywords: a.keywords,
  requestedYen: a.requestedYen,
  memberResearcherIds: a.researcherIds,
  institutionIds: a.institutionIds,
});

export function applicationSubjects(applications: ApplicationsService): ReviewSubjects {
  return {
    listForCall: async (callId) => (await applications.forReview(callId)).map(toSubject),
    get: async (id) => {
      const item = await applications.forReviewOne(id);
      return item ? toSubject(item) : null;
    },
  };
}

/** Assigned, conflict-free, confirmed reviewers may read the application and its attachments. */
export function admitReviewers(applications: ApplicationsService, review: ReviewService): void {
  applications.access.addReaderRule(async (actor, app) => hasRole(actor, 'reviewer') && review.mayReadSubject(actor, app.id));
}
