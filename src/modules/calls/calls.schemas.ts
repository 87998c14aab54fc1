import { z } from 'zod';

const Ref = z.object({ id: z.number().int(), nameJa: z.string(), nameEn: z.string() });
const Code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _');
const Yen = z.number().int().min(0).max(1e14);
const Instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant with offset, e.g. 2025-05-30T12:00:00+09:00');

export const CALL_STATUSES = ['draft', 'published', 'review', 'decided'] as const;
export const CALL_PHASES = ['draft', 'upcoming', 'open', 'closed', 'review', 'decided'] as const;
export type CallPhase = (typeof CALL_PHASES)[number];

const LocalizedItem = z.object({ code: Code, ja: z.string().trim().min(1).max(1000), en: z.string().trim().min(1).max(1000) });

export const CallTypeInput = z.object({
  code: Code,
  nameJa: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  budgetCapYen: Yen.positive().describe('Cap on the whole award over its duration'),
  durationYears: z.number().int().min(1).max(10),
  plannedAwards: z.number().int().min(1).max(1000).default(1),
});

export const ReviewFormSchema = z.object({
  criteria: z.array(LocalizedItem).min(1).max(20),
  ratingLevels: z.literal(4).default(4),
  overallMax: z.literal(10).default(10),
  fundableFrom: z.number().int().min(1).max(10).default(6),
});

const ReviewStages = z
  .array(z.object({ code: z.enum(['document', 'hearing']), ja: z.string().trim().min(1), en: z.string().trim().min(1) }))
  .min(1)
  .max(2);
const RequiredAttachments = z
  .array(LocalizedItem.extend({ required: z.boolean().default(true), maxMegabytes: z.number().int().min(1).max(50).default(10) }))
  .max(20);

/** The editable fields of a call, none defaulted (a patch names only what it changes). */
const CallFields = {
  fiscalYear: z.number().int().min(2000).max(2100),
  titleJa: z.string().trim().min(1).max(500),
  titleEn: z.string().trim().min(1).max(500),
  descriptionJa: z.string().trim().max(20_000),
  descriptionEn: z.string().trim().max(20_000),
  opensAt: Instant,
  deadlineAt: Instant,
  budgetYen: Yen,
  concentrationLimitYen: Yen.positive(),
  partnerCountries: z.array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2')).max(100),
  eligibility: z.array(LocalizedItem).max(30),
  ppiQuestions: z.array(LocalizedItem).max(20),
  requiredAttachments: RequiredAttachments,
  reviewForm: ReviewFormSchema,
  reviewStages: ReviewStages,
  types: z.array(CallTypeInput).min(1).max(10),
};

export const CallInput = z
  .object({
    ...CallFields,
    code: Code,
    programId: z.number().int().positive(),
    descriptionJa: CallFields.descriptionJa.default(''),
    descriptionEn: CallFields.descriptionEn.default(''),
    concentrationLimitYen: CallFields.concentrationLimitYen.default(200_000_000),
    partnerCountries: CallFields.partnerCountries.default([]),
    eligibility: CallFields.eligibility.default([]),
    ppiQuestions: CallFields.ppiQuestions.default([]),
    requiredAttachments: RequiredAttachments.default([]),
    reviewStages: ReviewStages.default([
      { code: 'document', ja: '書面審査', en: 'Document review' },
      { code: 'hearing', ja: 'ヒアリング審査', en: 'Hearing' },
    ]),
  })
  .strict();
export type CallInput = z.infer<typeof CallInput>;

export const CallPatch = z
  .object(CallFields)
  .partial()
  .extend({ version: z.number().int().positive(), status: z.enum(CALL_STATUSES).optional() })
  .strict();
export type CallPatch = z.infer<typeof CallPatch>;

export const CallType = CallTypeInput.extend({ id: z.number().int() });

export const CallSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  program: Ref,
  fiscalYear: z.number().int(),
  titleJa: z.string(),
  titleEn: z.string(),
  status: z.enum(CALL_STATUSES),
  phase: z.enum(CALL_PHASES).describe('draft, upcoming, open, closed (past the deadline), review, decided'),
  opensAt: z.string(),
  deadlineAt: z.string(),
  budgetYen: z.number().int(),
  partnerCountries: z.array(z.string()),
  types: z.array(CallType),
});
export type CallSummary = z.infer<typeof CallSummary>;

export const CallDetail = CallSummary.extend({
  descriptionJa: z.string(),
  descriptionEn: z.string(),
  concentrationLimitYen: z.number().int(),
  eligibility: z.array(LocalizedItem),
  ppiQuestions: z.array(LocalizedItem),
  requiredAttachments: z.array(LocalizedItem.extend({ required: z.boolean(), maxMegabytes: z.number().int() })),
  reviewForm: ReviewFormSchema,
  reviewStages: z.array(z.object({ code: z.enum(['document', 'hearing']), ja: z.string(), en: z.string() })),
  version: z.number().int(),
  permissions: z.object({ canEdit: z.boolean() }),
});
export type CallDetail = z.infer<typeof CallDetail>;

export const CallListQuery = z.object({
  program: z.coerce.number().int().positive().optional(),
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  phase: z.enum(CALL_PHASES).optional(),
});
export type CallListQuery = z.infer<typeof CallListQuery>;

export const CallList = z.object({ items: z.array(CallSummary) });
export const CallIdParams = z.object({ id: z.coerce.number().int().positive() });

export const CallStats = z.object({
  callId: z.number().int(),
  drafts: z.number().int(),
  submitted: z.number().int().describe('Applications submitted (including those decided later)'),
  withdrawn: z.number().int(),
  adopted: z.number().int(),
  rejected: z.number().int(),
  successRate: z.number().nullable().describe('adopted / (adopted + rejected); null before any decision'),
  requestedYen: z.number().int(),
  awardedYen: z.number().int(),
});
export type CallStats = z.infer<typeof CallStats>;
