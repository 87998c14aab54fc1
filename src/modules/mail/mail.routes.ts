import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { OutboxListResponse } from './mail.schemas.ts';
import { listOutbox } from './mail.service.ts';

export const mailRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/admin/outbox',
    {
      onRequest: requireRoles('admin'),
      schema: {
        tags: ['admin'],
        summary: 'The newest 100 messages Seedline has sent or kept in its outbox',
        response: { 200: OutboxListResponse, 401: ProblemResponse, 403: ProblemResponse },
      },
    },
    async () => ({ items: await listOutbox(db, 100) }),
  );
};
