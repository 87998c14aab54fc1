import { z } from 'zod';
import { Highlights } from '../projects/projects.schemas.ts';
import { GENERIC_STAGES, MODALITIES, PROJECT_STATUSES, STAGE_CODES } from '../projects/stages.ts';

const Ref = z.object({ id: z.number().int(), nameJa: z.string(), nameEn: z.string() });
const Id = z.coerce.number().int().positive();
const Range = z.tuple([z.number().int(), z.number().int()]);
const Snippet = z.object({ text: z.string(), marks: z.array(Range) }).describe('A passage of the abstract with the matches marked');

export const PublicFilters = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Japanese or English words; variants and synonyms are matched, also names and institutions'),
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional().describe('Projects running in this fiscal year'),
  integratedProject: Id.optional(),
  program: Id.optional(),
  diseaseArea: Id.optional(),
  stage: z.enum([...GENERIC_STAGES, ...STAGE_CODES] as [string, ...string[]]).optional(),
  institution: Id.optional(),
  pi: Id.optional().describe('The researcher id of the PI (研究開発代表者)'),
});
export const PublicSort = z.enum(['relevance', 'startFiscalYear', 'grantNumber']);

export const PublicSearchQuery = PublicFilters.extend({
  sort: PublicSort.optional().describe('Default: relevance when q is given, else grantNumber'),
  cursor: z.string().max(400).optional().describe('nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  facets: z.stringbool().default(true).describe('Count facets (false for paging)'),
});

export const PublicItem = z.object({
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
  highlights: Highlights,
  snippetJa: Snippet,
  snippetEn: Snippet,
});

const FacetValue = z.object({ id: z.string(), nameJa: z.string(), nameEn: z.string(), count: z.number().int() });
export const PublicSearchResult = z.object({
  total: z.number().int(),
  sort: PublicSort.describe('The sort applied'),
  items: z.array(PublicItem),
  facets: z.record(z.string(), z.array(FacetValue)).describe('Counts over the matching published projects, per facet'),
  nextCursor: z.string().nullable(),
});

export const PublicProject = PublicItem.omit({ highlights: true, snippetJa: true, snippetEn: true }).extend({
  abstractJa: z.string(),
  abstractEn: z.string(),
  diseaseAreas: z.array(Ref),
  members: z.array(
    z.object({ researcherId: z.number().int(), nameJa: z.string(), nameEn: z.string(), role: z.enum(['pi', 'co']), institution: Ref }),
  ),
  budgets: z.array(z.object({ fiscalYear: z.number().int(), amountYen: z.number().int() })),
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
    }),
  ),
});

export const SimilarProjects = z.object({ items: z.array(PublicItem.extend({ score: z.number().int() })) });
export const IdParams = z.object({ id: Id });
export const ExportFormat = z.enum(['csv', 'xlsx', 'json']);
export const PublicExportQuery = PublicFilters.extend({ format: ExportFormat.default('csv'), sort: PublicSort.optional() });

export const SynonymGroup = z.object({ id: z.number().int(), terms: z.array(z.string()), note: z.string(), version: z.number().int() });
export const SynonymInput = z.object({
  terms: z.array(z.string().trim().min(1).max(100)).min(2).max(50),
  note: z.string().max(200).optional(),
});
export const SynonymUpdate = SynonymInput.extend({ version: z.number().int().positive() });
export const VersionQuery = z.object({ version: z.coerce.number().int().positive() });
