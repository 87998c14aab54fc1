import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth, requireRoles } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import {
  ApplicationCreate,
  ApplicationDetail,
  ApplicationIdParams,
  ApplicationList,
  ApplicationSave,
  AttachmentFileParams,
  AttachmentParams,
  AttachmentQuery,
  VersionBody,
  WithdrawBody,
} from './applications.schemas.ts';
import type { ApplicationsService } from './applications.service.ts';
import type { AttachmentsService } from './attachments.service.ts';

const tags = ['applications'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** The applicant's side: drafts, co-editing, submission, withdrawal and PDF attachments. */
export const applicationsRoutes: FastifyPluginAsyncZod<{ applications: ApplicationsService; attachments: AttachmentsService }> = async (
  app,
  { applications, attachments },
) => {
  // PDF uploads arrive as the raw request body; the content is checked by the service, not the header.
  app.addContentTypeParser(
    ['application/pdf', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_r, body, done) => done(null, body),
  );

  app.get(
    '/my/applications',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'listMyApplications',
        summary: 'Applications the caller is on (as PI or co-investigator); empty for users without a researcher record',
        response: { 200: ApplicationList, ...errors },
      },
    },
    async (request) => applications.listMine(actorOf(request)),
  );

  app.post(
    '/applications',
    {
      onRequest: requireRoles('researcher'),
      schema: {
        tags,
        operationId: 'createApplication',
        summary: 'Start a draft application to an open call, as its PI',
        body: ApplicationCreate,
        response: { 201: ApplicationDetail, ...errors, 409: ProblemResponse },
      },
    },
    async (request, reply) => reply.status(201).send(await applications.create(request.body, actorOf(request))),
  );

  app.get(
    '/applications/:id',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'getApplication',
        summary: 'One application: its team reads it always, agency members once submitted; anyone else gets 404',
        params: ApplicationIdParams,
        response: { 200: ApplicationDetail, ...errors },
      },
    },
    async (request) => applications.get(request.params.id, actorOf(request)),
  );

  app.put(
    '/applications/:id',
    {
      onRequest: requireRoles('researcher'),
      schema: {
        tags,
        operationId: 'saveApplication',
        summary: 'Save the draft (PI and co-investigators); a stale version gets 409 with `current` and `yours`',
        params: ApplicationIdParams,
        body: ApplicationSave,
        response: { 200: ApplicationDetail, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => applications.save(request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/applications/:id/submit',
    {
      onRequest: requireRoles('researcher'),
      schema: {
        tags,
        operationId: 'submitApplication',
        summary: 'Submit before the deadline (server time decides); the PI only',
        params: ApplicationIdParams,
        body: VersionBody,
        response: { 200: ApplicationDetail, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => applications.submit(request.params.id, request.body.version, actorOf(request)),
  );

  app.post(
    '/applications/:id/withdraw',
    {
      onRequest: requireRoles('researcher'),
      schema: {
        tags,
        operationId: 'withdrawApplication',
        summary: 'Withdraw a draft or submitted application; the PI only',
        params: ApplicationIdParams,
        body: WithdrawBody,
        response: { 200: ApplicationDetail, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => applications.withdraw(request.params.id, request.body.version, request.body.reason, actorOf(request)),
  );

  app.put(
    '/applications/:id/attachments/by-kind/:kind',
    {
      onRequest: requireRoles('researcher'),
      schema: {
        tags,
        operationId: 'uploadAttachment',
        summary: 'Attach a PDF (raw body, Content-Type application/pdf) for one of the call’s attachment kinds; replaces the previous one',
        params: AttachmentParams,
        querystring: AttachmentQuery,
        response: { 200: ApplicationDetail, ...errors, 409: ProblemResponse, 413: ProblemResponse, 415: ProblemResponse },
      },
    },
    async (request) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return attachments.upload(request.params.id, request.params.kind, request.query.fileName, body, actorOf(request));
    },
  );

  app.get(
    '/applications/:id/attachments/:attachmentId',
    {
      onRequest: requireAuth,
      schema: {
        tags,
        operationId: 'downloadAttachment',
        summary: 'Download an attachment (whoever may read the application)',
        params: AttachmentFileParams,
        response: { 200: z.any().describe('The PDF'), ...errors },
      },
    },
    async (request, reply) => {
      const file = await attachments.download(request.params.id, request.params.attachmentId, actorOf(request));
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.bytes);
    },
  );

  app.delete(
    '/applications/:id/attachments/:attachmentId',
    {
      onRequest: requireRoles('researcher'),
      schema: {
        tags,
        operationId: 'deleteAttachment',
        summary: 'Remove an attachment from a draft',
        params: AttachmentFileParams,
        response: { 200: ApplicationDetail, ...errors, 409: ProblemResponse },
      },
    },
    async (request) => attachments.remove(request.params.id, request.params.attachmentId, actorOf(request)),
  );
};
