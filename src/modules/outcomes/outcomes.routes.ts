import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import type { OutcomesService } from './outcomes.service.ts';

const Count = z.number().int();
const KpiResponse = z.object({
  periodId: Count,
  fromFiscalYear: Count,
  throughFiscalYear: Count,
  approvals: Count.describe('薬事承認'),
  licensings: Count.describe('企業導出'),
  nonClinicalPoc: Count.describe('非臨床PoC'),
  topJournalPapers: Count.describe('トップジャーナル論文'),
  clinicalTrials: Count,
  insuranceListings: Count,
  byFiscalYear: z.array(
    z.object({ fiscalYear: Count, approvals: Count, licensings: Count, nonClinicalPoc: Count, topJournalPapers: Count }),
  ),
});

export const outcomesRoutes: FastifyPluginAsyncZod<{ outcomes: OutcomesService }> = async (app, { outcomes }) => {
  app.get(
    '/outcomes/kpis',
    {
      onRequest: requireAuth,
      schema: {
        tags: ['projects'],
        summary: 'Outcome indicators of a plan period (approvals, licensings, non-clinical PoCs, top-journal papers) by fiscal year',
        querystring: z.object({
          period: z.coerce.number().int().min(1).max(9),
          throughFiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: { 200: KpiResponse, 400: ProblemResponse, 401: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request) => outcomes.kpis(request.query.period, request.query.throughFiscalYear),
  );
};
