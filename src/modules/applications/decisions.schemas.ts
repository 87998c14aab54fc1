import { z } from 'zod';

const Ref = z.object({ id: z.number().int(), nameJa: z.string(), nameEn: z.string() });

export const FlagIdParams = z.object({ id: z.coerce.number().int().positive() });
export const DismissBody = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();

export const Flag = z.object({
  id: z.number().int(),
  applicationId: z.number().int(),
  researcher: Ref,
  kind: z.enum(['effort', 'duplication', 'concentration']),
  score: z.number().nullable().describe('effort: total %; duplication: similarity 0–1; concentration: total yen'),
  evidence: z.record(z.string(), z.unknown()),
  status: z.enum(['open', 'dismissed']),
  dismissReason: z.string().nullable(),
  dismissedAt: z.string().nullable(),
});
export const FlagList = z.object({ items: z.array(Flag) });

const EffortEntry = z.object({
  kind: z.enum(['project', 'application', 'this']),
  id: z.number().int(),
  label: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  effortPercent: z.number().int(),
});
export const EffortRegister = z.object({
  applicationId: z.number().int(),
  lines: z.array(
    z.object({
      researcherId: z.number().int(),
      nameJa: z.string(),
      nameEn: z.string(),
      entries: z.array(EffortEntry),
      committedPercent: z.number().int().describe('Active projects plus this application; above 100 blocks the award'),
      withPendingPercent: z.number().int().describe('Also counting the other pending applications'),
    }),
  ),
});

export const DecisionBody = z
  .object({
    version: z.number().int().positive(),
    outcome: z.enum(['adopted', 'rejected']),
    budgets: z
      .array(z.object({ fiscalYear: z.number().int().min(2000).max(2100), amountYen: z.number().int().min(0).max(1e13) }))
      .max(10)
      .optional()
      .describe('Awarded budget per fiscal year, at most the request; default: as requested'),
    reasonJa: z.string().trim().max(5000).default(''),
    reasonEn: z.string().trim().max(5000).default(''),
  })
  .strict();

export const JobStarted = z.object({ jobId: z.string() });
