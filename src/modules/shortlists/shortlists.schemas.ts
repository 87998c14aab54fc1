import { z } from 'zod';

export const ShortlistIdParams = z.object({ id: z.coerce.number().int().positive() });
export const NewShortlist = z
  .object({ nameJa: z.string().trim().min(1).max(200), nameEn: z.string().trim().max(200).default('') })
  .strict();
export const NewItem = z
  .object({
    titleJa: z.string().trim().min(1).max(300),
    titleEn: z.string().trim().max(300).default(''),
    note: z.string().trim().max(8000).default(''),
    outcomes: z.string().trim().max(8000).default(''),
    competitors: z.string().trim().max(8000).default(''),
    projectIds: z.array(z.number().int().positive()).max(50).default([]),
  })
  .strict();
export type NewItem = z.infer<typeof NewItem>;

export const Shortlist = z.object({
  id: z.number().int(),
  nameJa: z.string(),
  nameEn: z.string(),
  ownerUserId: z.number().int(),
  version: z.number().int(),
});
export const ShortlistList = z.object({ items: z.array(Shortlist) });
const Glance = z.object({
  id: z.number().int(),
  grantNumber: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  stage: z.string(),
  programJa: z.string(),
  programEn: z.string(),
  funding: z.array(z.object({ fiscalYear: z.number().int(), amountYen: z.number().int() })),
  handoffs: z.number().int(),
  outcomes: z.number().int(),
});
export const Item = z.object({
  id: z.number().int(),
  titleJa: z.string(),
  titleEn: z.string(),
  note: z.string(),
  outcomes: z.string(),
  competitors: z.string(),
  projects: z.array(Glance),
});
export const ShortlistDetail = Shortlist.extend({ items: z.array(Item), permissions: z.object({ canEdit: z.boolean() }) });
export type ShortlistDetail = z.infer<typeof ShortlistDetail>;
