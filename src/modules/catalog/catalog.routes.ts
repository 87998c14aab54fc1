import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import {
  DiseaseAreaList,
  InstitutionList,
  InstitutionsQuery,
  IntegratedProjectList,
  NamedList,
  PeriodList,
  PeriodQuery,
  ProgramList,
  ProgramsQuery,
} from './catalog.schemas.ts';
import type { CatalogService } from './catalog.service.ts';

const tags = ['catalog'];

export const catalogRoutes: FastifyPluginAsyncZod<{ catalog: CatalogService }> = async (app, { catalog }) => {
  app.addHook('onRequest', requireAuth);

  app.get(
    '/catalog/periods',
    {
      schema: {
        tags,
        summary: 'Plan periods (中長期目標期間) with their fiscal years',
        response: { 200: PeriodList, 401: ProblemResponse },
      },
    },
    async () => ({ items: await catalog.listPeriods() }),
  );

  app.get(
    '/catalog/integrated-projects',
    {
      schema: {
        tags,
        summary: 'Integrated projects (統合プロジェクト) of a period, with their PDs',
        querystring: PeriodQuery,
        response: { 200: IntegratedProjectList, 400: ProblemResponse, 401: ProblemResponse },
      },
    },
    async (request) => ({ items: await catalog.listIntegratedProjects(request.query.period) }),
  );

  app.get(
    '/catalog/disease-areas',
    {
      schema: {
        tags,
        summary: 'Disease areas (疾患領域) of a period, with their DCs',
        querystring: PeriodQuery,
        response: { 200: DiseaseAreaList, 400: ProblemResponse, 401: ProblemResponse },
      },
    },
    async (request) => ({ items: await catalog.listDiseaseAreas(request.query.period) }),
  );

  app.get(
    '/catalog/programs',
    {
      schema: {
        tags,
        summary: 'Programs (事業) with ministry, department, placements per period, PSs and POs',
        querystring: ProgramsQuery,
        response: { 200: ProgramList, 400: ProblemResponse, 401: ProblemResponse },
      },
    },
    async (request) => ({
      items: await catalog.listPrograms({ periodId: request.query.period, integratedProjectId: request.query.integratedProject }),
    }),
  );

  app.get(
    '/catalog/ministries',
    { schema: { tags, summary: 'Ministries (所管府省) that fund programs', response: { 200: NamedList, 401: ProblemResponse } } },
    async () => ({ items: await catalog.listMinistries() }),
  );

  app.get(
    '/catalog/departments',
    { schema: { tags, summary: 'Agency departments (事業部) that run programs', response: { 200: NamedList, 401: ProblemResponse } } },
    async () => ({ items: await catalog.listDepartments() }),
  );

  app.get(
    '/catalog/institutions',
    {
      schema: {
        tags,
        summary: 'Research institutions (研究機関), searchable by name or alias',
        querystring: InstitutionsQuery,
        response: { 200: InstitutionList, 400: ProblemResponse, 401: ProblemResponse },
      },
    },
    async (request) => ({ items: await catalog.listInstitutions(request.query.q, request.query.limit) }),
  );
};
