import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { CallStats } from '../calls/calls.schemas.ts';
import type { JobQueue } from '../jobs/jobs.service.ts';
import { AGENCY_ROLES } from '../people/roles.ts';
import { CHECKS_JOB, LETTERS_JOB } from './applications.jobs.ts';
import { ApplicationDetail, ApplicationIdParams, ApplicationList } from './applications.schemas.ts';
import type { ChecksService } from './checks.service.ts';
import { DecisionBody, DismissBody, EffortRegister, FlagIdParams, FlagList, JobStarted } from './decisions.schemas.ts';
import type { DecisionsService } from './decisions.service.ts';

const tags = ['applications'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const agency = requireRoles(...AGENCY_ROLES);

/** The agency's side of a call: applications with their check flags, effort, decisions and letters. */
export const decisionsRoutes: FastifyPluginAsyncZod<{ checks: ChecksService; decisions: DecisionsService; jobs: JobQueue }> = async (
  app,
  { checks, decisions, jobs },
) => {
  app.get(
    '/calls/:id/applications',
    {
      onRequest: agency,
      schema: {
        tags,
        operationId: 'listCallApplications',
        summary: 'Submitted applications of a call with their open check flags (agency members)',
        params: ApplicationIdParams,
        response: { 200: ApplicationList, ...errors },
      },
    },
    async (request) => decisions.listForCall(request.params.id, actorOf(request)),
  );

  app.get(
    '/calls/:id/stats',
    {
      onRequest: agency,
      schema: {
        tags,
        operationId: 'getCallStats',
        summary: 'Applications, decisions, success rate and money of a call',
        params: ApplicationIdParams,
        response: { 200: CallStats, ...errors },
      },
    },
    async (request) => decisions.stats(request.params.id, actorOf(request)),
  );

  app.post(
    '/calls/:id/checks',
    {
      onRequest: agency,
      schema: {
        tags,
        operationId: 'runCallChecks',
        summary: 'Run the effort, duplication and concentration checks of every submitted application (a job)',
        params: ApplicationIdParams,
        response: { 202: JobStarted, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await checks.requireManagedCall(request.params.id, actor);
      const jobId = await jobs.enqueue(
        CHECKS_JOB,
        { callId: request.params.id },
        { createdBy: actor.userId, singletonKey: `checks:${request.params.id}` },
      );
      return reply.status(202).send({ jobId });
    },
  );

  app.post(
    '/calls/:id/letters',
    {
      onRequest: agency,
      schema: {
        tags,
        operationId: 'sendDecisionLetters',
        summary: 'Write the decision letters of every decided application not yet notified, through the mail outbox (a job)',
        params: ApplicationIdParams,
        response: { 202: JobStarted, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await checks.requireManagedCall(request.params.id, actor);
      const jobId = await jobs.enqueue(
        LETTERS_JOB,
        { callId: request.params.id },
        { createdBy: actor.userId, singletonKey: `letters:${request.params.id}` },
      );
      return reply.status(202).send({ jobId });
    },
  );

  app.get(
    '/applications/:id/effort',
    {
      onRequest: agency,
      schema: {
        tags,
        operationId: 'getEffortRegister',
        summary: "Effort register of the application's team: active projects, this application, other pending applications",
        params: ApplicationIdParams,
        response: { 200: EffortRegister, ...errors },
      },
    },
    async (request) => checks.effortRegisterFor(request.params.id, actorOf(request)),
  );

  app.get(
    '/applications/:id/flags',
    {
      onRequest: agency,
      schema: {
        tags,
        operationId: 'listApplicationFlags',
        summary: 'Check flags of an application with their evidence',
        params: ApplicationIdParams,
        response: { 200: FlagList, ...errors },
      },
    },
    async (request) => checks.listFlags(request.params.id, actorOf(request)),
  );

  app.post(
    '/flags/:id/dismiss',
    {
      onRequest: agency,
      schema: {
        tags,
        operationId: 'dismissFlag',
        summary: 'Dismiss a check flag with the reason (staff, PS/PO of the program)',
        params: FlagIdParams,
        body: DismissBody,
        response: { 200: FlagList, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => checks.dismissFlag(request.params.id, request.body.reason, actorOf(request)),
  );

  app.post(
    '/applications/:id/decision',
    {
      onRequest: agency,
      schema: {
        tags,
        operationId: 'decideApplication',
        summary: 'Adopt (possibly with a reduced budget; creates the project) or reject a submitted application',
        params: ApplicationIdParams,
        body: DecisionBody,
        response: { 200: ApplicationDetail, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => decisions.decide(request.params.id, request.body, actorOf(request)),
  );
};
