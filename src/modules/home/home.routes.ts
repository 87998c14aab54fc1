import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireAuth } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { HomeResponse } from './home.schemas.ts';
import type { HomeService } from './home.service.ts';

export const homeRoutes: FastifyPluginAsyncZod<{ home: HomeService }> = async (app, { home }) => {
  app.get(
    '/home',
    {
      onRequest: requireAuth,
      schema: {
        tags: ['home'],
        operationId: 'getHome',
        summary: "The caller's home: what each of their roles follows, and the items that need them",
        response: { 200: HomeResponse, 401: ProblemResponse },
      },
    },
    async (request) => home.home(actorOf(request)),
  );
};
