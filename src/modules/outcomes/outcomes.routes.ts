import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { KpiQuery, KpiResponse } from './outcomes.schemas.ts';
import type { OutcomesService } from './outcomes.service.ts';

export const outcomesRoutes: FastifyPluginAsyncZod<{ outcomes: OutcomesService }> = async (app, { outcomes }) => {
  app.get(
    '/outcomes/kpis',
    {
      onRequest: requireAuth,
      schema: {
        tags: ['projects'],
        summary: 'Outcome indicators of a plan period (approvals, licensings, non-clinical PoCs, top-journal papers) by fiscal year',
        querystring: KpiQuery,
        response: { 200: KpiResponse, 400: ProblemResponse, 401: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request) => outcomes.kpis(request.query),
  );
};
