import { z } from 'zod';

const FiscalYear = z.number().int().min(2000).max(2100);
const Text = (max: number) => z.string().trim().max(max);

export const MILESTONE_KINDS = ['regular', 'pmda_consultation', 'first_in_human', 'licensing', 'approval_filing'] as const;
export const MILESTONE_STATUSES = ['planned', 'achieved', 'missed'] as const;
export const REPORT_STATUSES = ['requested', 'submitted', 'accepted', 'returned'] as const;

export const ReportIdParams = z.object({ id: z.coerce.number().int().positive() });
export const AttachmentParams = z.object({ id: z.coerce.number().int().positive(), attachmentId: z.coerce.number().int().positive() });

export const Milestone = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  dueFiscalYear: z.number().int(),
  dueQuarter: z.number().int().min(1).max(4),
  kind: z.enum(MILESTONE_KINDS),
  titleJa: z.string(),
  titleEn: z.string(),
  deliverable: z.string(),
  evidence: z.string(),
  status: z.enum(MILESTONE_STATUSES),
  achievedOn: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
});
export type Milestone = z.infer<typeof Milestone>;

export const MilestoneInput = z.object({
  dueFiscalYear: FiscalYear,
  dueQuarter: z.number().int().min(1).max(4),
  kind: z.enum(MILESTONE_KINDS).default('regular'),
  titleJa: Text(300).min(1),
  titleEn: Text(300).min(1),
  deliverable: Text(2000).default(''),
  evidence: Text(2000).default(''),
});
export type MilestoneInput = z.infer<typeof MilestoneInput>;

export const MilestonePatch = z.object({
  version: z.number().int().positive(),
  status: z.enum(MILESTONE_STATUSES).optional(),
  achievedOn: z.iso.date().nullable().optional(),
  evidence: Text(2000).optional(),
  dueFiscalYear: FiscalYear.optional(),
  dueQuarter: z.number().int().min(1).max(4).optional(),
});
export type MilestonePatch = z.infer<typeof MilestonePatch>;

export const Attachment = z.object({
  id: z.number().int(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const ProgressReport = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  fiscalYear: z.number().int(),
  kind: z.enum(['annual', 'interim']),
  dueOn: z.string(),
  status: z.enum(REPORT_STATUSES),
  summary: z.string(),
  achievements: z.string(),
  issues: z.string(),
  nextPlan: z.string(),
  milestoneProgress: z.array(z.object({ milestoneId: z.number().int(), percent: z.number().int() })),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  overdue: z.boolean(),
  attachments: z.array(Attachment),
  version: z.number().int(),
});
export type ProgressReport = z.infer<typeof ProgressReport>;

export const ReportRequest = z.object({
  fiscalYear: FiscalYear,
  kind: z.enum(['annual', 'interim']),
  dueOn: z.iso.date().describe('Due date (Japan time)'),
});
export type ReportRequest = z.infer<typeof ReportRequest>;

export const ReportSubmission = z.object({
  version: z.number().int().positive(),
  summary: Text(8000).min(1),
  achievements: Text(8000).min(1),
  issues: Text(8000).default(''),
  nextPlan: Text(8000).min(1),
  milestoneProgress: z
    .array(z.object({ milestoneId: z.number().int(), percent: z.number().int().min(0).max(100) }))
    .max(100)
    .default([]),
});
export type ReportSubmission = z.infer<typeof ReportSubmission>;

export const ReportReview = z.object({
  version: z.number().int().positive(),
  outcome: z.enum(['accepted', 'returned']),
  comment: Text(4000).min(1),
});
export type ReportReview = z.infer<typeof ReportReview>;

export const AttachmentUpload = z.object({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.pdf$/i, 'a .pdf file name'),
  contentBase64: z.string().min(8).max(700_000).describe('The PDF, base64-encoded (at most 512 KiB)'),
});
export type AttachmentUpload = z.infer<typeof AttachmentUpload>;

export const SiteVisit = z.object({
  id: z.number().int(),
  visitedOn: z.string(),
  visitedBy: z.string(),
  notes: z.string(),
});
export const SiteVisitInput = z.object({ visitedOn: z.iso.date(), notes: Text(8000).min(1) });
export type SiteVisitInput = z.infer<typeof SiteVisitInput>;

export const ProjectSteering = z.object({
  projectId: z.number().int(),
  milestones: z.array(Milestone),
  reports: z.array(ProgressReport),
  siteVisits: z.array(SiteVisit).describe('Agency members only; empty for researchers'),
  permissions: z.object({ canSteer: z.boolean(), canWriteReports: z.boolean() }),
});
export type ProjectSteering = z.infer<typeof ProjectSteering>;

const ProjectRef = z.object({
  id: z.number().int(),
  grantNumber: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  programId: z.number().int(),
});
export const OverdueList = z.object({
  today: z.string(),
  reports: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      fiscalYear: z.number().int(),
      dueOn: z.string(),
      status: z.string(),
      project: ProjectRef,
    }),
  ),
  milestones: z.array(
    z.object({
      id: z.number().int(),
      titleJa: z.string(),
      titleEn: z.string(),
      dueFiscalYear: z.number().int(),
      dueQuarter: z.number().int(),
      kind: z.string(),
      project: ProjectRef,
    }),
  ),
  conditions: z.array(z.object({ reviewId: z.number().int(), conditions: z.string(), conditionDeadline: z.string(), project: ProjectRef })),
});
export type OverdueList = z.infer<typeof OverdueList>;

export const MyReports = z.object({ items: z.array(ProgressReport.extend({ project: ProjectRef })) });
export const ReminderJob = z.object({ jobId: z.string() });
