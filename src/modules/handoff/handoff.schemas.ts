import { z } from 'zod';

export const ProjectIdParams = z.object({ id: z.coerce.number().int().positive() });
export const PairingIdParams = z.object({ id: z.coerce.number().int().positive() });
const Named = z.object({ id: z.number().int(), nameJa: z.string(), nameEn: z.string() });
const FiscalYear = z.number().int().min(2015).max(2100);

export const HandoffPath = z.object({
  projectId: z.number().int(),
  nodes: z.array(
    z.object({
      id: z.number().int(),
      grantNumber: z.string(),
      titleJa: z.string(),
      titleEn: z.string(),
      program: Named,
      startFiscalYear: z.number().int(),
      endFiscalYear: z.number().int(),
      budgets: z.array(z.object({ fiscalYear: z.number().int(), source: z.string(), amountYen: z.number().int() })),
      totalYen: z.number().int(),
      adjustmentYen: z.number().int(),
    }),
  ),
  edges: z.array(z.object({ from: z.number().int(), to: z.number().int(), kind: z.string() })),
  milestones: z.array(
    z.object({
      projectId: z.number().int(),
      kind: z.string(),
      occurredOn: z.string().nullable(),
      fiscalYear: z.number().int(),
      titleJa: z.string(),
      titleEn: z.string(),
    }),
  ),
  fastPaths: z.array(z.object({ projectId: z.number().int(), companyJa: z.string(), companyEn: z.string(), agreedOn: z.string() })),
  sankey: z.object({
    nodes: z.array(z.object({ name: z.string(), labelJa: z.string(), labelEn: z.string() })),
    links: z.array(z.object({ source: z.string(), target: z.string(), valueYen: z.number().int() })),
  }),
});
export type HandoffPath = z.infer<typeof HandoffPath>;

export const ReasonOut = z.object({
  kind: z.enum(['modality', 'stage', 'disease_area', 'terms']),
  count: z.number().int(),
  terms: z.array(z.string()),
  textJa: z.string(),
  textEn: z.string(),
});
export const Recommendations = z.object({
  projectId: z.number().int(),
  nearFinalGate: z.boolean(),
  items: z.array(z.object({ program: Named, score: z.number(), pastProjects: z.number().int(), reasons: z.array(ReasonOut) })),
});
export type Recommendations = z.infer<typeof Recommendations>;

export const NewPairing = z
  .object({
    successorProgramId: z.number().int().positive(),
    agreedAt: z.enum(['award', 'gate']),
    goCheckJa: z.string().trim().min(1).max(4000),
    goCheckEn: z.string().trim().max(4000).default(''),
    ipStatusJa: z.string().trim().max(4000).default(''),
    ipStatusEn: z.string().trim().max(4000).default(''),
    planJa: z.string().trim().min(1).max(8000),
    planEn: z.string().trim().max(8000).default(''),
    successorStartFiscalYear: FiscalYear,
    successorEndFiscalYear: FiscalYear,
  })
  .strict();
export type NewPairing = z.infer<typeof NewPairing>;

export const Pairing = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  successorProgramId: z.number().int(),
  agreedAt: z.string(),
  goCheckJa: z.string(),
  goCheckEn: z.string(),
  ipStatusJa: z.string(),
  planJa: z.string(),
  successorStartFiscalYear: z.number().int(),
  successorEndFiscalYear: z.number().int(),
  status: z.enum(['agreed', 'executed', 'cancelled']),
  successorProjectId: z.number().int().nullable(),
  version: z.number().int(),
});
export type Pairing = z.infer<typeof Pairing>;
export const PairingList = z.object({ items: z.array(Pairing) });
export const ExecuteBody = z.object({ version: z.number().int().positive() }).strict();

export const NewFastPath = z
  .object({
    companyJa: z.string().trim().min(1).max(200),
    companyEn: z.string().trim().min(1).max(200),
    agreedOn: z.iso.date(),
    scopeJa: z.string().trim().max(2000).default(''),
    scopeEn: z.string().trim().max(2000).default(''),
  })
  .strict();
export type NewFastPath = z.infer<typeof NewFastPath>;
export const FastPath = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  companyJa: z.string(),
  companyEn: z.string(),
  agreedOn: z.string(),
});

export const Measures = z.object({
  years: z.array(
    z.object({
      fiscalYear: z.number().int(),
      movedOn: z.number().int(),
      meanWaitYears: z.number().nullable(),
      ended: z.number().int(),
      reachedCompany: z.number().int(),
      companyShare: z.number().nullable(),
    }),
  ),
});
export type Measures = z.infer<typeof Measures>;
