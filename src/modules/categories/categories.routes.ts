import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth, requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import type { JobQueue } from '../jobs/jobs.service.ts';
import type { CategoriesService } from './categories.service.ts';

const tags = ['categories'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const AGENCY = ['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff'] as const;
const Match = z.object({ term: z.string(), lang: z.enum(['ja', 'en']), field: z.enum(['title', 'abstract']) });
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const Counts = {
  tp: z.number().int(),
  fp: z.number().int(),
  fn: z.number().int(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
};
const Evaluation = z.object({
  categorisedProjects: z.number().int(),
  ...Counts,
  byCode: z.array(z.object({ code: z.string(), ...Counts })),
});
const ProjectCategories = z.object({
  projectId: z.number().int(),
  assigned: z.array(
    z.object({
      scheme: z.string(),
      code: z.string(),
      nameJa: z.string(),
      nameEn: z.string(),
      matches: z.array(Match),
      score: z.number().int(),
      overridden: z.boolean(),
    }),
  ),
  excluded: z.array(z.object({ scheme: z.string(), code: z.string(), matches: z.array(Match) })),
  overrides: z.array(
    z.object({
      id: z.number().int(),
      scheme: z.string(),
      code: z.string(),
      action: z.string(),
      reason: z.string(),
      createdBy: z.number().int().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const categoriesRoutes: FastifyPluginAsyncZod<{ categories: CategoriesService; jobs: JobQueue }> = async (
  app,
  { categories, jobs },
) => {
  app.get(
    '/categories',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'listCategoryDefinitions',
        summary: 'The term definitions (Japanese and English) of every disease category and disease area',
        response: {
          200: z.object({
            categories: z.array(
              z.object({
                code: z.string(),
                nameJa: z.string(),
                nameEn: z.string(),
                rcdc: z.string().nullable(),
                ja: z.array(z.string()),
                en: z.array(z.string()),
              }),
            ),
            areas: z.array(z.object({ period: z.number().int(), key: z.string(), code: z.string() })),
          }),
          401: ProblemResponse,
        },
      },
    },
    async () => categories.definitions(),
  );

  app.get(
    '/categories/evaluation',
    {
      onRequest: requireRoles(...AGENCY),
      schema: {
        tags,
        operationId: 'getCategoryEvaluation',
        summary: 'Precision and recall of the assigned disease areas against the labelled ones',
        response: { 200: Evaluation, ...errors },
      },
    },
    async () => categories.evaluation(),
  );

  app.post(
    '/categories/runs',
    {
      onRequest: requireRoles('admin', 'staff'),
      schema: {
        tags,
        operationId: 'runCategorisation',
        summary: 'Categorise every project (a background job); overrides are kept',
        response: { 202: z.object({ jobId: z.string() }), ...errors },
      },
    },
    async (request, reply) => reply.code(202).send(await categories.requestRun(actorOf(request), jobs)),
  );

  app.get(
    '/projects/:id/categories',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'getProjectCategories',
        summary: "A project's categories with the terms that matched, and curators' overrides",
        params: IdParams,
        response: { 200: ProjectCategories, ...errors },
      },
    },
    async (request) => categories.forProject(request.params.id, actorOf(request)),
  );

  app.post(
    '/projects/:id/categories/overrides',
    {
      onRequest: requireRoles('admin', 'staff', 'dc'),
      schema: {
        tags,
        operationId: 'overrideProjectCategory',
        summary: 'A curator includes or excludes a category for a project, whatever the terms say',
        params: IdParams,
        body: z.object({
          scheme: z.enum(['area', 'category']),
          code: z.string().min(1).max(60),
          action: z.enum(['include', 'exclude']),
          reason: z.string().max(500).default(''),
        }),
        response: { 200: ProjectCategories, ...errors },
      },
    },
    async (request) => categories.override(request.params.id, request.body, actorOf(request)),
  );
};
