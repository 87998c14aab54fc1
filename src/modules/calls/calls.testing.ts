/** Test builders for calls and applications (used by this module's and the applications module's tests). */
import type { Db } from '../../db/client.ts';
import { calls, callTypes } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { Role } from '../people/roles.ts';

let seq = 0;
const HOUR = 3600_000;

export const REVIEW_FORM = {
  criteria: [
    { code: 'significance', ja: '意義', en: 'Significance' },
    { code: 'feasibility', ja: '実現可能性', en: 'Feasibility' },
  ],
  ratingLevels: 4 as const,
  overallMax: 10 as const,
  fundableFrom: 6,
};

export async function buildCall(
  db: Db,
  over: Partial<typeof calls.$inferInsert> & { programId: number; cap?: number; durationYears?: number },
) {
  const n = ++seq + Math.floor(Math.random() * 1e6) * 1000;
  const { cap, durationYears, ...fields } = over;
  const [call] = await db
    .insert(calls)
    .values({
      code: `T${n}`,
      fiscalYear: 2025,
      titleJa: `試験公募${n}`,
      titleEn: `Test call ${n}`,
      status: 'published',
      opensAt: new Date(Date.now() - 24 * HOUR),
      deadlineAt: new Date(Date.now() + 24 * HOUR),
      budgetYen: 1_000_000_000,
      reviewForm: REVIEW_FORM,
      ...fields,
    })
    .returning();
  const [type] = await db
    .insert(callTypes)
    .values({
      callId: call!.id,
      code: 'A',
      nameJa: 'タイプA',
      nameEn: 'Type A',
      budgetCapYen: cap ?? 380_000_000,
      durationYears: durationYears ?? 5,
    })
    .returning();
  return { call: call!, type: type! };
}

export function actorFor(
  user: { id: number; email: string; researcherId?: number | null },
  role: Role,
  scopeId: number | null = null,
): Actor {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.email,
    locale: 'ja',
    roles: [{ role, scopeType: role === 'researcher' ? 'self' : 'agency', scopeId }],
    researcherId: user.researcherId ?? null,
  };
}

/** A complete document for a save, with the given team (the PI first). */
export function contentOf(
  team: { researcherNumber: string; role: 'pi' | 'co'; effortPercent: number }[],
  over: Record<string, unknown> = {},
) {
  return {
    titleJa: '膵がん早期診断のための血液バイオマーカーの開発',
    titleEn: 'A blood biomarker for early detection of pancreatic cancer',
    abstractJa: 'APOA2アイソフォームを用いて膵がんを早期に発見する血液検査を開発する。',
    abstractEn: 'We develop a blood test that finds pancreatic cancer early using APOA2 isoforms.',
    modality: 'diagnostic',
    keywords: ['膵がん', 'biomarker'],
    ppiPlan: '患者会と年2回の意見交換を行う。',
    ppiAnswers: [],
    otherFunding: [],
    budgets: [
      { fiscalYear: 2025, amountYen: 50_000_000 },
      { fiscalYear: 2026, amountYen: 50_000_000 },
    ],
    team,
    ...over,
  };
}
