import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import { ProblemResponse } from './openapi.ts';

/** How long the database may take to answer the readiness probe. */
const PROBE_TIMEOUT_MS = 2000;

export class DatabaseUnavailableError extends DomainError {
  constructor() {
    super(503, 'database_unavailable', {
      ja: 'データベースに接続できません。しばらくしてからやり直してください。',
      en: 'The database is not reachable. Try again shortly.',
    });
  }
}

/**
 * GET /api/ready for a load balancer: 200 while this instance can serve (its database answers
 * within two seconds), 503 problem+json with Retry-After otherwise. Public, like /api/health;
 * during a graceful shutdown Fastify answers 503 to new requests by itself.
 */
export default fp(async function readinessPlugin(app: FastifyInstance, opts: { database: Database }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/ready',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['system'],
        summary: 'Readiness for a load balancer: 200 when the database answers, 503 with Retry-After when it does not',
        security: [],
        response: { 200: z.object({ status: z.literal('ready') }), 503: ProblemResponse },
      },
    },
    async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DatabaseUnavailableError()), PROBE_TIMEOUT_MS);
      });
      try {
        await Promise.race([opts.database.db.execute(sql`select 1`), timeout]);
      } catch {
        throw new DatabaseUnavailableError();
      } finally {
        clearTimeout(timer);
      }
      return { status: 'ready' as const };
    },
  );
});
