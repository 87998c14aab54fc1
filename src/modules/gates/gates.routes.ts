import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireAuth } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import {
  ConditionFollowUp,
  DecisionInput,
  GateReview,
  GateReviewInput,
  GateTemplate,
  GateTemplateInput,
  GateTemplateList,
  GateTemplateQuery,
  IdParams,
  ProjectGates,
} from './gates.schemas.ts';
import type { GatesService } from './gates.service.ts';

const tags = ['gates'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };

/** Stage gates: templates (admin), reviews filed by POs, decisions by the PD or PS. */
export const gatesRoutes: FastifyPluginAsyncZod<{ gates: GatesService }> = async (app, { gates }) => {
  app.addHook('onRequest', requireAuth);

  app.get(
    '/gates/templates',
    {
      schema: {
        operationId: 'listGateTemplates',
        tags,
        summary: 'Go/No-go check-item forms per modality (active versions; all=true for history); agency members',
        querystring: GateTemplateQuery,
        response: { 200: GateTemplateList, ...errors },
      },
    },
    async (request) => gates.listTemplates(request.query.all ?? false, actorOf(request)),
  );

  app.post(
    '/gates/templates',
    {
      schema: {
        operationId: 'createGateTemplateVersion',
        tags,
        summary: "New version of a modality's gate form; it replaces the active one (admin)",
        body: GateTemplateInput,
        response: { 201: GateTemplate, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await gates.createTemplate(request.body, actorOf(request))),
  );

  app.get(
    '/projects/:id/gates',
    {
      schema: {
        operationId: 'getProjectGates',
        tags,
        summary: "A project's gate form, the gate it faces and its gate reviews with decisions; agency members and the project team",
        params: IdParams,
        response: { 200: ProjectGates, ...errors },
      },
    },
    async (request) => gates.projectGates(request.params.id, actorOf(request)),
  );

  app.post(
    '/projects/:id/gate-reviews',
    {
      schema: {
        operationId: 'fileGateReview',
        tags,
        summary: 'File a gate review with evidence and a score for every check item (PO/PS of the program, PD of the integrated project)',
        params: IdParams,
        body: GateReviewInput,
        response: { 201: GateReview, ...errors, 409: ProblemResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await gates.fileReview(request.params.id, request.body, actorOf(request))),
  );

  app.post(
    '/gate-reviews/:id/decision',
    {
      schema: {
        operationId: 'decideGateReview',
        tags,
        summary: "Decide Go, No-go, conditional Go or redirect; moves the project's stage and budget (PD of the integrated project or PS)",
        params: IdParams,
        body: DecisionInput,
        response: { 200: GateReview, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => gates.decide(request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/gate-reviews/:id/conditions',
    {
      schema: {
        operationId: 'followUpGateConditions',
        tags,
        summary: 'Record whether the conditions of a conditional Go were met (PD or PS)',
        params: IdParams,
        body: ConditionFollowUp,
        response: { 200: GateReview, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => gates.followUp(request.params.id, request.body, actorOf(request)),
  );
};
