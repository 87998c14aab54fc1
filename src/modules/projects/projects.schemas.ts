import { z } from 'zod';
import { FUNDING_SOURCES, GENERIC_STAGES, MODALITIES, PROJECT_STATUSES, STAGE_CODES } from './stages.ts';

const Ref = z.object({ id: z.number().int(), nameJa: z.string(), nameEn: z.string() });
const FiscalYear = z.coerce.number().int().min(2000).max(2100);

export const ProjectListQuery = z.object({
  fiscalYear: FiscalYear.optional(),
  integratedProject: z.coerce.number().int().positive().optional(),
  program: z.coerce.number().int().positive().optional(),
  diseaseArea: z.coerce.number().int().positive().optional(),
  stage: z.enum([...GENERIC_STAGES, ...STAGE_CODES] as [string, ...string[]]).optional(),
  institution: z.coerce.number().int().positive().optional(),
  modality: z.enum(MODALITIES).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  mine: z.stringbool().optional().describe('Only projects the caller works on (as PI or co-investigator)'),
  sort: z
    .enum(['relevance', 'grantNumber', 'title', 'startFiscalYear', 'budget'])
    .optional()
    .describe('Default: relevance when q is given, else grantNumber'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;

export const ProjectListItem = z.object({
  id: z.number().int(),
  grantNumber: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  pi: Ref,
  institution: Ref,
  program: Ref,
  integratedProject: Ref.nullable(),
  startFiscalYear: z.number().int(),
  endFiscalYear: z.number().int(),
  modality: z.enum(MODALITIES),
  stage: z.string(),
  status: z.enum(PROJECT_STATUSES),
  isNew: z.boolean().describe('Started in the selected fiscal year'),
  budgetYen: z.number().int().describe('Total of the selected fiscal year (all sources), or of all years'),
});
export type ProjectListItem = z.infer<typeof ProjectListItem>;

const Range = z.tuple([z.number().int(), z.number().int()]);
export const Highlights = z
  .object({ titleJa: z.array(Range), titleEn: z.array(Range) })
  .describe('Where the query matched each title: [start, end) UTF-16 offsets');

export const ProjectList = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: z.enum(['relevance', 'grantNumber', 'title', 'startFiscalYear', 'budget']).describe('The sort applied'),
  order: z.enum(['asc', 'desc']).describe('The direction applied'),
  items: z.array(ProjectListItem.extend({ highlights: Highlights })),
});
export type ProjectList = z.infer<typeof ProjectList>;

export const ProjectDetail = ProjectListItem.extend({
  abstractJa: z.string(),
  abstractEn: z.string(),
  isPublic: z.boolean(),
  version: z.number().int(),
  diseaseAreas: z.array(Ref),
  members: z.array(
    z.object({
      researcherId: z.number().int(),
      nameJa: z.string(),
      nameEn: z.string(),
      role: z.enum(['pi', 'co']),
      effortPercent: z.number().int(),
      institution: Ref,
    }),
  ),
  budgets: z.array(z.object({ fiscalYear: z.number().int(), source: z.enum(FUNDING_SOURCES), amountYen: z.number().int() })),
  lineage: z.object({
    nodes: z.array(
      z.object({
        id: z.number().int(),
        grantNumber: z.string(),
        titleJa: z.string(),
        titleEn: z.string(),
        program: Ref,
        startFiscalYear: z.number().int(),
        endFiscalYear: z.number().int(),
      }),
    ),
    edges: z.array(z.object({ from: z.number().int(), to: z.number().int(), kind: z.enum(['handoff', 'continuation', 'fast_path']) })),
  }),
  outcomes: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      fiscalYear: z.number().int(),
      occurredOn: z.string().nullable(),
      titleJa: z.string(),
      titleEn: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  permissions: z.object({ canEdit: z.boolean() }),
});
export type ProjectDetail = z.infer<typeof ProjectDetail>;

export const ProjectIdParams = z.object({ id: z.coerce.number().int().positive() });

export const ProjectPatch = z
  .object({
    version: z.number().int().positive(),
    titleJa: z.string().trim().min(1).max(500).optional(),
    titleEn: z.string().trim().min(1).max(500).optional(),
    abstractJa: z.string().trim().max(10_000).optional(),
    abstractEn: z.string().trim().max(10_000).optional(),
    stage: z.enum(STAGE_CODES).optional(),
    status: z.enum(PROJECT_STATUSES).optional(),
    endFiscalYear: z.number().int().min(2000).max(2100).optional(),
  })
  .strict();
export type ProjectPatch = z.infer<typeof ProjectPatch>;

/** A project's complete yearly budget lines, replacing the stored ones; send the project version you read. */
export const BudgetLinesPut = z
  .object({
    version: z.number().int().positive(),
    lines: z
      .array(
        z
          .object({
            fiscalYear: z.number().int().min(2000).max(2100),
            source: z.enum(FUNDING_SOURCES),
            amountYen: z.number().int().min(0).max(10_000_000_000_000),
          })
          .strict(),
      )
      .max(400),
  })
  .strict();
export type BudgetLinesPut = z.infer<typeof BudgetLinesPut>;

export const OverviewQuery = z.object({
  fiscalYear: FiscalYear.optional().describe('Default: the latest fiscal year with money, not after the current one'),
});
export const Overview = z.object({
  fiscalYear: z.number().int(),
  latestFiscalYear: z.number().int().nullable().describe('The latest fiscal year with money, not after the current one'),
  projectCount: z.number().int(),
  newProjectCount: z.number().int(),
  budgetBySource: z.object({
    initial: z.number().int(),
    supplementary: z.number().int(),
    adjustment: z.number().int(),
    operating_grant: z.number().int(),
  }),
  totalYen: z.number().int(),
  byIntegratedProject: z.array(
    z.object({ id: z.number().int(), nameJa: z.string(), nameEn: z.string(), projectCount: z.number().int(), amountYen: z.number().int() }),
  ),
});
export type Overview = z.infer<typeof Overview>;
