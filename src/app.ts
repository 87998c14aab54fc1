import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { createAuthRepository } from './modules/auth/auth.repository.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { catalogRoutes } from './modules/catalog/catalog.routes.ts';
import { createCatalogService } from './modules/catalog/catalog.service.ts';
import { homeRoutes } from './modules/home/home.routes.ts';
import { createHomeService } from './modules/home/home.service.ts';
import { jobsRoutes } from './modules/jobs/jobs.routes.ts';
import type { JobQueue } from './modules/jobs/jobs.service.ts';
import { mailRoutes } from './modules/mail/mail.routes.ts';
import { outcomesRoutes } from './modules/outcomes/outcomes.routes.ts';
import { createOutcomesService } from './modules/outcomes/outcomes.service.ts';
import { registerProjectsHomeItems } from './modules/projects/projects.home.ts';
import { projectsRoutes } from './modules/projects/projects.routes.ts';
import { createProjectsService } from './modules/projects/projects.service.ts';
import { type DemoState, systemRoutes } from './modules/system/system.routes.ts';
import authPlugin from './plugins/auth.ts';
import errorsPlugin from './plugins/errors.ts';
import openapiPlugin from './plugins/openapi.ts';
import securityPlugin from './plugins/security.ts';
import webPlugin from './plugins/web.ts';

export type AppDeps = {
  database: Database;
  config: Config;
  jobs: JobQueue;
  demoState?: () => DemoState;
  /** Serve web/dist (off in API tests). */
  serveWeb?: boolean;
  logger?: boolean | object;
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
  const projects = createProjectsService({ db });
  const home = createHomeService({ projects, catalog });
  registerProjectsHomeItems(home.registry, projects);

  await app.register(errorsPlugin);
  await app.register(securityPlugin);
  await app.register(cookie);
  await app.register(authPlugin, { auth });
  await app.register(openapiPlugin);

  await app.register(systemRoutes, { database, demoState: deps.demoState ?? (() => 'off'), version: VERSION });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { auth, secureCookies: config.cookieSecure });
      await api.register(catalogRoutes, { catalog });
      await api.register(projectsRoutes, { projects });
      await api.register(homeRoutes, { home });
      await api.register(outcomesRoutes, { outcomes: createOutcomesService({ db }) });
      await api.register(jobsRoutes, { jobs: deps.jobs });
      await api.register(auditRoutes, { db });
      await api.register(mailRoutes, { db });
    },
    { prefix: '/api/v1' },
  );
  await app.register(webPlugin, deps.serveWeb === false ? { dist: '/nonexistent' } : {});
  return app;
}
