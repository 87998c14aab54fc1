import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError } from '../../errors.ts';
import { actorOf, requireAuth } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { portfolioWorkbook } from './portfolio.export.ts';
import {
  DiseaseAreaView,
  DrillDown,
  DrillQuery,
  ExportQuery,
  Funnel,
  IdParams,
  IntegratedProjectView,
  Matrix,
  PortfolioQuery,
} from './portfolio.schemas.ts';
import type { PortfolioService } from './portfolio.service.ts';

const tags = ['portfolio'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Portfolio views for agency members: pipeline funnel, IP × disease area × stage matrix, DC and PD views. */
export const portfolioRoutes: FastifyPluginAsyncZod<{ portfolio: PortfolioService }> = async (app, { portfolio }) => {
  app.addHook('onRequest', requireAuth);

  app.get(
    '/portfolio/funnel',
    {
      schema: {
        operationId: 'getPortfolioFunnel',
        tags,
        summary: 'Projects and money at each generic stage in a fiscal year (agency members)',
        querystring: PortfolioQuery,
        response: { 200: Funnel, ...errors },
      },
    },
    async (request) => portfolio.funnel(request.query, actorOf(request)),
  );

  app.get(
    '/portfolio/matrix',
    {
      schema: {
        operationId: 'getPortfolioMatrix',
        tags,
        summary: 'Integrated project × disease area × stage: projects and money in a fiscal year (agency members)',
        querystring: PortfolioQuery,
        response: { 200: Matrix, ...errors },
      },
    },
    async (request) => portfolio.matrix(request.query, actorOf(request)),
  );

  app.get(
    '/portfolio/projects',
    {
      schema: {
        operationId: 'listPortfolioProjects',
        tags,
        summary: 'The projects behind a funnel stage or matrix cell (agency members)',
        querystring: DrillQuery,
        response: { 200: DrillDown, ...errors },
      },
    },
    async (request) => portfolio.drill(request.query, actorOf(request)),
  );

  app.get(
    '/portfolio/disease-areas/:id',
    {
      schema: {
        operationId: 'getDiseaseAreaPortfolio',
        tags,
        summary: "The DC's view: one disease area across all integrated projects (agency members)",
        params: IdParams,
        querystring: PortfolioQuery,
        response: { 200: DiseaseAreaView, ...errors },
      },
    },
    async (request) => portfolio.diseaseArea(request.params.id, request.query, actorOf(request)),
  );

  app.get(
    '/portfolio/integrated-projects/:id',
    {
      schema: {
        operationId: 'getIntegratedProjectPortfolio',
        tags,
        summary: "The PD's view: one integrated project by program and stage (agency members)",
        params: IdParams,
        querystring: PortfolioQuery,
        response: { 200: IntegratedProjectView, ...errors },
      },
    },
    async (request) => portfolio.integratedProject(request.params.id, request.query, actorOf(request)),
  );

  app.get(
    '/portfolio/export',
    {
      schema: {
        operationId: 'exportPortfolio',
        tags,
        summary: 'A portfolio view as an Excel workbook with number cells (agency members); id is the disease area or integrated project',
        querystring: ExportQuery.extend({ id: z.coerce.number().int().positive().optional() }),
        response: { 200: z.any().describe(XLSX), ...errors },
      },
    },
    async (request, reply) => {
      const { view, lang, id, ...q } = request.query;
      const actor = actorOf(request);
      const language = lang ?? actor.locale;
      const need = () => {
        if (!id) throw new ValidationError({ ja: 'idを指定してください。', en: 'Give an id.' });
        return id;
      };
      const buf =
        view === 'funnel'
          ? await portfolioWorkbook({ view, data: await portfolio.funnel(q, actor) }, language)
          : view === 'matrix'
            ? await portfolioWorkbook({ view, data: await portfolio.matrix(q, actor) }, language)
            : view === 'disease-area'
              ? await portfolioWorkbook({ view, data: await portfolio.diseaseArea(need(), q, actor) }, language)
              : await portfolioWorkbook({ view, data: await portfolio.integratedProject(need(), q, actor) }, language);
      const fy = q.fiscalYear ?? 'current';
      return reply.type(XLSX).header('content-disposition', `attachment; filename="portfolio-${view}-FY${fy}.xlsx"`).send(buf);
    },
  );
};
