/**
 * Development ladders from DOMAIN.md. Every project has a modality and a stage on its
 * modality's ladder; each detailed rung maps to one of the five generic stages so that
 * portfolio views can compare drugs with devices.
 */
export const MODALITIES = ['drug', 'device', 'regenerative', 'diagnostic', 'other'] as const;
export type Modality = (typeof MODALITIES)[number];

export const GENERIC_STAGES = ['basic', 'applied', 'nonclinical', 'clinical', 'practical'] as const;
export type GenericStage = (typeof GENERIC_STAGES)[number];

type Rung = { code: string; generic: GenericStage; ja: string; en: string };

export const GENERIC_LADDER: Rung[] = [
  { code: 'basic', generic: 'basic', ja: '基礎研究', en: 'Basic research' },
  { code: 'applied', generic: 'applied', ja: '応用研究', en: 'Applied research' },
  { code: 'nonclinical', generic: 'nonclinical', ja: '非臨床（前臨床）', en: 'Non-clinical (preclinical)' },
  { code: 'clinical', generic: 'clinical', ja: '臨床研究・治験', en: 'Clinical research and trials' },
  {
    code: 'practical',
    generic: 'practical',
    ja: '実用化（薬事申請・承認、保険収載、事業化）',
    en: 'Practical use (approval, insurance listing, commercialisation)',
  },
];

export const DRUG_LADDER: Rung[] = [
  { code: 'drug_target_id', generic: 'basic', ja: '基礎研究・創薬標的特定', en: 'Basic research and target identification' },
  { code: 'drug_target_validation', generic: 'basic', ja: '創薬標的検証', en: 'Target validation' },
  { code: 'drug_screening', generic: 'applied', ja: 'スクリーニング', en: 'Screening' },
  { code: 'drug_medchem', generic: 'applied', ja: '創薬化学', en: 'Medicinal chemistry' },
  { code: 'drug_pharmacology', generic: 'applied', ja: '薬効薬理', en: 'Efficacy pharmacology' },
  { code: 'drug_preclinical', generic: 'nonclinical', ja: '前臨床開発', en: 'Preclinical development' },
  { code: 'drug_clinical', generic: 'clinical', ja: '臨床試験', en: 'Clinical trials' },
  { code: 'drug_approval', generic: 'practical', ja: '薬事申請・承認', en: 'Regulatory filing and approval' },
];

export const DEVICE_LADDER: Rung[] = [
  { code: 'device_needs', generic: 'basic', ja: 'ニーズ・シーズの発掘、要素技術開発', en: 'Needs and seeds discovery, core technology' },
  { code: 'device_principle', generic: 'applied', ja: '原理確認', en: 'Proof of principle' },
  { code: 'device_requirements', generic: 'applied', ja: '要求仕様決定', en: 'Requirements specification' },
  { code: 'device_concept', generic: 'applied', ja: 'コンセプト/性能決定', en: 'Concept and performance' },
  { code: 'device_final_spec', generic: 'nonclinical', ja: '最終仕様確定', en: 'Final specification' },
  { code: 'device_trial_manufacture', generic: 'nonclinical', ja: '治験機器製造', en: 'Manufacture of trial devices' },
  { code: 'device_validation', generic: 'clinical', ja: '有効性・安全性の検証', en: 'Efficacy and safety validation' },
  {
    code: 'device_approval',
    generic: 'practical',
    ja: '薬事申請・承認、保険収載、事業化',
    en: 'Approval, insurance listing, commercialisation',
  },
];

/** The ladder used by each modality; regenerative, diagnostic and other use the generic one. */
export const LADDERS: Record<Modality, Rung[]> = {
  drug: DRUG_LADDER,
  device: DEVICE_LADDER,
  regenerative: GENERIC_LADDER,
  diagnostic: GENERIC_LADDER,
  other: GENERIC_LADDER,
};

const ALL_RUNGS = new Map<string, Rung>([...GENERIC_LADDER, ...DRUG_LADDER, ...DEVICE_LADDER].map((r) => [r.code, r]));

export const STAGE_CODES = [...ALL_RUNGS.keys()] as [string, ...string[]];

export function isStageOf(modality: Modality, stage: string): boolean {
  return LADDERS[modality].some((r) => r.code === stage);
}

export function genericStageOf(stage: string): GenericStage {
  const rung = ALL_RUNGS.get(stage);
  if (!rung) throw new RangeError(`unknown stage ${stage}`);
  return rung.generic;
}

/** Every stage code that maps to the given generic stage (for filtering). */
export function stagesOfGeneric(generic: GenericStage): string[] {
  return [...ALL_RUNGS.values()].filter((r) => r.generic === generic).map((r) => r.code);
}

export function stageLabel(stage: string): { ja: string; en: string } {
  const rung = ALL_RUNGS.get(stage);
  return rung ? { ja: rung.ja, en: rung.en } : { ja: stage, en: stage };
}

export const FUNDING_SOURCES = ['initial', 'supplementary', 'adjustment', 'operating_grant'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_SOURCE_LABELS: Record<FundingSource, { ja: string; en: string }> = {
  initial: { ja: '事業費補助金（当初）', en: 'Subsidy (initial budget)' },
  supplementary: { ja: '事業費補助金（補正）', en: 'Subsidy (supplementary budget)' },
  adjustment: { ja: '調整費', en: 'Adjustment fund' },
  operating_grant: { ja: '運営費交付金', en: 'Operating grant' },
};

export const PROJECT_STATUSES = ['active', 'completed', 'terminated'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
