import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localeFromHeader } from '../../lib/locale.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { IdParams, PublicExportQuery, PublicProject, PublicSearchQuery, PublicSearchResult, SimilarProjects } from './portal.schemas.ts';
import type { PortalService } from './portal.service.ts';
import { createRateLimiter, rateLimitHook } from './rate-limit.ts';

const tags = ['public'];
const errors = { 400: ProblemResponse, 404: ProblemResponse, 429: ProblemResponse };
const FileResponse = z.string().describe('The file (CSV, Excel workbook or JSON), streamed');

/** The public API (no sign-in): published projects only, rate limited per client address. */
export const portalRoutes: FastifyPluginAsyncZod<{ portal: PortalService; rateLimit: { limit: number; windowSeconds: number } }> = async (
  app,
  { portal, rateLimit },
) => {
  app.addHook('onRequest', rateLimitHook(createRateLimiter(rateLimit)));

  app.get(
    '/public/projects',
    {
      schema: {
        tags,
        operationId: 'searchPublicProjects',
        summary: 'Search published projects (Japanese or English) with facet counts and keyset cursor paging; no sign-in',
        querystring: PublicSearchQuery,
        response: { 200: PublicSearchResult, ...errors },
      },
    },
    async (request) => {
      const { sort, cursor, limit, facets, ...filters } = request.query;
      return portal.search(filters, { sort, cursor, limit, facets });
    },
  );

  app.get(
    '/public/projects/export',
    {
      schema: {
        tags,
        operationId: 'exportPublicProjects',
        summary: 'Download every matching published project as CSV, Excel or JSON (streamed, any size)',
        querystring: PublicExportQuery,
        response: { 200: FileResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { format, sort, ...filters } = request.query;
      const file = portal.exportPublic(filters, format, localeFromHeader(request.headers['accept-language']), sort);
      reply.header('content-type', file.contentType);
      reply.header('content-disposition', `attachment; filename="seedline-projects.${file.extension}"`);
      return reply.send(file.stream as unknown as string);
    },
  );

  app.get(
    '/public/projects/:id',
    {
      schema: {
        tags,
        operationId: 'getPublicProject',
        summary: 'A published project: public fields, team, outcomes and published lineage',
        params: IdParams,
        response: { 200: PublicProject, ...errors },
      },
    },
    async (request) => portal.get(request.params.id),
  );

  app.get(
    '/public/projects/:id/similar',
    {
      schema: {
        tags,
        operationId: 'listSimilarPublicProjects',
        summary: 'Published projects most like this one',
        params: IdParams,
        response: { 200: SimilarProjects, ...errors },
      },
    },
    async (request) => portal.similar(request.params.id),
  );
};
