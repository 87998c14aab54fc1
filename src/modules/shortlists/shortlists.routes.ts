import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { NewItem, NewShortlist, Shortlist, ShortlistDetail, ShortlistIdParams, ShortlistList } from './shortlists.schemas.ts';
import type { ShortlistsService } from './shortlists.service.ts';

const tags = ['shortlists'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const STAFF = ['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff'] as const;

export const shortlistsRoutes: FastifyPluginAsyncZod<{ shortlists: ShortlistsService }> = async (app, { shortlists }) => {
  app.addHook('onRequest', requireRoles(...STAFF));

  app.get(
    '/shortlists',
    {
      schema: {
        tags,
        operationId: 'listShortlists',
        summary: 'Shortlists of important technologies and seeds (目利き)',
        response: { 200: ShortlistList, ...errors },
      },
    },
    async () => shortlists.list(),
  );

  app.post(
    '/shortlists',
    {
      schema: {
        tags,
        operationId: 'createShortlist',
        summary: 'Start a shortlist of your own',
        body: NewShortlist,
        response: { 201: Shortlist, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await shortlists.create(request.body, actorOf(request))),
  );

  app.get(
    '/shortlists/:id',
    {
      schema: {
        tags,
        operationId: 'getShortlist',
        summary: "A shortlist's items with notes, outcomes, competitors and each linked project's funding, stage and hand-offs",
        params: ShortlistIdParams,
        response: { 200: ShortlistDetail, ...errors },
      },
    },
    async (request) => shortlists.get(request.params.id, actorOf(request)),
  );

  app.post(
    '/shortlists/:id/items',
    {
      schema: {
        tags,
        operationId: 'addShortlistItem',
        summary: 'Add a technology or seed to your shortlist, with linked projects',
        params: ShortlistIdParams,
        body: NewItem,
        response: { 200: ShortlistDetail, ...errors },
      },
    },
    async (request) => shortlists.addItem(request.params.id, request.body, actorOf(request)),
  );
};
