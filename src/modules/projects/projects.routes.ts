import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireAuth, requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { AGENCY_ROLES } from '../people/roles.ts';
import {
  BudgetLinesPut,
  Overview,
  OverviewQuery,
  ProjectDetail,
  ProjectIdParams,
  ProjectList,
  ProjectListQuery,
  ProjectPatch,
} from './projects.schemas.ts';
import type { ProjectsService } from './projects.service.ts';

const tags = ['projects'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };

export const projectsRoutes: FastifyPluginAsyncZod<{ projects: ProjectsService }> = async (app, { projects }) => {
  app.addHook('onRequest', requireAuth);

  app.get(
    '/projects',
    {
      schema: {
        tags,
        summary: 'Search and filter projects (課題); Japanese and English keywords',
        querystring: ProjectListQuery,
        response: { 200: ProjectList, ...errors },
      },
    },
    async (request) => projects.list(request.query, actorOf(request)),
  );

  app.get(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'One project with budget by year and source, team, lineage and outcomes',
        params: ProjectIdParams,
        response: { 200: ProjectDetail, ...errors },
      },
    },
    async (request) => projects.get(request.params.id, actorOf(request)),
  );

  app.patch(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'Edit a project; send the version you read (409 stale_version if it changed)',
        params: ProjectIdParams,
        body: ProjectPatch,
        response: { 200: ProjectDetail, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => projects.update(request.params.id, request.body, actorOf(request)),
  );

  app.put(
    '/projects/:id/budgets',
    {
      onRequest: requireRoles('admin', 'staff'),
      schema: {
        tags,
        operationId: 'replaceProjectBudgets',
        summary: "Replace a project's yearly budget lines (staff); send the version you read (409 stale_version if it changed)",
        params: ProjectIdParams,
        body: BudgetLinesPut,
        response: { 200: ProjectDetail, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => projects.replaceBudgets(request.params.id, request.body, actorOf(request)),
  );

  app.get(
    '/overview',
    {
      // Agency-wide totals include unpublished projects: researchers and reviewers do not get them.
      onRequest: requireRoles(...AGENCY_ROLES),
      schema: {
        tags,
        summary: 'Projects and money of one fiscal year, by funding source and integrated project',
        querystring: OverviewQuery,
        response: { 200: Overview, ...errors },
      },
    },
    async (request) => projects.overview(request.query.fiscalYear, actorOf(request)),
  );
};
