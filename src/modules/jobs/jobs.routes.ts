import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NotFoundError } from '../../errors.ts';
import { actorOf, requireAuth } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { isAgencyMember } from '../auth/actor.ts';
import { JobListResponse, JobParams, JobRunSchema } from './jobs.schemas.ts';
import type { JobQueue } from './jobs.service.ts';

const LIST_LIMIT = 50;

/** Background jobs and their progress. Agency members see every job; others see the jobs they started. */
export const jobsRoutes: FastifyPluginAsyncZod<{ jobs: JobQueue }> = async (app, { jobs }) => {
  app.get(
    '/jobs',
    {
      onRequest: requireAuth,
      schema: {
        tags: ['jobs'],
        summary: 'Recent background jobs, newest first (agency members: all; others: their own)',
        response: { 200: JobListResponse, 401: ProblemResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const createdBy = isAgencyMember(actor) ? undefined : actor.userId;
      return { items: await jobs.list({ createdBy, limit: LIST_LIMIT }) };
    },
  );

  app.get(
    '/jobs/:id',
    {
      onRequest: requireAuth,
      schema: {
        tags: ['jobs'],
        summary: 'One background job with its progress and outcome',
        params: JobParams,
        response: { 200: JobRunSchema, 400: ProblemResponse, 401: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const run = await jobs.get(request.params.id);
      // A job someone else started is reported as missing, not forbidden: its id says nothing.
      if (!run || (!isAgencyMember(actor) && run.createdBy !== actor.userId)) {
        throw new NotFoundError({ ja: 'ジョブ', en: 'The job' });
      }
      return run;
    },
  );
};
