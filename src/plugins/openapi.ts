import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** application/problem+json (RFC 9457) as Seedline sends it. */
export const ProblemResponse = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Stable machine-readable error code'),
    detail: z.string().describe("Human-readable message in the caller's language (Accept-Language: ja | en)"),
    instance: z.string().optional(),
    requestId: z.string().optional(),
  })
  .passthrough();

/** OpenAPI 3.1 from the routes' Zod schemas, at /api/openapi.json, browsable at /api/docs. */
export default fp(async function openapiPlugin(app: FastifyInstance) {
  // Every operation declares its security: the session cookie unless the route says `security: []`
  // or lives under /api/v1/public/. test/authorization.test.ts checks the declaration against what each route does.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.schema?.hide) return;
    route.schema = { ...(route.schema ?? {}) };
    // Everything under /api/v1/public/ is open to anyone by its path.
    if (route.schema.security === undefined) route.schema.security = route.url.startsWith('/api/v1/public/') ? [] : [{ session: [] }];
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Seedline API',
        version: '1.0.0',
        description:
          'Research funding and R&D steering for a national medical research agency. Errors are application/problem+json with a stable `code`; messages follow Accept-Language (ja, en). State-changing requests made with a session cookie must send the X-CSRF-Token header returned by sign-in.',
      },
      tags: [
        { name: 'system', description: 'Health and metadata' },
        { name: 'auth', description: 'Sign-in and sessions' },
        { name: 'catalog', description: 'Plan periods, integrated projects, disease areas, programs' },
        { name: 'projects', description: 'Funded projects (課題)' },
        { name: 'calls', description: 'Calls for applications (公募); open calls are public' },
        { name: 'applications', description: 'Applications, checks before review (e-Rad style), decisions and awards' },
        { name: 'jobs', description: 'Background jobs and their progress' },
        { name: 'admin', description: 'Administration' },
      ],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'seedline_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
});
