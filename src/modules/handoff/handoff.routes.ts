import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth, requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import {
  ExecuteBody,
  FastPath,
  HandoffPath,
  Measures,
  NewFastPath,
  NewPairing,
  Pairing,
  PairingIdParams,
  PairingList,
  ProjectIdParams,
  Recommendations,
} from './handoff.schemas.ts';
import type { HandoffService } from './handoff.service.ts';

const tags = ['handoff'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const STAFF = ['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff'] as const;
const EDITORS = ['admin', 'staff', 'pd', 'ps', 'po'] as const;

export const handoffRoutes: FastifyPluginAsyncZod<{ handoff: HandoffService }> = async (app, { handoff }) => {
  app.get(
    '/projects/:id/handoff-path',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'getHandoffPath',
        summary: "A seed's path across programs: years, money by source, adjustment funds, licensing, approval and listing, and its Sankey",
        params: ProjectIdParams,
        response: { 200: HandoffPath, ...errors },
      },
    },
    async (request) => handoff.path(request.params.id, actorOf(request)),
  );

  app.get(
    '/projects/:id/successor-recommendations',
    {
      onRequest: requireRoles(...STAFF),
      schema: {
        tags,
        operationId: 'recommendSuccessorPrograms',
        summary: 'Successor programs for a project near its final gate, with the reasons and the data behind them',
        params: ProjectIdParams,
        querystring: z.object({ fiscalYear: z.coerce.number().int().min(2015).max(2100).optional() }),
        response: { 200: Recommendations, ...errors },
      },
    },
    async (request) => handoff.recommendations(request.params.id, actorOf(request), request.query.fiscalYear),
  );

  app.get(
    '/projects/:id/pairings',
    {
      onRequest: requireRoles(...STAFF),
      schema: {
        tags,
        operationId: 'listPairings',
        summary: "A project's pairings with successor programs",
        params: ProjectIdParams,
        response: { 200: PairingList, ...errors },
      },
    },
    async (request) => handoff.pairings(request.params.id, actorOf(request)),
  );

  app.post(
    '/projects/:id/pairings',
    {
      onRequest: requireRoles(...EDITORS),
      schema: {
        tags,
        operationId: 'createPairing',
        summary: 'Pair a project with a named successor program and a pre-agreed Go check (PD, PS, PO in scope)',
        params: ProjectIdParams,
        body: NewPairing,
        response: { 201: Pairing, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await handoff.createPairing(request.params.id, request.body, actorOf(request))),
  );

  app.post(
    '/handoff-pairings/:id/execute',
    {
      onRequest: requireRoles(...EDITORS),
      schema: {
        tags,
        operationId: 'executePairing',
        summary: 'Move the dossier on: create the successor project with the team and remaining plan, linked as hand-off',
        params: PairingIdParams,
        body: ExecuteBody,
        response: { 200: Pairing, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => handoff.executePairing(request.params.id, request.body.version, actorOf(request)),
  );

  app.post(
    '/projects/:id/fast-paths',
    {
      onRequest: requireRoles(...EDITORS),
      schema: {
        tags,
        operationId: 'createFastPath',
        summary: 'Record a fast path: a direct route from the project to a company (licensing)',
        params: ProjectIdParams,
        body: NewFastPath,
        response: { 201: FastPath, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await handoff.createFastPath(request.params.id, request.body, actorOf(request))),
  );

  app.get(
    '/handoff/measures',
    {
      onRequest: requireRoles(...STAFF),
      schema: {
        tags,
        operationId: 'getHandoffMeasures',
        summary: 'Hand-off per fiscal year: seeds moved on, waiting time between programs, share that reached a company',
        response: { 200: Measures, ...errors },
      },
    },
    async () => handoff.measures(),
  );
};
