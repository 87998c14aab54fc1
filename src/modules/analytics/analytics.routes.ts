import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../../errors.ts';
import { localeFromHeader } from '../../lib/locale.ts';
import { actorOf, requireAuth, requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import type { JobQueue } from '../jobs/jobs.service.ts';
import { KpiDrilldown, KpiDrilldownQuery, KpiQuery } from '../outcomes/outcomes.schemas.ts';
import type { OutcomesService } from '../outcomes/outcomes.service.ts';
import {
  DatabookDiff,
  DatabookSchema,
  DownloadQuery,
  FiscalYearParams,
  FreezeBody,
  JobAccepted,
  KpiWithTargets,
  LiveDatabook,
  PublicDatabookParams,
  TableParams,
  TargetBody,
  TargetParams,
  Targets,
  TargetsQuery,
} from './analytics.schemas.ts';
import type { AnalyticsService } from './analytics.service.ts';
import { chartSvg, databookXlsx, tableCsv } from './databook.export.ts';

const tags = ['analytics'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AGENCY = ['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff'] as const;

type Deps = { analytics: AnalyticsService; outcomes: OutcomesService; jobs: JobQueue };

/** Public KPIs and Data Book (no sign-in), and the agency's Data Book editions and targets. */
export const analyticsRoutes: FastifyPluginAsyncZod<Deps> = async (app, { analytics, outcomes, jobs }) => {
  app.get(
    '/public/kpis',
    {
      schema: {
        tags,
        operationId: 'getPublicKpis',
        summary: 'Public: outcome indicators of a plan period against its targets',
        querystring: KpiQuery,
        response: { 200: KpiWithTargets, 400: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request) => analytics.kpisWithTargets(request.query),
  );

  app.get(
    '/public/kpis/drilldown',
    {
      schema: {
        tags,
        operationId: 'getPublicKpiDrilldown',
        summary: 'Public: the outcome records behind a KPI number, by integrated project and disease area',
        querystring: KpiDrilldownQuery,
        response: { 200: KpiDrilldown, 400: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request) => outcomes.drilldown(request.query),
  );

  app.get(
    '/public/databook/:fiscalYear',
    {
      schema: {
        tags,
        operationId: 'getPublicDatabook',
        summary: 'Public: the Data Book of a fiscal year (its frozen edition, else live) as JSON, or as Excel with .xlsx',
        params: PublicDatabookParams,
        querystring: DownloadQuery,
        response: { 200: DatabookSchema, 400: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request, reply) => {
      const [year, ext] = request.params.fiscalYear.split('.');
      const book = await analytics.published(Number(year));
      if (ext !== 'xlsx') return book;
      const locale = request.query.lang ?? localeFromHeader(request.headers['accept-language']);
      const file = await databookXlsx(book, locale, request.query.unit);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="databook-${year}-${locale}.xlsx"`)
        .send(file as never);
    },
  );

  app.get(
    '/public/databook/:fiscalYear/tables/:table',
    {
      schema: {
        tags,
        operationId: 'getPublicDatabookTable',
        summary: 'Public: one Data Book table as CSV (table.csv) or its chart as SVG (table.svg)',
        params: TableParams,
        querystring: DownloadQuery,
        response: { 200: z.string().describe('text/csv (UTF-8 with BOM) or image/svg+xml'), 400: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request, reply) => {
      const [key, ext] = request.params.table.split('.');
      const book = await analytics.published(request.params.fiscalYear);
      const table = book.tables.find((t) => t.key === key);
      if (!table) throw new NotFoundError({ ja: 'データブックの表', en: 'Data Book table' });
      const locale = request.query.lang ?? localeFromHeader(request.headers['accept-language']);
      if (ext === 'svg') return reply.type('image/svg+xml').send(Buffer.from(chartSvg(table, locale)) as never);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="databook-${book.fiscalYear}-${key}-${locale}.csv"`)
        .send(Buffer.from(tableCsv(table, locale, request.query.unit)) as never);
    },
  );

  app.get(
    '/databook/:fiscalYear',
    {
      onRequest: requireRoles(...AGENCY),
      schema: {
        tags,
        operationId: 'getLiveDatabook',
        summary: 'The Data Book from live data, with the frozen editions of the year',
        params: FiscalYearParams,
        response: { 200: LiveDatabook, ...errors },
      },
    },
    async (request) => {
      const live = await analytics.live(request.params.fiscalYear);
      return { live: { ...live, edition: null, frozenAt: null }, snapshots: await analytics.snapshots(request.params.fiscalYear) };
    },
  );

  app.get(
    '/databook/:fiscalYear/diff',
    {
      onRequest: requireRoles(...AGENCY),
      schema: {
        tags,
        operationId: 'diffDatabook',
        summary: 'What changed in live data since the latest frozen edition, cell by cell',
        params: FiscalYearParams,
        response: { 200: DatabookDiff, ...errors },
      },
    },
    async (request) => analytics.diff(request.params.fiscalYear),
  );

  app.post(
    '/databook/:fiscalYear/freeze',
    {
      onRequest: requireRoles('admin', 'staff'),
      schema: {
        tags,
        operationId: 'freezeDatabook',
        summary: 'Build and freeze the next edition of a year (a background job)',
        params: FiscalYearParams,
        body: FreezeBody,
        response: { 202: JobAccepted, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await analytics.requestFreeze(request.params.fiscalYear, request.body.note, actorOf(request), jobs)),
  );

  app.get(
    '/kpis/targets',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'getKpiTargets',
        summary: 'The targets of a plan period',
        querystring: TargetsQuery,
        response: { 200: Targets, ...errors },
      },
    },
    async (request) => analytics.targets(request.query.period),
  );

  app.put(
    '/kpis/targets/:period/:indicator',
    {
      onRequest: requireRoles('admin', 'staff'),
      schema: {
        tags,
        operationId: 'setKpiTarget',
        summary: 'Set the target of one indicator for a plan period',
        params: TargetParams,
        body: TargetBody,
        response: { 200: Targets, ...errors },
      },
    },
    async (request) => analytics.setTarget(request.params.period, request.params.indicator, request.body.target, actorOf(request)),
  );
};
