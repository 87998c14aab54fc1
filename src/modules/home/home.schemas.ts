import { z } from 'zod';
import { GENERIC_STAGES, PROJECT_STATUSES } from '../projects/stages.ts';

/** One thing on a person's home: something that needs them (or that they follow), with a count and a link. */
export const HomeItem = z.object({
  kind: z.string().min(1).describe('Stable identifier of the item type, e.g. projects.ending, reviews.assigned'),
  titleJa: z.string().min(1),
  titleEn: z.string().min(1),
  count: z.number().int().min(0),
  link: z.string().startsWith('/').describe('Path in the web app that shows the records behind the count'),
  severity: z.enum(['info', 'warning', 'critical']),
  dueDate: z.string().date().nullable().describe('ISO date (Japan time) by which this needs action, if any'),
});
export type HomeItem = z.infer<typeof HomeItem>;

const byStatus = z.object(Object.fromEntries(PROJECT_STATUSES.map((s) => [s, z.number().int()])) as Record<string, z.ZodNumber>);
const byStage = z.object(Object.fromEntries(GENERIC_STAGES.map((s) => [s, z.number().int()])) as Record<string, z.ZodNumber>);

/** What a person follows by their role: a program, an integrated project, a disease area, the agency, or their own projects. */
export const HomeScope = z.object({
  role: z.string(),
  kind: z.enum(['agency', 'integrated_project', 'program', 'disease_area', 'self']),
  id: z.number().int().nullable(),
  nameJa: z.string(),
  nameEn: z.string(),
  /** The project list filtered to this scope and year. */
  link: z.string(),
  projectCount: z.number().int().describe('Projects running in the fiscal year'),
  newProjectCount: z.number().int(),
  byStatus,
  byStage,
  budgetYen: z.number().int().describe('Money of the fiscal year'),
  previousBudgetYen: z.number().int().describe('Money of the fiscal year before'),
});
export type HomeScope = z.infer<typeof HomeScope>;

export const HomeResponse = z.object({
  fiscalYear: z.number().int().describe('The latest fiscal year with money, not after the current one'),
  scopes: z.array(HomeScope),
  items: z.array(HomeItem),
});
export type HomeResponse = z.infer<typeof HomeResponse>;
