import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { analyticsRoutes } from './modules/analytics/analytics.routes.ts';
import { createAnalyticsService } from './modules/analytics/analytics.service.ts';
import { registerApplicationJobs } from './modules/applications/applications.jobs.ts';
import { applicationsRoutes } from './modules/applications/applications.routes.ts';
import { createApplicationsService } from './modules/applications/applications.service.ts';
import { createAttachmentsService } from './modules/applications/attachments.service.ts';
import { createChecksService } from './modules/applications/checks.service.ts';
import { decisionsRoutes } from './modules/applications/decisions.routes.ts';
import { createDecisionsService } from './modules/applications/decisions.service.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { createAuthRepository } from './modules/auth/auth.repository.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { callsRoutes } from './modules/calls/calls.routes.ts';
import { createCallsService } from './modules/calls/calls.service.ts';
import { catalogRoutes } from './modules/catalog/catalog.routes.ts';
import { createCatalogService } from './modules/catalog/catalog.service.ts';
import { categoriesRoutes } from './modules/categories/categories.routes.ts';
import { createCategoriesService } from './modules/categories/categories.service.ts';
import { createDiskStorage } from './modules/files/storage.ts';
import { fundsRoutes } from './modules/funds/funds.routes.ts';
import { createFundsService } from './modules/funds/funds.service.ts';
import { gatesRoutes } from './modules/gates/gates.routes.ts';
import { createGatesService } from './modules/gates/gates.service.ts';
import { steeringRoutes } from './modules/gates/steering.routes.ts';
import { createSteeringService } from './modules/gates/steering.service.ts';
import { handoffRoutes } from './modules/handoff/handoff.routes.ts';
import { createHandoffService } from './modules/handoff/handoff.service.ts';
import { homeRoutes } from './modules/home/home.routes.ts';
import { createHomeService } from './modules/home/home.service.ts';
import { jobsRoutes } from './modules/jobs/jobs.routes.ts';
import type { JobQueue } from './modules/jobs/jobs.service.ts';
import { mailRoutes } from './modules/mail/mail.routes.ts';
import type { Mailer } from './modules/mail/mail.service.ts';
import { createOutcomeRecordsService } from './modules/outcomes/outcomes.records.ts';
import { outcomesRoutes } from './modules/outcomes/outcomes.routes.ts';
import { createOutcomesService } from './modules/outcomes/outcomes.service.ts';
import { portalRoutes } from './modules/portal/portal.routes.ts';
import { createPortalService } from './modules/portal/portal.service.ts';
import { searchRoutes } from './modules/portal/search.routes.ts';
import { createSynonymsService } from './modules/portal/synonyms.service.ts';
import { portfolioRoutes } from './modules/portfolio/portfolio.routes.ts';
import { createPortfolioService } from './modules/portfolio/portfolio.service.ts';
import { registerProjectsHomeItems } from './modules/projects/projects.home.ts';
import { createPublicProjects } from './modules/projects/projects.public.ts';
import { projectsRoutes } from './modules/projects/projects.routes.ts';
import { createProjectsService } from './modules/projects/projects.service.ts';
import { admitReviewers, applicationSubjects } from './modules/review/applications.adapter.ts';
import type { ReviewSubjects } from './modules/review/review.ports.ts';
import { reviewRoutes } from './modules/review/review.routes.ts';
import { createReviewService } from './modules/review/review.service.ts';
import { shortlistsRoutes } from './modules/shortlists/shortlists.routes.ts';
import { createShortlistsService } from './modules/shortlists/shortlists.service.ts';
import { type DemoState, systemRoutes } from './modules/system/system.routes.ts';
import authPlugin from './plugins/auth.ts';
import errorsPlugin, { frameworkErrors } from './plugins/errors.ts';
import idempotencyPlugin from './plugins/idempotency.ts';
import openapiPlugin from './plugins/openapi.ts';
import readinessPlugin from './plugins/readiness.ts';
import securityPlugin from './plugins/security.ts';
import webPlugin from './plugins/web.ts';

export type AppDeps = {
  database: Database;
  config: Config;
  jobs: JobQueue;
  /** Sends mail through the outbox (decision letters); absent in API tests. */
  mailer?: Mailer;
  demoState?: () => DemoState;
  /** Serve web/dist (off in API tests). */
  serveWeb?: boolean;
  logger?: boolean | object;
  /** Applications as the review module reads them (the calls module's adapter once merged). */
  reviewSubjects?: ReviewSubjects;
};

export const VERSION = '0.1.0';

