import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import type { ReviewService } from './review.service.ts';

const tags = ['review'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const ApplicationParams = z.object({ applicationId: z.coerce.number().int().positive() });
const AssignmentView = z.object({
  applicationId: z.number().int(),
  callId: z.number().int(),
  status: z.string(),
  version: z.number().int(),
});
const Subject = z.object({
  id: z.number().int(),
  callId: z.number().int(),
  title: z.string(),
  abstract: z.string(),
  keywords: z.array(z.string()),
  requestedYen: z.number().int(),
});

export const reviewRoutes: FastifyPluginAsyncZod<{ review: ReviewService }> = async (app, { review }) => {
  app.addHook('onRequest', requireRoles('reviewer'));

  app.get(
    '/review/my-assignments',
    {
      schema: {
        tags,
        operationId: 'listMyReviewAssignments',
        summary: 'The signed-in reviewer’s assignments (評価委員の担当課題)',
        response: { 200: z.object({ items: z.array(AssignmentView) }), ...errors },
      },
    },
    async (request) => review.myAssignments(actorOf(request)),
  );

  app.get(
    '/review/assignments/:applicationId/subject',
    {
      schema: {
        tags,
        operationId: 'getReviewSubject',
        summary: 'An assigned application as its reviewer sees it; 403 with a conflict of interest or before confirming none',
        params: ApplicationParams,
        response: { 200: Subject, ...errors },
      },
    },
    async (request) => {
      const s = await review.subjectForReviewer(actorOf(request), request.params.applicationId);
      return { id: s.id, callId: s.callId, title: s.title, abstract: s.abstract, keywords: s.keywords, requestedYen: s.requestedYen };
    },
  );

  app.post(
    '/review/assignments/:applicationId/confirm-no-conflict',
    {
      schema: {
        tags,
        operationId: 'confirmNoReviewConflict',
        summary: 'The reviewer confirms having no conflict of interest; the application opens',
        params: ApplicationParams,
        body: z.object({ version: z.number().int().positive() }),
        response: { 200: AssignmentView, 409: ProblemResponse, ...errors },
      },
    },
    async (request) => review.confirmNoConflict(actorOf(request), request.params.applicationId, request.body.version),
  );

  app.post(
    '/review/assignments/:applicationId/declare-conflict',
    {
      schema: {
        tags,
        operationId: 'declareReviewConflict',
        summary: 'The reviewer declares a conflict of interest with a reason; the application stays closed',
        params: ApplicationParams,
        body: z.object({ reason: z.string().trim().min(1).max(2000) }),
        response: { 200: z.object({ applicationId: z.number().int(), declared: z.boolean() }), ...errors },
      },
    },
    async (request) => review.declareConflict(actorOf(request), request.params.applicationId, request.body.reason),
  );
};
