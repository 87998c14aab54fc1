import { z } from 'zod';

const Named = { nameJa: z.string(), nameEn: z.string() };
const PostHolder = z.object({ userId: z.number().int(), displayName: z.string(), displayNameEn: z.string() });

export const PeriodQuery = z.object({ period: z.coerce.number().int().min(1).max(9).optional() });

export const FiscalYearSchema = z.object({
  fiscalYear: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  labelJa: z.string().describe('令和6年度'),
});

export const PeriodSchema = z.object({
  id: z.number().int(),
  ...Named,
  startFiscalYear: z.number().int(),
  endFiscalYear: z.number().int(),
  fiscalYears: z.array(FiscalYearSchema),
});
export const PeriodList = z.object({ items: z.array(PeriodSchema) });

export const IntegratedProjectSchema = z.object({
  id: z.number().int(),
  periodId: z.number().int(),
  code: z.string(),
  ordinal: z.number().int(),
  kind: z.enum(['modality', 'disease']),
  ...Named,
  directors: z.array(PostHolder).describe('PD'),
});
export const IntegratedProjectList = z.object({ items: z.array(IntegratedProjectSchema) });

export const DiseaseAreaSchema = z.object({
  id: z.number().int(),
  periodId: z.number().int(),
  code: z.string(),
  ordinal: z.number().int(),
  ...Named,
  coordinators: z.array(PostHolder).describe('DC'),
});
export const DiseaseAreaList = z.object({ items: z.array(DiseaseAreaSchema) });

export const ProgramsQuery = z.object({
  period: z.coerce.number().int().min(1).max(9).optional(),
  integratedProject: z.coerce.number().int().positive().optional(),
});

export const ProgramSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  ...Named,
  descriptionJa: z.string(),
  descriptionEn: z.string(),
  ministry: z.object({ id: z.number().int(), ...Named }),
  department: z.object({ id: z.number().int(), ...Named }),
  startFiscalYear: z.number().int(),
  endFiscalYear: z.number().int().nullable(),
  placements: z.array(z.object({ periodId: z.number().int(), integratedProjectId: z.number().int() })),
  supervisors: z.array(PostHolder).describe('PS'),
  officers: z.array(PostHolder).describe('PO'),
});
export const ProgramList = z.object({ items: z.array(ProgramSchema) });

export const InstitutionsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const InstitutionList = z.object({
  items: z.array(z.object({ id: z.number().int(), ...Named, kind: z.string() })),
});

export const NamedList = z.object({ items: z.array(z.object({ id: z.number().int(), code: z.string(), ...Named })) });

export type Period = z.infer<typeof PeriodSchema>;
export type IntegratedProject = z.infer<typeof IntegratedProjectSchema>;
export type DiseaseArea = z.infer<typeof DiseaseAreaSchema>;
export type Program = z.infer<typeof ProgramSchema>;
