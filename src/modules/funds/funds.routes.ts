import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import {
  DecisionBody,
  FundRequest,
  NewRequest,
  NewRound,
  Proposal,
  RankBody,
  RequestIdParams,
  RoundDetail,
  RoundIdParams,
  RoundList,
  RoundListQuery,
  WhatIfBody,
} from './funds.schemas.ts';
import type { FundsService } from './funds.service.ts';

const tags = ['funds'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const conflict = { 409: ProblemResponse };
const STAFF = ['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff'] as const;
const DECIDERS = ['admin', 'executive'] as const;
const REQUESTERS = ['admin', 'staff', 'pd', 'ps', 'po'] as const;
const Ok = z.object({ ok: z.literal(true) });

export const fundsRoutes: FastifyPluginAsyncZod<{ funds: FundsService }> = async (app, { funds }) => {
  app.get(
    '/fund-rounds',
    {
      onRequest: requireRoles(...STAFF),
      schema: {
        tags,
        operationId: 'listFundRounds',
        summary: 'Adjustment-fund rounds (調整費) and discretionary pools',
        querystring: RoundListQuery,
        response: { 200: RoundList, ...errors },
      },
    },
    async (request) => funds.listRounds(request.query.fiscalYear),
  );

  app.post(
    '/fund-rounds',
    {
      onRequest: requireRoles(...DECIDERS),
      schema: {
        tags,
        operationId: 'createFundRound',
        summary: 'Open a round with a pool and per-integrated-project limits (executives)',
        body: NewRound,
        response: { 201: RoundDetail, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await funds.createRound(request.body, actorOf(request))),
  );

  app.get(
    '/fund-rounds/:id',
    {
      onRequest: requireRoles(...STAFF),
      schema: {
        tags,
        operationId: 'getFundRound',
        summary: 'One round with its limits and requests',
        params: RoundIdParams,
        response: { 200: RoundDetail, ...errors },
      },
    },
    async (request) => funds.getRound(request.params.id, actorOf(request)),
  );

  app.post(
    '/fund-rounds/:id/requests',
    {
      onRequest: requireRoles(...REQUESTERS),
      schema: {
        tags,
        operationId: 'createFundRequest',
        summary: 'Request a top-up for a project: amount, reason and expected effect (PD, PS, PO in their scope)',
        params: RoundIdParams,
        body: NewRequest,
        response: { 201: FundRequest, ...errors, ...conflict },
      },
    },
    async (request, reply) => reply.code(201).send(await funds.createRequest(request.params.id, request.body, actorOf(request))),
  );

  app.post(
    '/fund-rounds/:id/proposal',
    {
      onRequest: requireRoles(...STAFF),
      schema: {
        tags,
        operationId: 'proposeFundAllocation',
        summary: 'The allocation that maximises the scores within the pool and limits; send overrides for a what-if',
        params: RoundIdParams,
        body: WhatIfBody,
        response: { 200: Proposal, ...errors },
      },
    },
    async (request) => funds.propose(request.params.id, request.body),
  );

  app.patch(
    '/fund-requests/:id/rank',
    {
      onRequest: requireRoles(...DECIDERS),
      schema: {
        tags,
        operationId: 'rankFundRequest',
        summary: 'Score and rank a pending request (executives)',
        params: RequestIdParams,
        body: RankBody,
        response: { 200: FundRequest, ...errors, ...conflict },
      },
    },
    async (request) => funds.rank(request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/fund-requests/:id/approve',
    {
      onRequest: requireRoles(...DECIDERS),
      schema: {
        tags,
        operationId: 'approveFundRequest',
        summary: 'Approve a request: the money joins the project budget as adjustment funds; never beyond the pool (409 pool_exceeded)',
        params: RequestIdParams,
        body: DecisionBody,
        response: { 200: FundRequest, ...errors, ...conflict },
      },
    },
    async (request) => {
      await funds.approve(request.params.id, request.body.version, actorOf(request));
      return funds.getRequest(request.params.id);
    },
  );

  app.post(
    '/fund-requests/:id/reject',
    {
      onRequest: requireRoles(...DECIDERS),
      schema: {
        tags,
        operationId: 'rejectFundRequest',
        summary: 'Reject a pending request (executives)',
        params: RequestIdParams,
        body: DecisionBody,
        response: { 200: Ok, ...errors, ...conflict },
      },
    },
    async (request) => {
      await funds.reject(request.params.id, request.body.version, actorOf(request));
      return { ok: true as const };
    },
  );
};
