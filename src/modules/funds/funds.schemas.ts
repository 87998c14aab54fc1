import { z } from 'zod';

const Yen = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const FiscalYear = z.number().int().min(2015).max(2100);

export const RoundIdParams = z.object({ id: z.coerce.number().int().positive() });
export const RequestIdParams = z.object({ id: z.coerce.number().int().positive() });
export const RoundListQuery = z.object({ fiscalYear: z.coerce.number().int().min(2015).max(2100).optional() });

export const Round = z.object({
  id: z.number().int(),
  kind: z.enum(['adjustment', 'discretionary']),
  nameJa: z.string(),
  nameEn: z.string(),
  fiscalYear: z.number().int(),
  endFiscalYear: z.number().int(),
  poolYen: z.number().int(),
  allocatedYen: z.number().int(),
  status: z.enum(['open', 'closed']),
  version: z.number().int(),
});
export type Round = z.infer<typeof Round>;
export const RoundList = z.object({ items: z.array(Round) });

export const NewRound = z
  .object({
    kind: z.enum(['adjustment', 'discretionary']),
    nameJa: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200),
    fiscalYear: FiscalYear,
    endFiscalYear: FiscalYear.optional(),
    poolYen: Yen,
    limits: z.array(z.object({ integratedProjectId: z.number().int().positive(), limitYen: z.number().int().min(0) })).default([]),
  })
  .strict();
export type NewRound = z.infer<typeof NewRound>;

const Named = z.object({ id: z.number().int(), nameJa: z.string(), nameEn: z.string() });

export const FundRequest = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  project: z.object({ id: z.number().int(), grantNumber: z.string(), titleJa: z.string(), titleEn: z.string() }),
  integratedProject: Named.nullable(),
  budgetFiscalYear: z.number().int(),
  amountYen: z.number().int(),
  reasonJa: z.string(),
  reasonEn: z.string(),
  expectedEffectJa: z.string(),
  expectedEffectEn: z.string(),
  score: z.number().int().nullable(),
  rank: z.number().int().nullable(),
  status: z.enum(['pending', 'approved', 'rejected']),
  version: z.number().int(),
});
export type FundRequest = z.infer<typeof FundRequest>;

export const RoundDetail = Round.extend({
  limits: z.array(z.object({ integratedProject: Named, limitYen: z.number().int(), approvedYen: z.number().int() })),
  requests: z.array(FundRequest),
  permissions: z.object({ canDecide: z.boolean() }),
});
export type RoundDetail = z.infer<typeof RoundDetail>;

export const NewRequest = z
  .object({
    projectId: z.number().int().positive(),
    amountYen: Yen,
    budgetFiscalYear: FiscalYear.optional(),
    reasonJa: z.string().trim().min(1).max(4000),
    reasonEn: z.string().trim().max(4000).default(''),
    expectedEffectJa: z.string().trim().min(1).max(4000),
    expectedEffectEn: z.string().trim().max(4000).default(''),
  })
  .strict();
export type NewRequest = z.infer<typeof NewRequest>;

export const RankBody = z
  .object({
    version: z.number().int().positive(),
    score: z.number().int().min(0).max(100),
    rank: z.number().int().min(1).max(9999).nullable().optional(),
  })
  .strict();
export const DecisionBody = z.object({ version: z.number().int().positive() }).strict();

export const WhatIfBody = z
  .object({
    poolYen: Yen.optional(),
    scores: z
      .array(z.object({ requestId: z.number().int().positive(), score: z.number().int().min(0).max(100) }))
      .max(5000)
      .default([]),
    limits: z
      .array(z.object({ integratedProjectId: z.number().int().positive(), limitYen: z.number().int().min(0) }))
      .max(100)
      .default([]),
  })
  .strict();
export type WhatIfBody = z.infer<typeof WhatIfBody>;

export const Proposal = z.object({
  roundId: z.number().int(),
  poolYen: z.number().int(),
  /** Already approved requests stay; the optimiser fills what remains of the pool and limits. */
  approvedYen: z.number().int(),
  chosen: z.array(z.number().int()),
  proposedYen: z.number().int(),
  totalScore: z.number().int(),
  unscored: z.array(z.number().int()),
  searchNodes: z.number().int(),
  milliseconds: z.number(),
});
export type Proposal = z.infer<typeof Proposal>;
