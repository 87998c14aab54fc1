import { z } from 'zod';
import { GENERIC_STAGES } from '../projects/stages.ts';

const Id = z.coerce.number().int().positive();
export const PortfolioQuery = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional().describe('Default: the current fiscal year (Japan time)'),
  integratedProject: Id.optional(),
  diseaseArea: Id.optional(),
  program: Id.optional(),
});
export type PortfolioQuery = z.infer<typeof PortfolioQuery>;
export const IdParams = z.object({ id: Id });

const Named = { nameJa: z.string(), nameEn: z.string() };
const Ref = z.object({ id: z.number().int(), ...Named });
const Amounts = z.object({ projects: z.number().int(), yen: z.number() });
const StageAmounts = z.object({ stage: z.enum(GENERIC_STAGES), labelJa: z.string(), labelEn: z.string(), ...Amounts.shape });

export const Funnel = z.object({ fiscalYear: z.number().int(), stages: z.array(StageAmounts), total: Amounts });
export type Funnel = z.infer<typeof Funnel>;

export const Matrix = z.object({
  fiscalYear: z.number().int(),
  integratedProjects: z.array(Ref),
  diseaseAreas: z.array(Ref.extend({ id: z.number().int().nullable() })).describe('id null: projects without a disease area'),
  stages: z.array(z.object({ stage: z.enum(GENERIC_STAGES), labelJa: z.string(), labelEn: z.string() })),
  cells: z.array(
    z.object({
      integratedProjectId: z.number().int(),
      diseaseAreaId: z.number().int().nullable(),
      stage: z.enum(GENERIC_STAGES),
      ...Amounts.shape,
    }),
  ),
});
export type Matrix = z.infer<typeof Matrix>;

const Row = z.object({ ...Ref.shape, stages: z.array(StageAmounts), total: Amounts });
export const DiseaseAreaView = z.object({
  fiscalYear: z.number().int(),
  diseaseArea: Ref,
  funnel: Funnel,
  byIntegratedProject: z.array(Row),
});
export type DiseaseAreaView = z.infer<typeof DiseaseAreaView>;
export const IntegratedProjectView = z.object({
  fiscalYear: z.number().int(),
  integratedProject: Ref,
  funnel: Funnel,
  byProgram: z.array(Row),
});
export type IntegratedProjectView = z.infer<typeof IntegratedProjectView>;

export const DrillQuery = PortfolioQuery.extend({
  stage: z.enum(GENERIC_STAGES).optional(),
  noDiseaseArea: z.stringbool().optional().describe('Only projects without a disease area'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type DrillQuery = z.infer<typeof DrillQuery>;
export const DrillDown = z.object({
  fiscalYear: z.number().int(),
  total: z.number().int(),
  items: z.array(
    z.object({
      id: z.number().int(),
      grantNumber: z.string(),
      titleJa: z.string(),
      titleEn: z.string(),
      modality: z.string(),
      stage: z.string(),
      genericStage: z.enum(GENERIC_STAGES),
      status: z.string(),
      program: Ref,
      integratedProjectId: z.number().int(),
      yen: z.number(),
    }),
  ),
});
export type DrillDown = z.infer<typeof DrillDown>;

export const ExportQuery = PortfolioQuery.extend({
  view: z.enum(['funnel', 'matrix', 'disease-area', 'integrated-project']),
  lang: z.enum(['ja', 'en']).optional(),
});
export type ExportQuery = z.infer<typeof ExportQuery>;
