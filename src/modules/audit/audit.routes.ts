import { and, desc, eq, lt } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { auditLog, users } from '../../db/schema.ts';
import { requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';

const AuditQuery = z.object({
  entityType: z.string().trim().min(1).max(50),
  entityId: z.string().trim().min(1).max(50).optional(),
  before: z.coerce.number().int().positive().optional().describe('Return records older than this id (paging)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const AuditRecord = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

/** The history of a record, newest first: for administrators and program staff. */
export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/audit',
    {
      onRequest: requireRoles('admin', 'staff'),
      schema: {
        tags: ['admin'],
        summary: 'Audit records of an entity (who, when, what, before and after), newest first',
        querystring: AuditQuery,
        response: { 200: z.object({ items: z.array(AuditRecord) }), 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await db
        .select({ log: auditLog, actorName: users.displayName })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(
          and(
            eq(auditLog.entityType, q.entityType),
            q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
            q.before ? lt(auditLog.id, q.before) : undefined,
          ),
        )
        .orderBy(desc(auditLog.id))
        .limit(q.limit);
      return {
        items: rows.map(({ log, actorName }) => ({
          id: log.id,
          at: log.at.toISOString(),
          actor: log.actorUserId !== null ? { id: log.actorUserId, displayName: actorName ?? '' } : null,
          action: log.action,
          entityType: log.entityType,
          entityId: log.entityId,
          before: log.before,
          after: log.after,
        })),
      };
    },
  );
};
