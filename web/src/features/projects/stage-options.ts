import { DEVICE_LADDER, DRUG_LADDER, GENERIC_LADDER, LADDERS, type Modality, stageLabel } from '../../../../src/modules/projects/stages.ts';
import type { Lang } from '../../i18n/index.ts';

type T = (key: 'projects.genericStages' | 'projects.drugStages' | 'projects.deviceStages') => string;

/** Stage filter choices: the five generic stages, then the drug and device ladders. */
export function stageFilterOptions(lang: Lang, t: T) {
  const rung = (r: { code: string; ja: string; en: string }) => ({ value: r.code, label: r[lang] });
  return [
    { group: t('projects.genericStages'), items: GENERIC_LADDER.map(rung) },
    { group: t('projects.drugStages'), items: DRUG_LADDER.map(rung) },
    { group: t('projects.deviceStages'), items: DEVICE_LADDER.map(rung) },
  ];
}

/** The rungs a project of this modality may be moved to. */
export function stageOptionsFor(modality: Modality, lang: Lang) {
  return LADDERS[modality].map((r) => ({ value: r.code, label: r[lang] }));
}

export function stageName(stage: string, lang: Lang): string {
  return stageLabel(stage)[lang];
}
