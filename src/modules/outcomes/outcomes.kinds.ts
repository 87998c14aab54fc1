import { z } from 'zod';
import type { Localized } from '../../errors.ts';
import { fieldMessage, type ZodIssueLike } from '../../plugins/validation-messages.ts';

/** What each kind of outcome records (outcomes.details), as the agency asks for it. */
const opt = z.string().trim().max(300).optional();
export const DETAILS = {
  paper: z.object({
    doi: z
      .string()
      .trim()
      .regex(/^10\.\d{4,9}\/\S+$/, 'DOI like 10.1000/xyz')
      .optional(),
    pmid: z
      .string()
      .trim()
      .regex(/^\d{1,9}$/, 'PMID is digits')
      .optional(),
    journal: z.string().trim().min(1).max(300),
  }),
  patent: z.object({ applicationNumber: z.string().trim().min(1).max(100) }),
  nonclinical_poc: z.object({ modality: opt }),
  licensing: z.object({
    company: z.string().trim().min(1).max(200),
    companyEn: opt,
    scope: z.enum(['global', 'japan', 'asia', 'option', 'other']),
  }),
  clinical_trial: z.object({
    registry: z.enum(['jRCT', 'NCT']),
    trialId: z
      .string()
      .trim()
      .regex(/^(jRCT\d{10}|NCT\d{8})$/, 'jRCT + 10 digits or NCT + 8 digits'),
    phase: z.enum(['I', 'I/II', 'II', 'II/III', 'III', 'IV']),
  }),
  regulatory_filing: z.object({ product: z.string().trim().min(1).max(200), category: z.enum(['drug', 'device', 'regenerative', 'ivd']) }),
  approval: z.object({
    product: z.string().trim().min(1).max(200),
    productEn: opt,
    category: z.enum(['drug', 'device', 'regenerative', 'ivd']),
    indication: z.enum(['new', 'extended']),
    conditional: z.boolean().default(false),
  }),
  insurance_listing: z.object({ product: opt }),
  startup: z.object({ company: z.string().trim().min(1).max(200), companyEn: opt }),
  guideline: z.object({ guideline: opt }),
} as const;
export type Kind = keyof typeof DETAILS;
export const KINDS = Object.keys(DETAILS) as Kind[];

export const OutcomeInput = z.object({
  kind: z.enum(KINDS as [Kind, ...Kind[]]),
  fiscalYear: z.number().int().min(2000).max(2100),
  occurredOn: z.iso.date().optional(),
  titleJa: z.string().trim().min(1).max(500),
  titleEn: z.string().trim().min(1).max(500),
  topJournal: z.boolean().default(false),
  details: z.record(z.string(), z.unknown()).default({}),
});
export type OutcomeInput = z.infer<typeof OutcomeInput>;

/**
 * Checks the kind-specific details; returns the cleaned details or the problems, field by field,
 * each with a Japanese and an English message (the same texts as the request validation's).
 */
export function checkDetails(
  kind: Kind,
  details: unknown,
): { ok: true; details: Record<string, unknown> } | { ok: false; issues: { path: string; message: Localized; text: string }[] } {
  const r = DETAILS[kind].safeParse(details);
  if (r.success) return { ok: true, details: r.data as Record<string, unknown> };
  const valueAt = (path: PropertyKey[]) =>
    path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), details);
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({
      path: `details.${i.path.join('.')}`,
      message: fieldMessage(i as unknown as ZodIssueLike, i.code === 'invalid_type' && valueAt(i.path) === undefined),
      /** Zod's own text (the import job's row report keeps it). */
      text: i.message,
    })),
  };
}

/** AMED grant numbers as printed in acknowledgements: JP23ck0106789 (JP + 2 digits + 2 letters + 7 digits). */
export const GRANT_NUMBER = /JP\d{2}[a-z]{2}\d{7}/g;
