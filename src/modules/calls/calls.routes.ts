import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireAuth } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import { CallDetail, CallIdParams, CallInput, CallList, CallListQuery, CallPatch } from './calls.schemas.ts';
import type { CallsService } from './calls.service.ts';

const tags = ['calls'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };

/** Public: open calls without sign-in. Signed in: every call the caller may see; managing calls is for agency members in scope. */
export const callsRoutes: FastifyPluginAsyncZod<{ calls: CallsService }> = async (app, { calls }) => {
  app.get(
    '/public/calls',
    {
      schema: {
        tags,
        operationId: 'listOpenCalls',
        summary: 'Open calls (公募), public: no sign-in needed',
        response: { 200: CallList, 400: ProblemResponse },
      },
    },
    async () => calls.listOpen(),
  );

  app.get(
    '/public/calls/:id',
    {
      schema: {
        tags,
        operationId: 'getPublicCall',
        summary: 'One published call, public: no sign-in needed',
        params: CallIdParams,
        response: { 200: CallDetail, 400: ProblemResponse, 404: ProblemResponse },
      },
    },
    async (request) => calls.get(request.params.id, null),
  );

  app.get(
    '/calls',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'listCalls',
        summary: 'Calls the caller may see (agency members: drafts too); filter by program, fiscal year, phase',
        querystring: CallListQuery,
        response: { 200: CallList, ...errors },
      },
    },
    async (request) => calls.list(request.query, actorOf(request)),
  );

  app.get(
    '/calls/:id',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'getCall',
        summary: 'One call with its types, eligibility, PPI questions, attachments, review form and stages',
        params: CallIdParams,
        response: { 200: CallDetail, ...errors },
      },
    },
    async (request) => calls.get(request.params.id, actorOf(request)),
  );

  app.post(
    '/calls',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'createCall',
        summary: 'Create a call as a draft (admin, staff; PS/PO of the program; PD of its integrated project)',
        body: CallInput,
        response: { 201: CallDetail, ...errors, 409: ProblemResponse },
      },
    },
    async (request, reply) => reply.status(201).send(await calls.create(request.body, actorOf(request))),
  );

  app.patch(
    '/calls/:id',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'updateCall',
        summary: 'Edit a call or move its status (draft → published → review → decided); send the version you read',
        params: CallIdParams,
        body: CallPatch,
        response: { 200: CallDetail, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => calls.update(request.params.id, request.body, actorOf(request)),
  );
};
