import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../plugins/auth.ts';
import { ProblemResponse } from '../../plugins/openapi.ts';
import type { JobQueue } from '../jobs/jobs.service.ts';
import { IdParams } from './gates.schemas.ts';
import {
  Attachment,
  AttachmentParams,
  AttachmentUpload,
  Milestone,
  MilestoneInput,
  MilestonePatch,
  MyReports,
  OverdueList,
  ProgressReport,
  ProjectSteering,
  ReminderJob,
  ReportIdParams,
  ReportRequest,
  ReportReview,
  ReportSubmission,
  SiteVisit,
  SiteVisitInput,
} from './steering.schemas.ts';
import type { SteeringService } from './steering.service.ts';

const tags = ['steering'];
const errors = { 400: ProblemResponse, 401: ProblemResponse, 403: ProblemResponse, 404: ProblemResponse };
const withConflict = { ...errors, 409: ProblemResponse };

/** Milestones, progress reports with PDF attachments, site visits, overdue lists and reminders. */
export const steeringRoutes: FastifyPluginAsyncZod<{ steering: SteeringService; jobs: JobQueue }> = async (app, { steering, jobs }) => {
  app.addHook('onRequest', requireAuth);

  app.get(
    '/projects/:id/steering',
    {
      schema: {
        operationId: 'getProjectSteering',
        tags,
        summary: "A project's milestones, progress reports and site visits; agency members and the project team",
        params: IdParams,
        response: { 200: ProjectSteering, ...errors },
      },
    },
    async (request) => steering.projectSteering(request.params.id, actorOf(request)),
  );

  app.post(
    '/projects/:id/milestones',
    {
      schema: {
        operationId: 'createMilestone',
        tags,
        summary: 'Add a milestone due in a fiscal quarter (PO/PS of the program, PD, staff)',
        params: IdParams,
        body: MilestoneInput,
        response: { 201: Milestone, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await steering.createMilestone(request.params.id, request.body, actorOf(request))),
  );

  app.patch(
    '/milestones/:id',
    {
      schema: {
        operationId: 'updateMilestone',
        tags,
        summary: 'Mark a milestone achieved or missed, or move it; send the version you read',
        params: IdParams,
        body: MilestonePatch,
        response: { 200: Milestone, ...withConflict },
      },
    },
    async (request) => steering.updateMilestone(request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/projects/:id/reports',
    {
      schema: {
        operationId: 'requestProgressReport',
        tags,
        summary: 'Ask the project for a yearly or interim progress report by a due date (PO/PS, PD, staff)',
        params: IdParams,
        body: ReportRequest,
        response: { 201: ProgressReport, ...withConflict },
      },
    },
    async (request, reply) => reply.code(201).send(await steering.requestReport(request.params.id, request.body, actorOf(request))),
  );

  app.put(
    '/reports/:id',
    {
      schema: {
        operationId: 'submitProgressReport',
        tags,
        summary: 'Submit a progress report (the project’s researchers)',
        params: ReportIdParams,
        body: ReportSubmission,
        response: { 200: ProgressReport, ...withConflict },
      },
    },
    async (request) => steering.submitReport(request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/reports/:id/review',
    {
      schema: {
        operationId: 'reviewProgressReport',
        tags,
        summary: 'Accept a submitted report or return it with a comment (PO/PS, PD, staff)',
        params: ReportIdParams,
        body: ReportReview,
        response: { 200: ProgressReport, ...withConflict },
      },
    },
    async (request) => steering.reviewReport(request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/reports/:id/attachments',
    {
      schema: {
        operationId: 'uploadReportAttachment',
        tags,
        summary: 'Attach a PDF (at most 512 KiB, base64) to a report before it is submitted (the project’s researchers)',
        params: ReportIdParams,
        body: AttachmentUpload,
        response: { 201: Attachment, ...withConflict },
      },
    },
    async (request, reply) => reply.code(201).send(await steering.uploadAttachment(request.params.id, request.body, actorOf(request))),
  );

  app.get(
    '/reports/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'downloadReportAttachment',
        tags,
        summary: 'Download a report attachment (application/pdf) with its SHA-256 in the ETag',
        params: AttachmentParams,
        response: { 200: z.any().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const a = await steering.attachment(request.params.id, request.params.attachmentId, actorOf(request));
      return reply
        .type('application/pdf')
        .header('etag', `"${a.sha256}"`)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.filename)}`)
        .send(a.content);
    },
  );

  app.get(
    '/reports/mine',
    {
      schema: {
        operationId: 'listMyProgressReports',
        tags,
        summary: 'The progress reports of the projects the caller works on (researchers)',
        response: { 200: MyReports, ...errors },
      },
    },
    async (request) => steering.myReports(actorOf(request)),
  );

  app.post(
    '/projects/:id/site-visits',
    {
      schema: {
        operationId: 'recordSiteVisit',
        tags,
        summary: 'Record a site visit with notes (PO/PS, PD, staff)',
        params: IdParams,
        body: SiteVisitInput,
        response: { 201: SiteVisit, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await steering.recordSiteVisit(request.params.id, request.body, actorOf(request))),
  );

  app.get(
    '/steering/overdue',
    {
      schema: {
        operationId: 'listOverdueItems',
        tags,
        summary:
          'Overdue reports, milestones and conditional-Go conditions in the caller’s programs or integrated project (agency members)',
        response: { 200: OverdueList, ...errors },
      },
    },
    async (request) => steering.overdue(actorOf(request)),
  );

  app.post(
    '/steering/reminders',
    {
      schema: {
        operationId: 'sendReportReminders',
        tags,
        summary: 'Queue a job that e-mails every PI whose report is due within 14 days or overdue (staff, PO, PS, PD)',
        response: { 202: ReminderJob, ...errors },
      },
    },
    async (request, reply) => reply.code(202).send(await steering.queueReminders(jobs, actorOf(request))),
  );
};
