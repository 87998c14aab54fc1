import type { Modality } from '../projects/stages.ts';
import type { GateDef, GateItem } from './gates.tables.ts';

/**
 * The default Go/No-go check-item forms, after AMED's: drugs 4 gates, regenerative medicine 2,
 * devices 3; diagnostics and other modalities 2 each. Admins replace them with new versions.
 */
const item = (code: string, ja: string, en: string): GateItem => ({ code, ja, en });
const EFFICACY = item('efficacy', '有効性', 'Efficacy');
const SAFETY = item('safety', '安全性', 'Safety');
const REPRO = item('reproducibility', '再現性', 'Reproducibility');
const IP = item('ip_position', '知的財産の状況', 'IP position');
const REG = item('regulatory_strategy', '薬事戦略', 'Regulatory strategy');
const EXIT = item('exit_strategy', '出口戦略（導出・実用化の見通し）', 'Exit strategy (licensing, practical use)');
const CMC = item('cmc', '品質・製造（CMC）', 'Quality and manufacturing (CMC)');
const NEEDS = item('clinical_needs', '医療ニーズ', 'Clinical needs');

export const DEFAULT_GATES: Record<Modality, GateDef[]> = {
  drug: [
    {
      code: 'drug_g1',
      ja: '第1ゲート：創薬標的の妥当性',
      en: 'Gate 1: target validity',
      fromStages: ['drug_target_id', 'drug_target_validation'],
      toStage: 'drug_screening',
      items: [EFFICACY, REPRO, IP, NEEDS],
    },
    {
      code: 'drug_g2',
      ja: '第2ゲート：リード化合物の創出',
      en: 'Gate 2: lead compound',
      fromStages: ['drug_screening', 'drug_medchem'],
      toStage: 'drug_pharmacology',
      items: [EFFICACY, SAFETY, REPRO, IP],
    },
    {
      code: 'drug_g3',
      ja: '第3ゲート：開発候補品の選定',
      en: 'Gate 3: development candidate',
      fromStages: ['drug_pharmacology'],
      toStage: 'drug_preclinical',
      items: [EFFICACY, SAFETY, REPRO, IP, CMC, EXIT],
    },
    {
      code: 'drug_g4',
      ja: '第4ゲート：臨床試験への移行（First in Human）',
      en: 'Gate 4: entry into clinical trials (first in human)',
      fromStages: ['drug_preclinical'],
      toStage: 'drug_clinical',
      items: [EFFICACY, SAFETY, CMC, IP, REG, EXIT],
    },
  ],
  device: [
    {
      code: 'device_g1',
      ja: '第1ゲート：原理確認',
      en: 'Gate 1: proof of principle',
      fromStages: ['device_needs', 'device_principle'],
      toStage: 'device_requirements',
      items: [NEEDS, EFFICACY, REPRO, IP],
    },
    {
      code: 'device_g2',
      ja: '第2ゲート：最終仕様の確定',
      en: 'Gate 2: final specification',
      fromStages: ['device_requirements', 'device_concept'],
      toStage: 'device_final_spec',
      items: [EFFICACY, SAFETY, IP, REG],
    },
    {
      code: 'device_g3',
      ja: '第3ゲート：治験・臨床研究への移行',
      en: 'Gate 3: entry into clinical investigation',
      fromStages: ['device_final_spec', 'device_trial_manufacture'],
      toStage: 'device_validation',
      items: [SAFETY, EFFICACY, REG, EXIT],
    },
  ],
  regenerative: [
    {
      code: 'regen_g1',
      ja: '第1ゲート：非臨床試験への移行',
      en: 'Gate 1: entry into non-clinical studies',
      fromStages: ['basic', 'applied'],
      toStage: 'nonclinical',
      items: [EFFICACY, REPRO, CMC, IP],
    },
    {
      code: 'regen_g2',
      ja: '第2ゲート：臨床研究・治験への移行',
      en: 'Gate 2: entry into clinical research and trials',
      fromStages: ['nonclinical'],
      toStage: 'clinical',
      items: [EFFICACY, SAFETY, CMC, REG, EXIT],
    },
  ],
  diagnostic: [
    {
      code: 'dx_g1',
      ja: '第1ゲート：分析性能の確認',
      en: 'Gate 1: analytical performance',
      fromStages: ['basic', 'applied'],
      toStage: 'nonclinical',
      items: [EFFICACY, REPRO, IP, NEEDS],
    },
    {
      code: 'dx_g2',
      ja: '第2ゲート：臨床性能試験への移行',
      en: 'Gate 2: entry into clinical performance studies',
      fromStages: ['nonclinical'],
      toStage: 'clinical',
      items: [EFFICACY, REG, EXIT],
    },
  ],
  other: [
    {
      code: 'other_g1',
      ja: '第1ゲート：応用段階の成果確認',
      en: 'Gate 1: results of the applied stage',
      fromStages: ['basic', 'applied'],
      toStage: 'nonclinical',
      items: [EFFICACY, REPRO, IP],
    },
    {
      code: 'other_g2',
      ja: '第2ゲート：臨床・実用化への移行',
      en: 'Gate 2: entry into clinical use',
      fromStages: ['nonclinical'],
      toStage: 'clinical',
      items: [EFFICACY, SAFETY, EXIT],
    },
  ],
};
