import type { CallDetailT, CallInputT } from '../../api/calls/types.ts';

/** The call editor's fields as the form holds them (text, Japan-time local datetimes). */
export type CallForm = {
  code: string;
  programId: string;
  fiscalYear: number;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  opensAt: string;
  deadlineAt: string;
  budgetYen: number;
  partnerCountries: string;
  ppiQuestions: string;
  requiredAttachments: string;
  criteria: string;
  fundableFrom: number;
  types: { code: string; nameJa: string; nameEn: string; budgetCapYen: number; durationYears: number; plannedAwards: number }[];
};

/** An instant as "YYYY-MM-DDTHH:mm" in Japan time, for a datetime-local input. */
export function toJstLocal(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 9 * 3600_000);
  return d.toISOString().slice(0, 16);
}
export const fromJstLocal = (local: string) => `${local}:00+09:00`;

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.split('|').map((p) => p.trim()))
    .filter((p) => p[0]);

export function emptyForm(fiscalYear: number): CallForm {
  return {
    code: '',
    programId: '',
    fiscalYear,
    titleJa: '',
    titleEn: '',
    descriptionJa: '',
    descriptionEn: '',
    opensAt: `${fiscalYear}-04-01T10:00`,
    deadlineAt: `${fiscalYear}-05-30T12:00`,
    budgetYen: 0,
    partnerCountries: '',
    ppiQuestions: '患者・市民参画（PPI）の取組計画を記載してください。 | Describe your plan for patient and public involvement (PPI).',
    requiredAttachments: 'proposal | 研究開発提案書 | Research proposal',
    criteria:
      'significance | 事業趣旨等との整合性 | Fit with the program\nfeasibility | 計画の妥当性 | Soundness of the plan\ncapacity | 実施体制 | Team and capacity',
    fundableFrom: 6,
    types: [{ code: 'A', nameJa: '一般枠', nameEn: 'General', budgetCapYen: 100_000_000, durationYears: 3, plannedAwards: 1 }],
  };
}

export function formOf(c: CallDetailT): CallForm {
  return {
    code: c.code,
    programId: String(c.program.id),
    fiscalYear: c.fiscalYear,
    titleJa: c.titleJa,
    titleEn: c.titleEn,
    descriptionJa: c.descriptionJa,
    descriptionEn: c.descriptionEn,
    opensAt: toJstLocal(c.opensAt),
    deadlineAt: toJstLocal(c.deadlineAt),
    budgetYen: c.budgetYen,
    partnerCountries: c.partnerCountries.join(', '),
    ppiQuestions: c.ppiQuestions.map((q) => `${q.ja} | ${q.en}`).join('\n'),
    requiredAttachments: c.requiredAttachments.map((a) => `${a.code} | ${a.ja} | ${a.en}`).join('\n'),
    criteria: c.reviewForm.criteria.map((a) => `${a.code} | ${a.ja} | ${a.en}`).join('\n'),
    fundableFrom: c.reviewForm.fundableFrom,
    types: c.types.map(({ id: _id, ...ty }) => ty),
  };
}

export function inputOf(f: CallForm): CallInputT {
  return {
    code: f.code,
    programId: Number(f.programId),
    fiscalYear: f.fiscalYear,
    titleJa: f.titleJa,
    titleEn: f.titleEn,
    descriptionJa: f.descriptionJa,
    descriptionEn: f.descriptionEn,
    opensAt: fromJstLocal(f.opensAt),
    deadlineAt: fromJstLocal(f.deadlineAt),
    budgetYen: f.budgetYen,
    partnerCountries: f.partnerCountries
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean),
    ppiQuestions: lines(f.ppiQuestions).map(([ja, en], i) => ({ code: `ppi${i + 1}`, ja: ja ?? '', en: en || ja || '' })),
    requiredAttachments: lines(f.requiredAttachments).map(([code, ja, en]) => ({
      code: code ?? '',
      ja: ja || code || '',
      en: en || ja || code || '',
      required: true,
      maxMegabytes: 10,
    })),
    reviewForm: {
      criteria: lines(f.criteria).map(([code, ja, en]) => ({ code: code ?? '', ja: ja || code || '', en: en || ja || code || '' })),
      fundableFrom: f.fundableFrom,
    },
    types: f.types,
  };
}
