import { z } from 'zod';
import { MODALITIES, STAGE_CODES } from '../projects/stages.ts';

export const DECISIONS = ['go', 'no_go', 'conditional_go', 'redirect'] as const;
export type Decision = (typeof DECISIONS)[number];

const FiscalYear = z.number().int().min(2000).max(2100);
const IsoDate = z.iso.date();
const Text = (max: number) => z.string().trim().max(max);

export const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const GateItem = z.object({ code: z.string().regex(/^[a-z0-9_]{1,40}$/), ja: Text(200).min(1), en: Text(200).min(1) });
export const GateDef = z.object({
  code: z.string().regex(/^[a-z0-9_]{1,40}$/),
  ja: Text(200).min(1),
  en: Text(200).min(1),
  fromStages: z.array(z.enum(STAGE_CODES)).min(1),
  toStage: z.enum(STAGE_CODES),
  items: z.array(GateItem).min(1).max(30),
});
export const GateTemplate = z.object({
  id: z.number().int(),
  modality: z.enum(MODALITIES),
  version: z.number().int(),
  isActive: z.boolean(),
  gates: z.array(GateDef),
  createdAt: z.string(),
});
export const GateTemplateList = z.object({ items: z.array(GateTemplate) });
export const GateTemplateQuery = z.object({ all: z.stringbool().optional().describe('Include superseded versions') });
export const GateTemplateInput = z.object({ modality: z.enum(MODALITIES), gates: z.array(GateDef).min(1).max(10) });
export type GateTemplateInput = z.infer<typeof GateTemplateInput>;

const Evidence = z.object({ label: Text(300).min(1), url: z.url().max(500).optional(), note: Text(2000).optional() });
const Score = z.object({ item: z.string().max(40), score: z.number().int().min(1).max(5), comment: Text(2000).optional() });

export const GateReviewInput = z.object({
  gateCode: z.string().max(40),
  fiscalYear: FiscalYear.optional().describe('The fiscal year of the review; default: the current one'),
  summary: Text(4000).default(''),
  evidence: z.array(Evidence).min(1).max(50),
  scores: z.array(Score).min(1).max(30),
});
export type GateReviewInput = z.infer<typeof GateReviewInput>;

export const DecisionInput = z.object({
  version: z.number().int().positive(),
  decision: z.enum(DECISIONS),
  reason: Text(4000).min(1),
  conditions: Text(4000).optional().describe('Required for conditional_go'),
  conditionDeadline: IsoDate.optional().describe('Required for conditional_go'),
  redirectStage: z.enum(STAGE_CODES).optional().describe('Required for redirect: the stage the project continues at'),
  nextYearBudgetYen: z
    .number()
    .int()
    .min(0)
    .max(100_000_000_000)
    .optional()
    .describe("Sets next fiscal year's initial budget line (Go, conditional Go, redirect)"),
});
export type DecisionInput = z.infer<typeof DecisionInput>;

export const ConditionFollowUp = z.object({
  version: z.number().int().positive(),
  outcome: z.enum(['met', 'failed']),
  note: Text(2000).min(1),
});
export type ConditionFollowUp = z.infer<typeof ConditionFollowUp>;

const Person = z.object({ id: z.number().int(), name: z.string() }).nullable();
export const GateReview = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  templateId: z.number().int(),
  templateVersion: z.number().int(),
  gateCode: z.string(),
  gateJa: z.string(),
  gateEn: z.string(),
  fiscalYear: z.number().int(),
  status: z.enum(['submitted', 'decided']),
  summary: z.string(),
  evidence: z.array(Evidence.extend({ url: z.string().optional() })),
  scores: z.array(Score.extend({ itemJa: z.string(), itemEn: z.string() })),
  averageScore: z.number(),
  filedBy: Person,
  filedAt: z.string(),
  decision: z.enum(DECISIONS).nullable(),
  reason: z.string().nullable(),
  conditions: z.string().nullable(),
  conditionDeadline: z.string().nullable(),
  conditionStatus: z.enum(['open', 'met', 'failed']).nullable(),
  stageBefore: z.string(),
  stageAfter: z.string().nullable(),
  budgetEffect: z.array(z.object({ fiscalYear: z.number().int(), source: z.string(), before: z.number(), after: z.number() })).nullable(),
  decidedBy: Person,
  decidedAt: z.string().nullable(),
  version: z.number().int(),
});
export type GateReview = z.infer<typeof GateReview>;

export const ProjectGates = z.object({
  projectId: z.number().int(),
  modality: z.enum(MODALITIES),
  stage: z.string(),
  status: z.string(),
  template: GateTemplate.nullable(),
  /** The gate the project faces now (its stage is among the gate's fromStages). */
  nextGate: z.string().nullable(),
  reviews: z.array(GateReview),
  permissions: z.object({ canFile: z.boolean(), canDecide: z.boolean() }),
});
export type ProjectGates = z.infer<typeof ProjectGates>;
