import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth, requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { ProjectListQuery } from '../projects/projects.schemas.ts';
import { ExportFormat, IdParams, SynonymGroup, SynonymInput, SynonymUpdate, VersionQuery } from './portal.schemas.ts';
import type { PortalService } from './portal.service.ts';
import type { SynonymsService } from './synonyms.service.ts';

const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const staffOnly = requireRoles('admin', 'staff');

/** Staff routes of search: the synonym list, and the export of the staff project list. */
export const searchRoutes: FastifyPluginAsyncZod<{ synonyms: SynonymsService; portal: PortalService }> = async (
  app,
  { synonyms, portal },
) => {
  const tags = ['search'];
  app.get(
    '/search/synonyms',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        operationId: 'listSynonyms',
        summary: 'The synonym groups search expands queries with (admin, staff)',
        response: { 200: z.array(SynonymGroup), ...errors },
      },
    },
    async () => synonyms.list(),
  );
  app.post(
    '/search/synonyms',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        operationId: 'createSynonym',
        summary: 'Add a synonym group (admin, staff)',
        body: SynonymInput,
        response: { 201: SynonymGroup, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await synonyms.create(request.body, actorOf(request))),
  );
  app.put(
    '/search/synonyms/:id',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        operationId: 'updateSynonym',
        summary: 'Replace the words of a synonym group; send the version you read (admin, staff)',
        params: IdParams,
        body: SynonymUpdate,
        response: { 200: SynonymGroup, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => synonyms.update(request.params.id, request.body, actorOf(request)),
  );
  app.delete(
    '/search/synonyms/:id',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        operationId: 'deleteSynonym',
        summary: 'Remove a synonym group (admin, staff)',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.null(), ...errors, 409: ProblemResponse },
      },
    },
    async (request, reply) => {
      await synonyms.remove(request.params.id, request.query.version, actorOf(request));
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/projects/export',
    {
      onRequest: requireAuth,
      schema: {
        tags: ['projects'],
        operationId: 'exportProjects',
        summary: 'Download the project list as filtered (what you may see) as CSV, Excel or JSON, streamed',
        querystring: ProjectListQuery.omit({ page: true, pageSize: true }).extend({ format: ExportFormat.default('csv') }),
        response: { 200: z.string().describe('The file, streamed'), ...errors },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const file = portal.exportStaff(query, actorOf(request), format);
      reply.header('content-type', file.contentType);
      reply.header('content-disposition', `attachment; filename="seedline-projects.${file.extension}"`);
      return reply.send(file.stream as unknown as string);
    },
  );
};
