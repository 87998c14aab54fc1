import { z } from 'zod';

export const OutboxItemSchema = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  status: z.enum(['queued', 'sent', 'failed', 'outbox']).describe('outbox: kept as an .eml file (no SMTP configured)'),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  error: z.string().nullable(),
});

export const OutboxListResponse = z.object({ items: z.array(OutboxItemSchema) });
