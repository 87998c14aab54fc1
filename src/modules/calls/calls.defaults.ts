/** AMED's review form: criteria rated on 4 levels and a 10-point overall score, fundable from 6. */
export const AMED_REVIEW_FORM = {
  criteria: [
    { code: 'significance', ja: '事業趣旨等との整合性', en: 'Fit with the aims of the program' },
    { code: 'science', ja: '科学的・技術的な意義及び優位性', en: 'Scientific and technical significance' },
    { code: 'plan', ja: '計画の妥当性', en: 'Soundness of the plan' },
    { code: 'capacity', ja: '実施体制', en: 'Team and capacity' },
  ],
  ratingLevels: 4 as const,
  overallMax: 10 as const,
  fundableFrom: 6,
};
