import { z } from 'zod';
import { MODALITIES } from '../projects/stages.ts';

const Ref = z.object({ id: z.number().int(), nameJa: z.string(), nameEn: z.string() });
const Yen = z.number().int().min(0).max(1e13);
const Effort = z
  .number()
  .int()
  .min(5)
  .max(100)
  .refine((n) => n % 5 === 0, 'effort is given in 5% steps');
const FiscalYear = z.number().int().min(2000).max(2100);

export const APPLICATION_STATUSES = ['draft', 'submitted', 'withdrawn', 'adopted', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const ApplicationIdParams = z.object({ id: z.coerce.number().int().positive() });

export const ApplicationCreate = z.object({ callId: z.number().int().positive(), callTypeId: z.number().int().positive() }).strict();

/** The document the PI and co-investigators edit together. */
export const ApplicationContent = z.object({
  titleJa: z.string().trim().max(500),
  titleEn: z.string().trim().max(500),
  abstractJa: z.string().trim().max(10_000),
  abstractEn: z.string().trim().max(10_000),
  modality: z.enum(MODALITIES),
  keywords: z.array(z.string().trim().min(1).max(60)).max(20),
  ppiPlan: z.string().trim().max(10_000).describe('Plan for patient and public involvement (PPI)'),
  ppiAnswers: z.array(z.object({ code: z.string().max(40), answer: z.string().trim().max(5_000) })).max(20),
  otherFunding: z
    .array(
      z.object({
        status: z.enum(['held', 'applied']),
        funder: z.string().trim().min(1).max(200),
        title: z.string().trim().min(1).max(500),
        amountYen: Yen,
        effortPercent: z.number().int().min(0).max(100),
      }),
    )
    .max(30)
    .describe('Other funding held or applied for (その他の研究費の応募・受入状況)'),
  budgets: z.array(z.object({ fiscalYear: FiscalYear, amountYen: Yen })).max(10),
  team: z
    .array(z.object({ researcherNumber: z.string().regex(/^\d{8}$/), role: z.enum(['pi', 'co']), effortPercent: Effort }))
    .min(1)
    .max(50)
    .describe('The PI (研究開発代表者) and co-investigators (研究開発分担者); only the PI changes the team'),
});
export type ApplicationContent = z.infer<typeof ApplicationContent>;

export const ApplicationSave = ApplicationContent.extend({ version: z.number().int().positive() }).strict();
export type ApplicationSave = z.infer<typeof ApplicationSave>;

export const VersionBody = z.object({ version: z.number().int().positive() }).strict();
export const WithdrawBody = z.object({ version: z.number().int().positive(), reason: z.string().trim().max(2000).default('') }).strict();

export const TeamMember = z.object({
  researcherId: z.number().int(),
  researcherNumber: z.string(),
  nameJa: z.string(),
  nameEn: z.string(),
  institution: Ref,
  role: z.enum(['pi', 'co']),
  effortPercent: z.number().int(),
});

export const ApplicationDetail = ApplicationContent.omit({ team: true }).extend({
  id: z.number().int(),
  call: z.object({
    id: z.number().int(),
    code: z.string(),
    titleJa: z.string(),
    titleEn: z.string(),
    fiscalYear: z.number().int(),
    phase: z.string(),
    deadlineAt: z.string(),
  }),
  callType: z.object({
    id: z.number().int(),
    code: z.string(),
    nameJa: z.string(),
    nameEn: z.string(),
    budgetCapYen: z.number().int(),
    durationYears: z.number().int(),
  }),
  team: z.array(TeamMember),
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.string().nullable(),
  requestedYen: z.number().int(),
  version: z.number().int(),
  attachments: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      fileName: z.string(),
      sizeBytes: z.number().int(),
      sha256: z.string(),
      uploadedAt: z.string(),
    }),
  ),
  history: z.array(z.object({ fromStatus: z.string().nullable(), toStatus: z.string(), at: z.string(), note: z.string() })),
  decision: z
    .object({
      outcome: z.enum(['adopted', 'rejected']),
      awardedBudget: z.array(z.object({ fiscalYear: z.number().int(), amountYen: z.number().int() })),
      projectId: z.number().int().nullable(),
      decidedAt: z.string(),
    })
    .nullable(),
  permissions: z.object({ canEdit: z.boolean(), canEditTeam: z.boolean(), canSubmit: z.boolean(), canWithdraw: z.boolean() }),
});
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;

export const ApplicationListItem = z.object({
  id: z.number().int(),
  call: z.object({ id: z.number().int(), titleJa: z.string(), titleEn: z.string(), fiscalYear: z.number().int(), deadlineAt: z.string() }),
  callTypeCode: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  pi: Ref,
  institution: Ref,
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.string().nullable(),
  requestedYen: z.number().int(),
  openFlags: z.object({ effort: z.number().int(), duplication: z.number().int(), concentration: z.number().int() }),
  awardedYen: z.number().int().nullable(),
  projectId: z.number().int().nullable(),
});
export type ApplicationListItem = z.infer<typeof ApplicationListItem>;
export const ApplicationList = z.object({ items: z.array(ApplicationListItem) });

export const AttachmentParams = z.object({ id: z.coerce.number().int().positive(), kind: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) });
export const AttachmentFileParams = z.object({ id: z.coerce.number().int().positive(), attachmentId: z.coerce.number().int().positive() });
export const AttachmentQuery = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\\0]+$/),
});
