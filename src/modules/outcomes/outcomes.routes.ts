import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import type { JobQueue } from '../jobs/jobs.service.ts';
import { OutcomeInput } from './outcomes.kinds.ts';
import { IMPORT_FORMATS, type OutcomeRecordsService } from './outcomes.records.ts';
import { KpiQuery, KpiResponse } from './outcomes.schemas.ts';
import type { OutcomesService } from './outcomes.service.ts';

const tags = ['projects'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const Outcome = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  kind: z.string(),
  fiscalYear: z.number().int(),
  occurredOn: z.string().nullable(),
  titleJa: z.string(),
  titleEn: z.string(),
  topJournal: z.boolean(),
  details: z.record(z.string(), z.unknown()),
  status: z.enum(['reported', 'verified', 'rejected']),
  source: z.string(),
  verifiedAt: z.string().nullable(),
  version: z.number().int(),
});
const IdParams = z.object({ id: z.coerce.number().int().positive() });

type Deps = { outcomes: OutcomesService; records: OutcomeRecordsService; jobs: JobQueue };

export const outcomesRoutes: FastifyPluginAsyncZod<Deps> = async (app, { outcomes, records, jobs }) => {
  app.addHook('onRequest', requireAuth);

  app.get(
    '/outcomes/kpis',
    {
      schema: {
        tags,
        operationId: 'getOutcomeKpis',
        summary: 'Outcome indicators of a plan period (approvals, licensings, non-clinical PoCs, top-journal papers) by fiscal year',
        querystring: KpiQuery,
        response: { 200: KpiResponse, 400: ProblemResponse, 401: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request) => outcomes.kpis(request.query),
  );

  app.get(
    '/projects/:id/outcomes',
    {
      schema: {
        tags,
        operationId: 'listProjectOutcomes',
        summary: "A project's outcomes with what the caller may do (report, verify)",
        params: IdParams,
        response: {
          200: z.object({ items: z.array(Outcome), permissions: z.object({ canReport: z.boolean(), canVerify: z.boolean() }) }),
          ...errors,
        },
      },
    },
    async (request) => records.listForProject(request.params.id, actorOf(request)),
  );

  app.post(
    '/projects/:id/outcomes',
    {
      schema: {
        tags,
        operationId: 'reportOutcome',
        summary: 'Report an outcome of a project (its team, or those who may edit it)',
        params: IdParams,
        body: OutcomeInput,
        response: { 201: Outcome, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await records.report(request.params.id, request.body, actorOf(request))),
  );

  app.post(
    '/outcomes/:id/verify',
    {
      schema: {
        tags,
        operationId: 'verifyOutcome',
        summary: "Verify or reject a reported outcome (the project's PO, PS, PD, staff); send the version you read",
        params: IdParams,
        body: z.object({ version: z.number().int(), decision: z.enum(['verified', 'rejected']) }),
        response: { 200: Outcome, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => records.verify(request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/outcomes/imports',
    {
      schema: {
        tags,
        operationId: 'importOutcomes',
        summary:
          'Import outcomes from CSV, Excel (base64), PubMed XML, Crossref JSON or RIS as a job; all rows or none; row-by-row errors in the job result',
        body: z.object({ format: z.enum(IMPORT_FORMATS), filename: z.string().min(1).max(200), content: z.string().max(900_000) }),
        response: { 202: z.object({ jobId: z.string() }), ...errors },
      },
    },
    async (request, reply) => reply.code(202).send(await records.requestImport(request.body, actorOf(request), jobs)),
  );
};
