import { z } from 'zod';

/** A background job as the web app sees it; the response schema is also the output whitelist. */
export const JobRunSchema = z.object({
  id: z.uuid(),
  kind: z.string().describe('What the job does, e.g. demo.load, mail.send'),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progress: z.number().min(0).max(1).describe('0..1'),
  messageJa: z.string().describe('What the job is doing now (Japanese)'),
  messageEn: z.string().describe('What the job is doing now (English)'),
  params: z.unknown(),
  result: z.unknown().describe('What the handler returned, once succeeded'),
  error: z.string().nullable().describe('Why the last attempt failed; no stack trace'),
  createdBy: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
});

export const JobListResponse = z.object({ items: z.array(JobRunSchema) });

export const JobParams = z.object({ id: z.uuid() });
