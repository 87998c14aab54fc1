import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';

export type DemoState = 'loading' | 'ready' | 'off' | 'failed';

export const HealthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  demo: z.enum(['loading', 'ready', 'off', 'failed']),
  version: z.string(),
});

export const systemRoutes: FastifyPluginAsyncZod<{ database: Database; demoState: () => DemoState; version: string }> = async (
  app,
  { database, demoState, version },
) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and the database in use; 503 when the database does not answer',
        security: [],
        response: { 200: HealthResponse, 503: ProblemResponse },
      },
    },
    async () => {
      await database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: database.kind, demo: demoState(), version };
    },
  );
};