declare module 'fastify' {
  interface FastifyInstance {
    seedlineRoutes: { method: string; url: string }[];
  }
}

/** Builds the whole HTTP application; main.ts and the tests both use it. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { database, config } = deps;
  const app = Fastify({
    logger: deps.logger ?? false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    frameworkErrors,
    // Access logs only when asked for (LOG_LEVEL=debug); errors are always logged.
    disableRequestLogging: !['debug', 'trace'].includes(deps.config.logLevel),
    trustProxy: true,
    ajv: { customOptions: { coerceTypes: 'array' } },
  }).withTypeProvider<ZodTypeProvider>();
  // Every route the app registers, so tests can check each one (authorization, documentation).
  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url });
  });
  app.decorate('seedlineRoutes', routes);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const db = database.db;
  const auth = createAuthService({ db, repo: createAuthRepository(db), config });
  const catalog = createCatalogService({ db });
  // portal: synonyms feed the projects search; the portal reads published projects through it.
  const synonyms = createSynonymsService({ db });
  const projects = createProjectsService({ db, synonyms: synonyms.groups });
  const portal = createPortalService({ publicProjects: createPublicProjects({ db, projects }), projects });
  const outcomes = createOutcomesService({ db });
  const analytics = createAnalyticsService({ db, outcomes });
  await analytics.registerJobs(deps.jobs);
  const outcomeRecords = createOutcomeRecordsService({ db, projects });
  await outcomeRecords.registerJobs(deps.jobs);
  const categories = createCategoriesService({ db, projects });
  await categories.registerJobs(deps.jobs);
  analytics.addSource('categoryTotals', (fy) => categories.totals(fy));
  // calls and applications
  const calls = createCallsService({ db });
  const applications = createApplicationsService({ db, calls });
  const attachments = createAttachmentsService({ db, applications, storage: createDiskStorage(config.filesDir) });
  const checks = createChecksService({ db, calls, applications, projects });
  const decisions = createDecisionsService({ db, calls, applications, checks, projects });
  await registerApplicationJobs({ jobs: deps.jobs, checks, decisions, mailer: deps.mailer });
  const review = createReviewService({ db, subjects: deps.reviewSubjects ?? applicationSubjects(applications) });
  admitReviewers(applications, review);
  const gates = createGatesService({ db });
  await gates.seedDefaults();
  const steering = createSteeringService({ db });
  await steering.registerJobs(deps.jobs);
  const home = createHomeService({ projects, catalog });
  registerProjectsHomeItems(home.registry, projects);

  await app.register(errorsPlugin);
  await app.register(securityPlugin);
  await app.register(cookie);
  await app.register(authPlugin, { auth });
  await app.register(idempotencyPlugin, { db });
  await app.register(openapiPlugin);

  await app.register(readinessPlugin, { database });
  await app.register(systemRoutes, { database, demoState: deps.demoState ?? (() => 'off'), version: VERSION });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { auth, secureCookies: config.cookieSecure });
      await api.register(catalogRoutes, { catalog });
      await api.register(projectsRoutes, { projects });
      await api.register(outcomesRoutes, { outcomes, records: outcomeRecords, jobs: deps.jobs });
      await api.register(categoriesRoutes, { categories, jobs: deps.jobs });
      await api.register(analyticsRoutes, { analytics, outcomes, jobs: deps.jobs });
      await api.register(gatesRoutes, { gates });
      await api.register(steeringRoutes, { steering, jobs: deps.jobs });
      await api.register(portfolioRoutes, { portfolio: createPortfolioService({ db, catalog }) });
      await api.register(homeRoutes, { home });
      await api.register(jobsRoutes, { jobs: deps.jobs });
      await api.register(auditRoutes, { db });
      await api.register(mailRoutes, { db });
      await api.register(fundsRoutes, { funds: createFundsService({ db }) });
      await api.register(handoffRoutes, { handoff: createHandoffService({ db, projects }) });
      await api.register(shortlistsRoutes, { shortlists: createShortlistsService({ db }) });
      await api.register(callsRoutes, { calls });
      await api.register(applicationsRoutes, { applications, attachments });
      await api.register(decisionsRoutes, { checks, decisions, jobs: deps.jobs });
      await api.register(reviewRoutes, { review });
      await api.register(searchRoutes, { synonyms, portal });
      await api.register(portalRoutes, { portal, rateLimit: config.publicRateLimit });
    },
    { prefix: '/api/v1' },
  );
  await app.register(webPlugin, deps.serveWeb === false ? { dist: '/nonexistent' } : {});
  return app;
}
