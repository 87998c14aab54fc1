/**
 * The agency's real structure, modelled on AMED: plan periods, fiscal years, integrated projects
 * (統合プロジェクト) of the three periods, disease areas, ministries, departments and programs (事業)
 * with their placement in an integrated project for every period they run in.
 *
 * Sources: the president's slides of 2025-03-10 (/work/shared/seed) and AMED's public program list.
 * Program years are those within AMED (which started in FY2015); an open end means "ongoing".
 * Where a real program spans several integrated projects, it is placed in the one it mostly belongs to.
 */
import type { Db } from '../../db/client.ts';
import { fiscalYearRange } from '../../lib/fiscal-year.ts';
import {
  departments,
  diseaseAreas,
  fiscalYears,
  integratedProjects,
  ministries,
  planPeriods,
  programPlacements,
  programs,
} from './catalog.tables.ts';

export const PLAN_PERIODS = [
  { id: 1, nameJa: '第1期中長期目標期間', nameEn: '1st plan period', startFiscalYear: 2015, endFiscalYear: 2019 },
  { id: 2, nameJa: '第2期中長期目標期間', nameEn: '2nd plan period', startFiscalYear: 2020, endFiscalYear: 2024 },
  { id: 3, nameJa: '第3期中長期目標期間', nameEn: '3rd plan period', startFiscalYear: 2025, endFiscalYear: 2029 },
] as const;

export function periodOfFiscalYear(fy: number): 1 | 2 | 3 {
  if (fy <= 2019) return 1;
  if (fy <= 2024) return 2;
  return 3;
}

type IpRow = { code: string; periodId: 1 | 2 | 3; ordinal: number; kind: 'modality' | 'disease'; nameJa: string; nameEn: string };

export const INTEGRATED_PROJECTS: readonly IpRow[] = [
  {
    code: 'P1-DRUG',
    periodId: 1,
    ordinal: 1,
    kind: 'modality',
    nameJa: 'オールジャパンでの医薬品創出',
    nameEn: 'All-Japan Drug Discovery',
  },
  {
    code: 'P1-DEVICE',
    periodId: 1,
    ordinal: 2,
    kind: 'modality',
    nameJa: 'オールジャパンでの医療機器開発',
    nameEn: 'All-Japan Medical Device Development',
  },
  {
    code: 'P1-HUB',
    periodId: 1,
    ordinal: 3,
    kind: 'modality',
    nameJa: '革新的医療技術創出拠点PJ',
    nameEn: 'Translational and Clinical Research Core Centers Project',
  },
  {
    code: 'P1-REGEN',
    periodId: 1,
    ordinal: 4,
    kind: 'modality',
    nameJa: '再生医療の実現化ハイウェイ構想',
    nameEn: 'Highway Program for Realization of Regenerative Medicine',
  },
  {
    code: 'P1-GENOME',
    periodId: 1,
    ordinal: 5,
    kind: 'modality',
    nameJa: '疾病克服に向けたゲノム医療実現化PJ',
    nameEn: 'Genomic Medicine Implementation Project',
  },
  {
    code: 'P1-CANCER',
    periodId: 1,
    ordinal: 6,
    kind: 'disease',
    nameJa: 'ジャパン・キャンサーリサーチPJ',
    nameEn: 'Japan Cancer Research Project',
  },
  {
    code: 'P1-BRAIN',
    periodId: 1,
    ordinal: 7,
    kind: 'disease',
    nameJa: '脳とこころの健康大国実現PJ',
    nameEn: 'Brain and Mental Health Project',
  },
  {
    code: 'P1-INFECT',
    periodId: 1,
    ordinal: 8,
    kind: 'disease',
    nameJa: '新興・再興感染症制御PJ',
    nameEn: 'Emerging and Re-emerging Infectious Diseases Project',
  },
  { code: 'P1-RARE', periodId: 1, ordinal: 9, kind: 'disease', nameJa: '難病克服PJ', nameEn: 'Intractable Diseases Project' },
  { code: 'P2-DRUG', periodId: 2, ordinal: 1, kind: 'modality', nameJa: '医薬品PJ', nameEn: 'Drug Discovery Project' },
  {
    code: 'P2-DEVICE',
    periodId: 2,
    ordinal: 2,
    kind: 'modality',
    nameJa: '医療機器・ヘルスケアPJ',
    nameEn: 'Medical Devices and Healthcare Project',
  },
  {
    code: 'P2-REGEN',
    periodId: 2,
    ordinal: 3,
    kind: 'modality',
    nameJa: '再生・細胞医療・遺伝子治療PJ',
    nameEn: 'Regenerative, Cell and Gene Therapy Project',
  },
  {
    code: 'P2-GENOME',
    periodId: 2,
    ordinal: 4,
    kind: 'modality',
    nameJa: 'ゲノム・データ基盤PJ',
    nameEn: 'Genome and Data Infrastructure Project',
  },
  { code: 'P2-DISEASE', periodId: 2, ordinal: 5, kind: 'modality', nameJa: '疾患基礎研究PJ', nameEn: 'Basic Disease Research Project' },
  {
    code: 'P2-SEEDS',
    periodId: 2,
    ordinal: 6,
    kind: 'modality',
    nameJa: 'シーズ開発・研究基盤PJ',
    nameEn: 'Seed Development and Research Infrastructure Project',
  },
  { code: 'P3-DRUG', periodId: 3, ordinal: 1, kind: 'modality', nameJa: '医薬品PJ', nameEn: 'Drug Discovery Project' },
  {
    code: 'P3-DEVICE',
    periodId: 3,
    ordinal: 2,
    kind: 'modality',
    nameJa: '医療機器・ヘルスケアPJ',
    nameEn: 'Medical Devices and Healthcare Project',
  },
  {
    code: 'P3-REGEN',
    periodId: 3,
    ordinal: 3,
    kind: 'modality',
    nameJa: '再生・細胞医療・遺伝子治療PJ',
    nameEn: 'Regenerative, Cell and Gene Therapy Project',
  },
  { code: 'P3-INFECT', periodId: 3, ordinal: 4, kind: 'modality', nameJa: '感染症PJ', nameEn: 'Infectious Diseases Project' },
  {
    code: 'P3-DATA',
    periodId: 3,
    ordinal: 5,
    kind: 'modality',
    nameJa: 'データ利活用・ライフコースPJ',
    nameEn: 'Data Utilisation and Life Course Project',
  },
  {
    code: 'P3-SEEDS',
    periodId: 3,
    ordinal: 6,
    kind: 'modality',
    nameJa: 'シーズ開発・基礎研究PJ',
    nameEn: 'Seed Development and Basic Research Project',
  },
  {
    code: 'P3-TRANSL',
    periodId: 3,
    ordinal: 7,
    kind: 'modality',
    nameJa: '橋渡し・臨床加速化PJ',
    nameEn: 'Translational and Clinical Acceleration Project',
  },
  {
    code: 'P3-ECO',
    periodId: 3,
    ordinal: 8,
    kind: 'modality',
    nameJa: 'イノベーション・エコシステムPJ',
    nameEn: 'Innovation Ecosystem Project',
  },
];

type AreaRow = { code: string; periodId: 1 | 2 | 3; ordinal: number; nameJa: string; nameEn: string };

export const DISEASE_AREAS: readonly AreaRow[] = [
  { code: 'P1-CANCER', periodId: 1, ordinal: 1, nameJa: 'がん', nameEn: 'Cancer' },
  { code: 'P1-NEURO', periodId: 1, ordinal: 2, nameJa: '精神・神経疾患', nameEn: 'Psychiatric and neurological disorders' },
  { code: 'P1-INFECT', periodId: 1, ordinal: 3, nameJa: '感染症', nameEn: 'Infectious diseases' },
  { code: 'P1-RARE', periodId: 1, ordinal: 4, nameJa: '難病', nameEn: 'Intractable diseases' },
  { code: 'P2-CANCER', periodId: 2, ordinal: 1, nameJa: 'がん', nameEn: 'Cancer' },
  { code: 'P2-LIFESTYLE', periodId: 2, ordinal: 2, nameJa: '生活習慣病', nameEn: 'Lifestyle-related diseases' },
  { code: 'P2-NEURO', periodId: 2, ordinal: 3, nameJa: '精神・神経疾患', nameEn: 'Psychiatric and neurological disorders' },
  { code: 'P2-AGING', periodId: 2, ordinal: 4, nameJa: '老年医学・認知症', nameEn: 'Geriatrics and dementia' },
  { code: 'P2-RARE', periodId: 2, ordinal: 5, nameJa: '難病', nameEn: 'Intractable diseases' },
  { code: 'P2-CHILD', periodId: 2, ordinal: 6, nameJa: '成育', nameEn: 'Child and maternal health' },
  { code: 'P2-INFECT', periodId: 2, ordinal: 7, nameJa: '感染症', nameEn: 'Infectious diseases' },
  { code: 'P3-CANCER', periodId: 3, ordinal: 1, nameJa: 'がん', nameEn: 'Cancer' },
  { code: 'P3-RARE', periodId: 3, ordinal: 2, nameJa: '難病・希少疾患', nameEn: 'Intractable and rare diseases' },
  { code: 'P3-LIFECOURSE', periodId: 3, ordinal: 3, nameJa: 'ライフコース', nameEn: 'Life course' },
];

export const MINISTRIES = [
  { code: 'MEXT', nameJa: '文部科学省', nameEn: 'Ministry of Education, Culture, Sports, Science and Technology (MEXT)' },
  { code: 'MHLW', nameJa: '厚生労働省', nameEn: 'Ministry of Health, Labour and Welfare (MHLW)' },
  { code: 'METI', nameJa: '経済産業省', nameEn: 'Ministry of Economy, Trade and Industry (METI)' },
  { code: 'MIC', nameJa: '総務省', nameEn: 'Ministry of Internal Affairs and Communications (MIC)' },
  { code: 'CAO', nameJa: '内閣府', nameEn: 'Cabinet Office' },
] as const;

export const DEPARTMENTS = [
  { code: 'D-DRUG', nameJa: '創薬事業部', nameEn: 'Department of Drug Discovery and Development' },
  { code: 'D-DEVICE', nameJa: '医療機器・ヘルスケア事業部', nameEn: 'Department of Medical Devices and Healthcare' },
  { code: 'D-REGEN', nameJa: '再生・細胞医療・遺伝子治療事業部', nameEn: 'Department of Regenerative, Cell and Gene Therapy' },
  { code: 'D-GENOME', nameJa: 'ゲノム・データ基盤事業部', nameEn: 'Department of Genome and Data Infrastructure' },
  { code: 'D-DISEASE', nameJa: '疾患基礎研究事業部', nameEn: 'Department of Basic Disease Research' },
  { code: 'D-SEEDS', nameJa: 'シーズ開発・研究基盤事業部', nameEn: 'Department of Seed Development and Research Infrastructure' },
  { code: 'D-ADVANCED', nameJa: '先進的研究開発事業部', nameEn: 'Department of Advanced Research and Development' },
  { code: 'D-PRACTICAL', nameJa: '実用化推進部', nameEn: 'Department of Practical Application Promotion' },
  { code: 'D-INTL', nameJa: '国際戦略推進部', nameEn: 'Department of International Strategy' },
  {
    code: 'D-SCARDA',
    nameJa: '先進的研究開発戦略センター（SCARDA）',
    nameEn: 'Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA)',
  },
  { code: 'D-INNOVATION', nameJa: '革新基盤創成事業部', nameEn: 'Department of Innovative Research Infrastructure' },
  { code: 'D-COORD', nameJa: '研究開発統括推進室', nameEn: 'Office of R&D Coordination' },
  { code: 'D-INTEGRITY', nameJa: '研究公正・業務推進部', nameEn: 'Department of Research Integrity and Operations' },
  { code: 'D-PLANNING', nameJa: '経営企画部', nameEn: 'Department of Planning and Management' },
  { code: 'D-GENERAL', nameJa: '総務部', nameEn: 'General Affairs Department' },
  { code: 'D-ACCOUNTING', nameJa: '経理部', nameEn: 'Accounting Department' },
  // 1st-period departments (org chart of 2014-12), kept for history.
  { code: 'D1-STRATEGY', nameJa: '戦略推進部', nameEn: 'Department of Strategic Promotion (1st period)' },
  { code: 'D1-INDUSTRY', nameJa: '産学連携部', nameEn: 'Department of Industry–Academia Collaboration (1st period)' },
  { code: 'D1-INTL', nameJa: '国際事業部', nameEn: 'Department of International Affairs (1st period)' },
  { code: 'D1-BIOBANK', nameJa: 'バイオバンク事業部', nameEn: 'Department of Biobank (1st period)' },
  {
    code: 'D1-CLINICAL',
    nameJa: '臨床研究・治験基盤事業部',
    nameEn: 'Department of Clinical Research and Trial Infrastructure (1st period)',
  },
  { code: 'D1-DRUGSUPPORT', nameJa: '創薬支援戦略部', nameEn: 'Department of Drug Discovery Support Strategy (1st period)' },
] as const;

/** Program codes the demo and tests refer to. */
export const PROGRAM = {
  P_DIRECT: 'P-DIRECT',
  JISEDAI_GAN: 'JISEDAI-GAN',
  KAKUSHIN_GAN: 'KAKUSHIN-GAN',
  SOYAKU_KIBAN: 'SOYAKU-KIBAN',
  BINDS: 'BINDS',
  SOYAKU_SHIEN: 'SOYAKU-SHIEN',
  KISEI: 'KISEI',
  VENTURE: 'VENTURE-ECO',
  SANGAKUKAN: 'SANGAKUKAN',
  CHIKEN: 'CHIKEN',
  COVID_VACCINE: 'COVID-VACCINE',
  SCARDA_VACCINE: 'SCARDA-VACCINE',
  TENKAI: 'TENKAI',
  IKO: 'IKO-RENKEI',
  KIKI: 'KIKI-KAIHATSU',
  MIRAI_KIKI: 'MIRAI-KIKI',
  HEALTHCARE: 'HEALTHCARE',
  HD8K: '8K-DATA',
  KIKI_KYOJIN: 'KIKI-KYOJIN',
  SAISEI_NW: 'SAISEI-NW',
  SAISEI_KASOKU: 'SAISEI-KASOKU',
  SAISEI_JITSUYO: 'SAISEI-JITSUYO',
  SAISEI_SANGYO: 'SAISEI-SANGYO',
  BIOBANK: 'BIOBANK',
  GENOME_SOYAKU: 'GENOME-SOYAKU',
  ICT_AI: 'ICT-AI',
  NINCHISHO: 'NINCHISHO',
  NANBYO: 'NANBYO',
  JUNKANKI: 'JUNKANKI',
  SEIIKU: 'SEIIKU',
  SHOGAI: 'SHOGAI',
  CHOJU: 'CHOJU',
  NOKAGAKU: 'NOKAGAKU',
  BRAIN_MINDS: 'BRAIN-MINDS',
  KANEN: 'KANEN',
  SHINKO: 'SHINKO',
  KANSEN_KIBAN: 'KANSEN-KIBAN',
  AIDS: 'AIDS',
  GLOBAL_HEALTH: 'GLOBAL-HEALTH',
  MENEKI: 'MENEKI',
  JINSHIKKAN: 'JINSHIKKAN',
  SATREPS: 'SATREPS',
  HASHIWATASHI: 'HASHIWATASHI',
  CICLE: 'CICLE',
  SENTAN: 'SENTAN',
  MOONSHOT: 'MOONSHOT',
  ASPIRE: 'ASPIRE',
  STARTUP: 'STARTUP',
  IGAKUKEI: 'IGAKUKEI',
  SCARDA_HUB: 'SCARDA-HUB',
  ELSI: 'ELSI',
} as const;
export type ProgramCode = (typeof PROGRAM)[keyof typeof PROGRAM];

type ProgramRow = {
  code: ProgramCode;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  ministry: (typeof MINISTRIES)[number]['code'];
  department: (typeof DEPARTMENTS)[number]['code'];
  start: number;
  end: number | null;
  /** Integrated project per period the program runs in. */
  placements: Partial<Record<1 | 2 | 3, string>>;
};

const p = (
  code: ProgramCode,
  nameJa: string,
  nameEn: string,
  ministry: ProgramRow['ministry'],
  department: ProgramRow['department'],
  years: [number, number | null],
  placements: ProgramRow['placements'],
  descriptionJa: string,
  descriptionEn: string,
): ProgramRow => ({ code, nameJa, nameEn, ministry, department, start: years[0], end: years[1], placements, descriptionJa, descriptionEn });

export const PROGRAMS: readonly ProgramRow[] = [
  p(
    'P-DIRECT',
    '次世代がん研究シーズ戦略的育成プログラム',
    'Project for Development of Innovative Research on Cancer Therapeutics (P-DIRECT)',
    'MEXT',
    'D-DISEASE',
    [2015, 2015],
    { 1: 'P1-CANCER' },
    'がんの革新的な治療・診断シーズを育成する文部科学省のプログラム。2016年度から次世代がん医療創生研究事業に引き継がれた。',
    'MEXT program fostering innovative cancer therapy and diagnosis seeds; succeeded in FY2016 by the P-CREATE program.',
  ),
  p(
    'JISEDAI-GAN',
    '次世代がん医療創生研究事業',
    'Project for Cancer Research and Therapeutic Evolution (P-CREATE)',
    'MEXT',
    'D-DISEASE',
    [2016, null],
    { 1: 'P1-CANCER', 2: 'P2-DRUG', 3: 'P3-SEEDS' },
    '通称「次世代がん事業」。がんの生物学的特性の解明に基づく革新的な診断・治療シーズを創出し、企業導出や臨床研究につなげる（2022年度からは次世代がん医療加速化研究事業として継続）。',
    'Known as the next-generation cancer program: creates innovative diagnostic and therapeutic seeds from cancer biology and hands them to companies and clinical research (continued from FY2022 as P-PROMOTE).',
  ),
  p(
    'KAKUSHIN-GAN',
    '革新的がん医療実用化研究事業',
    'Practical Research for Innovative Cancer Control',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-CANCER', 2: 'P2-DRUG', 3: 'P3-DRUG' },
    '通称「革新がん事業」。がん研究10か年戦略に基づき、新たな治療法・診断法の臨床開発と標準治療の確立を推進する。',
    'Known as the innovative cancer program: clinical development of new cancer therapies and diagnostics and establishment of standard treatments under the 10-year cancer research strategy.',
  ),
  p(
    'SOYAKU-KIBAN',
    '創薬基盤推進研究事業',
    'Research on Development of New Drugs',
    'MHLW',
    'D-DRUG',
    [2015, null],
    { 1: 'P1-DRUG', 2: 'P2-DRUG', 3: 'P3-DRUG' },
    '創薬技術の基盤となる研究開発と、希少疾病用医薬品等の開発を支援する。',
    'Supports platform technologies for drug discovery and the development of orphan and other drugs.',
  ),
  p(
    'BINDS',
    '生命科学・創薬研究支援基盤事業',
    'Basis for Supporting Innovative Drug Discovery and Life Science Research (BINDS)',
    'MEXT',
    'D-DRUG',
    [2017, null],
    { 1: 'P1-DRUG', 2: 'P2-DRUG', 3: 'P3-SEEDS' },
    '構造解析、化合物ライブラリー、モダリティ技術などの先端研究基盤を大学等の研究者に提供し、創薬研究を支援する。',
    'Provides structural biology, compound libraries and modality technologies to academic researchers to support drug discovery.',
  ),
  p(
    'SOYAKU-SHIEN',
    '創薬支援推進事業',
    'Drug Discovery Support Program',
    'MHLW',
    'D-DRUG',
    [2015, null],
    { 1: 'P1-DRUG', 2: 'P2-DRUG', 3: 'P3-DRUG' },
    '創薬支援ネットワークを通じ、大学等の有望シーズを企業導出まで伴走支援する。',
    'Through the Drug Discovery Support Network, accompanies promising academic seeds up to licensing to industry.',
  ),
  p(
    'KISEI',
    '医薬品等規制調和・評価研究事業',
    'Research on Regulatory Science of Pharmaceuticals and Medical Devices',
    'MHLW',
    'D-DRUG',
    [2015, null],
    { 1: 'P1-DRUG', 2: 'P2-DRUG', 3: 'P3-TRANSL' },
    '医薬品・医療機器等の品質・有効性・安全性の評価法を研究し、レギュラトリーサイエンスを推進する。',
    'Research on methods to evaluate quality, efficacy and safety of drugs and devices; promotes regulatory science.',
  ),
  p(
    'VENTURE-ECO',
    '創薬ベンチャーエコシステム強化事業',
    'Drug Discovery Venture Ecosystem Enhancement Program',
    'METI',
    'D-PRACTICAL',
    [2022, 2031],
    { 2: 'P2-DRUG', 3: 'P3-ECO' },
    '認定ベンチャーキャピタルによる出資を要件として、創薬ベンチャーが行う実用化開発を支援する（2021年度補正予算による基金）。',
    'Supports practical development by drug-discovery start-ups that obtain investment from certified venture capital (fund from the FY2021 supplementary budget).',
  ),
  p(
    'SANGAKUKAN',
    '革新的医療技術研究開発推進事業（産学官共同型）',
    'Program for Promoting Innovative Medical Technology R&D (Industry–Academia–Government Collaboration)',
    'CAO',
    'D-PRACTICAL',
    [2022, 2027],
    { 2: 'P2-DRUG', 3: 'P3-DRUG' },
    '産学官が共同で取り組む革新的な医療技術の研究開発を推進する。',
    'Promotes innovative medical technology developed jointly by industry, academia and government.',
  ),
  p(
    'CHIKEN',
    '臨床研究・治験推進研究事業',
    'Research Project for Promoting Clinical Trials for Development of New Drugs',
    'MHLW',
    'D-PRACTICAL',
    [2015, null],
    { 1: 'P1-HUB', 2: 'P2-DRUG', 3: 'P3-TRANSL' },
    '医師主導治験や国内未承認薬の導入に向けた臨床研究を支援する。',
    'Supports investigator-initiated trials and clinical research to introduce drugs not yet approved in Japan.',
  ),
  p(
    'COVID-VACCINE',
    '新型コロナウイルス感染症に対するワクチン開発推進事業',
    'Vaccine Development Program for COVID-19',
    'MHLW',
    'D-DRUG',
    [2020, 2024],
    { 2: 'P2-DRUG' },
    '新型コロナウイルス感染症に対する国産ワクチンの開発を推進する（補正予算）。',
    'Promotes the development of domestic vaccines against COVID-19 (supplementary budgets).',
  ),
  p(
    'SCARDA-VACCINE',
    'ワクチン・新規モダリティ研究開発事業',
    'Vaccine and Novel Modality R&D Program (SCARDA)',
    'MEXT',
    'D-SCARDA',
    [2022, 2026],
    { 2: 'P2-DRUG', 3: 'P3-INFECT' },
    'SCARDAが運営する。重点感染症に対するワクチンと、ワクチン開発に資する新規モダリティの研究開発を支援する。',
    'Run by SCARDA: R&D of vaccines against priority infectious diseases and of novel modalities for vaccine development.',
  ),
  p(
    'TENKAI',
    '医療分野研究成果展開事業',
    'Program for Transferring Medical Research Results to Practical Use',
    'MEXT',
    'D-DEVICE',
    [2015, null],
    { 1: 'P1-DEVICE', 2: 'P2-DEVICE', 3: 'P3-DEVICE' },
    '大学等の優れた研究成果を産学連携により医療機器・医薬品等の実用化につなげる。',
    'Turns excellent academic results into medical devices, drugs and other products through industry–academia collaboration.',
  ),
  p(
    'IKO-RENKEI',
    '医工連携イノベーション推進事業',
    'Medical–Engineering Collaboration Innovation Program',
    'METI',
    'D-DEVICE',
    [2015, null],
    { 1: 'P1-DEVICE', 2: 'P2-DEVICE', 3: 'P3-DEVICE' },
    'ものづくり企業と医療機関の連携による医療機器の開発・事業化を支援する。',
    'Supports the development and commercialisation of medical devices by manufacturers working with clinical sites.',
  ),
  p(
    'KIKI-KAIHATSU',
    '医療機器開発推進研究事業',
    'Research on Development of Medical Devices',
    'MHLW',
    'D-DEVICE',
    [2015, null],
    { 1: 'P1-DEVICE', 2: 'P2-DEVICE', 3: 'P3-DEVICE' },
    '革新的医療機器の医師主導治験や臨床研究を推進する。',
    'Promotes investigator-initiated trials and clinical research on innovative medical devices.',
  ),
  p(
    'MIRAI-KIKI',
    '未来医療を実現する医療機器・システム研究開発事業',
    'Development of Medical Devices and Systems for Advanced Medical Care',
    'METI',
    'D-DEVICE',
    [2015, null],
    { 1: 'P1-DEVICE', 2: 'P2-DEVICE', 3: 'P3-DEVICE' },
    '手術支援ロボットや先端計測など、世界最先端の医療機器・システムの開発を推進する。',
    'Develops world-leading medical devices and systems such as surgical robots and advanced measurement.',
  ),
  p(
    'HEALTHCARE',
    '予防・健康づくりの社会実装に向けた研究開発基盤整備事業',
    'R&D Infrastructure for Social Implementation of Prevention and Health Promotion',
    'METI',
    'D-DEVICE',
    [2019, null],
    { 1: 'P1-DEVICE', 2: 'P2-DEVICE', 3: 'P3-DATA' },
    '非薬物的介入やヘルスケアサービスのエビデンス構築を支援する。',
    'Builds evidence for non-pharmacological interventions and healthcare services.',
  ),
  p(
    '8K-DATA',
    '8K等高精細映像データ利活用研究事業',
    'Research on Utilisation of 8K and Other High-Definition Medical Video Data',
    'MIC',
    'D-DEVICE',
    [2017, 2021],
    { 1: 'P1-DEVICE', 2: 'P2-DEVICE' },
    '8K内視鏡等の高精細映像データとAIを活用した診断支援技術を研究する。',
    'Research on diagnostic support using 8K endoscopy and other high-definition video data with AI.',
  ),
  p(
    'KIKI-KYOJIN',
    '医療機器等における先進的研究開発・開発体制強靱化事業',
    'Advanced R&D and Resilient Development of Medical Devices',
    'METI',
    'D-DEVICE',
    [2022, null],
    { 2: 'P2-DEVICE', 3: 'P3-DEVICE' },
    '先進的な医療機器の研究開発と、国内の開発・供給体制の強靱化を支援する。',
    'Supports advanced medical device R&D and a resilient domestic development and supply base.',
  ),
  p(
    'SAISEI-NW',
    '再生医療実現拠点ネットワークプログラム',
    'Research Center Network for Realization of Regenerative Medicine',
    'MEXT',
    'D-REGEN',
    [2015, 2022],
    { 1: 'P1-REGEN', 2: 'P2-REGEN' },
    'iPS細胞研究中核拠点を中心に、再生医療の実現に向けた研究拠点ネットワークを形成する。',
    'A network of research centres, led by the core iPS cell centre, for realising regenerative medicine.',
  ),
  p(
    'SAISEI-KASOKU',
    '再生・細胞医療・遺伝子治療実現加速化プログラム',
    'Program for Accelerating Regenerative, Cell and Gene Therapy',
    'MEXT',
    'D-REGEN',
    [2023, null],
    { 2: 'P2-REGEN', 3: 'P3-REGEN' },
    '再生医療、細胞医療、遺伝子治療の一体的な研究開発を加速し、臨床応用を目指す。',
    'Accelerates integrated R&D of regenerative, cell and gene therapies towards clinical use.',
  ),
  p(
    'SAISEI-JITSUYO',
    '再生医療実用化研究事業',
    'Research Project for Practical Applications of Regenerative Medicine',
    'MHLW',
    'D-REGEN',
    [2015, null],
    { 1: 'P1-REGEN', 2: 'P2-REGEN', 3: 'P3-REGEN' },
    '再生医療等製品の臨床研究・治験を推進し、実用化を図る。',
    'Promotes clinical research and trials of regenerative medical products towards approval.',
  ),
  p(
    'SAISEI-SANGYO',
    '再生医療・遺伝子治療の産業化に向けた基盤技術開発事業',
    'Development of Platform Technologies for Industrialisation of Regenerative Medicine and Gene Therapy',
    'METI',
    'D-REGEN',
    [2015, null],
    { 1: 'P1-REGEN', 2: 'P2-REGEN', 3: 'P3-REGEN' },
    '細胞製造・ベクター製造等の産業化基盤技術の開発を支援する。',
    'Develops platform technologies for manufacturing cells and vectors at industrial scale.',
  ),
  p(
    'BIOBANK',
    'ゲノム医療実現バイオバンク利活用プログラム',
    'Program for Utilisation of Biobanks for Genomic Medicine',
    'MEXT',
    'D-GENOME',
    [2015, null],
    { 1: 'P1-GENOME', 2: 'P2-GENOME', 3: 'P3-DATA' },
    'バイオバンク・ジャパンや東北メディカル・メガバンク等の試料・情報を活用したゲノム医療研究を推進する。',
    'Genomic medicine research using samples and data of BioBank Japan, the Tohoku Medical Megabank and others.',
  ),
  p(
    'GENOME-SOYAKU',
    'ゲノム創薬基盤推進研究事業',
    'Research Program for Genomic Drug Discovery',
    'MHLW',
    'D-GENOME',
    [2018, null],
    { 1: 'P1-GENOME', 2: 'P2-GENOME', 3: 'P3-DATA' },
    'ゲノム情報を活用した創薬基盤の構築と、ゲノム医療の実装に向けた研究を支援する。',
    'Builds genomics-based drug discovery infrastructure and supports the implementation of genomic medicine.',
  ),
  p(
    'ICT-AI',
    '臨床研究等ICT基盤構築・人工知能実装研究事業',
    'ICT Infrastructure for Clinical Research and AI Implementation',
    'MHLW',
    'D-GENOME',
    [2016, null],
    { 1: 'P1-GENOME', 2: 'P2-GENOME', 3: 'P3-DATA' },
    '医療データベースの構築と人工知能の臨床実装に向けた研究を推進する。',
    'Builds clinical databases and promotes research on implementing artificial intelligence in care.',
  ),
  p(
    'NINCHISHO',
    '認知症研究開発事業',
    'Research and Development Grants for Dementia',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-BRAIN', 2: 'P2-DISEASE', 3: 'P3-DATA' },
    '認知症の予防・診断・治療・ケアに関する研究開発を推進する。',
    'R&D on prevention, diagnosis, treatment and care of dementia.',
  ),
  p(
    'NANBYO',
    '難治性疾患実用化研究事業',
    'Practical Research Project for Rare/Intractable Diseases',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-RARE', 2: 'P2-DISEASE', 3: 'P3-SEEDS' },
    '難病の病態解明、診断法・治療法の開発と医師主導治験を推進する。',
    'Pathophysiology, diagnostics and therapies for rare and intractable diseases, including investigator-initiated trials.',
  ),
  p(
    'JUNKANKI',
    '循環器疾患・糖尿病等生活習慣病対策実用化研究事業',
    'Practical Research Project for Lifestyle-related Diseases including Cardiovascular Diseases and Diabetes Mellitus',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-HUB', 2: 'P2-DISEASE', 3: 'P3-DATA' },
    '循環器疾患、糖尿病等の生活習慣病の予防・診断・治療法の開発を推進する。',
    'Prevention, diagnosis and treatment of cardiovascular disease, diabetes and other lifestyle-related diseases.',
  ),
  p(
    'SEIIKU',
    '成育疾患克服等総合研究事業',
    'Research on Child and Maternal Health and Development',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-HUB', 2: 'P2-DISEASE', 3: 'P3-DATA' },
    '妊娠・出産から小児・思春期までの成育疾患の克服に向けた研究を推進する。',
    'Research to overcome diseases from pregnancy and birth through childhood and adolescence.',
  ),
  p(
    'SHOGAI',
    '障害者対策総合研究開発事業',
    'Research and Development for Persons with Disabilities',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-BRAIN', 2: 'P2-DISEASE', 3: 'P3-SEEDS' },
    '精神疾患、発達障害、感覚器障害等の診断・治療・支援法の開発を推進する。',
    'Diagnosis, treatment and support for psychiatric disorders, developmental disorders and sensory impairments.',
  ),
  p(
    'CHOJU',
    '長寿科学研究開発事業',
    'Research on Longevity Science',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-BRAIN', 2: 'P2-DISEASE', 3: 'P3-DATA' },
    'フレイル・サルコペニア等の老年医学と介護予防に関する研究を推進する。',
    'Geriatric research on frailty, sarcopenia and the prevention of long-term care needs.',
  ),
  p(
    'NOKAGAKU',
    '脳科学研究戦略推進プログラム',
    'Strategic Research Program for Brain Sciences',
    'MEXT',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-BRAIN', 2: 'P2-DISEASE', 3: 'P3-SEEDS' },
    '精神・神経疾患の克服に向けた脳科学研究を戦略的に推進する。',
    'Strategic brain science research to overcome psychiatric and neurological disorders.',
  ),
  p(
    'BRAIN-MINDS',
    '革新的技術による脳機能ネットワークの全容解明プロジェクト',
    'Brain Mapping by Integrated Neurotechnologies for Disease Studies (Brain/MINDS)',
    'MEXT',
    'D-DISEASE',
    [2015, 2023],
    { 1: 'P1-BRAIN', 2: 'P2-DISEASE' },
    '霊長類の脳機能ネットワークを解明し、精神・神経疾患の理解に役立てる。',
    'Maps primate brain networks to understand psychiatric and neurological disorders.',
  ),
  p(
    'KANEN',
    '肝炎等克服実用化研究事業',
    'Research Program on Hepatitis',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-INFECT', 2: 'P2-DISEASE', 3: 'P3-INFECT' },
    'ウイルス性肝炎と肝硬変・肝がんの予防・治療法の開発を推進する。',
    'Prevention and treatment of viral hepatitis, cirrhosis and liver cancer.',
  ),
  p(
    'SHINKO',
    '新興・再興感染症に対する革新的医薬品等開発推進研究事業',
    'Research Program on Emerging and Re-emerging Infectious Diseases',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-INFECT', 2: 'P2-DISEASE', 3: 'P3-INFECT' },
    '新興・再興感染症に対する診断薬・治療薬・ワクチンの開発を推進する。',
    'Diagnostics, therapeutics and vaccines against emerging and re-emerging infectious diseases.',
  ),
  p(
    'KANSEN-KIBAN',
    '新興・再興感染症研究基盤創生事業',
    'Japan Program for Infectious Diseases Research and Infrastructure',
    'MEXT',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-INFECT', 2: 'P2-DISEASE', 3: 'P3-INFECT' },
    '海外研究拠点を活用した感染症研究と研究基盤の形成を推進する。',
    'Infectious disease research using overseas research centres and building research infrastructure.',
  ),
  p(
    'AIDS',
    'エイズ対策実用化研究事業',
    'Research Program on HIV/AIDS',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-INFECT', 2: 'P2-DISEASE', 3: 'P3-INFECT' },
    'HIV感染症の予防・診断・治療法の開発を推進する。',
    'Prevention, diagnosis and treatment of HIV infection.',
  ),
  p(
    'GLOBAL-HEALTH',
    '地球規模保健課題解決推進のための研究事業',
    'Research Program on Global Health',
    'MHLW',
    'D-INTL',
    [2015, null],
    { 1: 'P1-INFECT', 2: 'P2-DISEASE', 3: 'P3-INFECT' },
    '低中所得国の保健課題の解決に資する国際共同研究を推進する。',
    'International joint research addressing health problems of low- and middle-income countries.',
  ),
  p(
    'MENEKI',
    '免疫アレルギー疾患実用化研究事業',
    'Practical Research Project for Allergic Diseases and Immunology',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-RARE', 2: 'P2-DISEASE', 3: 'P3-SEEDS' },
    '免疫アレルギー疾患の病態解明と予防・治療法の開発を推進する。',
    'Pathophysiology, prevention and treatment of immune and allergic diseases.',
  ),
  p(
    'JINSHIKKAN',
    '腎疾患実用化研究事業',
    'Practical Research Project for Renal Diseases',
    'MHLW',
    'D-DISEASE',
    [2015, null],
    { 1: 'P1-RARE', 2: 'P2-DISEASE', 3: 'P3-DATA' },
    '慢性腎臓病の重症化予防と診断・治療法の開発を推進する。',
    'Prevention of progression, diagnosis and treatment of chronic kidney disease.',
  ),
  p(
    'SATREPS',
    '地球規模課題対応国際科学技術協力プログラム（SATREPS）',
    'Science and Technology Research Partnership for Sustainable Development (SATREPS)',
    'MEXT',
    'D-INTL',
    [2015, null],
    { 1: 'P1-INFECT', 2: 'P2-DISEASE', 3: 'P3-INFECT' },
    '開発途上国と共同で感染症等の地球規模課題の解決に取り組む。',
    'Joint research with developing countries on infectious diseases and other global challenges.',
  ),
  p(
    'HASHIWATASHI',
    '橋渡し研究プログラム',
    'Translational Research Program',
    'MEXT',
    'D-SEEDS',
    [2015, null],
    { 1: 'P1-HUB', 2: 'P2-SEEDS', 3: 'P3-TRANSL' },
    '橋渡し研究支援機関を通じて、アカデミアの基礎研究成果を臨床研究・実用化へ橋渡しする。',
    'Bridges academic basic research to clinical research and practical use through certified translational research centres.',
  ),
  p(
    'CICLE',
    '医療研究開発革新基盤創成事業（CiCLE）',
    'Cyclic Innovation for Clinical Empowerment (CiCLE)',
    'MEXT',
    'D-INNOVATION',
    [2017, null],
    { 1: 'P1-HUB', 2: 'P2-SEEDS', 3: 'P3-ECO' },
    '産学官連携による研究開発環境の整備と、企業による実用化開発を支援する。',
    'Builds industry–academia–government R&D environments and supports practical development by companies.',
  ),
  p(
    'SENTAN',
    '革新的先端研究開発支援事業',
    'Advanced Research and Development Programs for Medical Innovation (AMED-CREST, PRIME, LEAP)',
    'MEXT',
    'D-SEEDS',
    [2015, null],
    { 1: 'P1-DRUG', 2: 'P2-SEEDS', 3: 'P3-SEEDS' },
    '国が定める研究開発目標の下、革新的な医薬品・医療機器等の創出につながる先端的研究を推進する。',
    'Cutting-edge research towards innovative drugs and devices under national R&D objectives.',
  ),
  p(
    'MOONSHOT',
    'ムーンショット型研究開発事業',
    'Moonshot Research and Development Program (Goal 7)',
    'CAO',
    'D-ADVANCED',
    [2020, 2027],
    { 2: 'P2-SEEDS', 3: 'P3-SEEDS' },
    '目標7「2040年までに、主要な疾患を予防・克服し100歳まで健康不安なく人生を楽しむためのサステイナブルな医療・介護システムを実現」に挑戦する。',
    'Goal 7: by 2040, a sustainable care system that prevents and overcomes major diseases so that people can enjoy life to 100 without health worries.',
  ),
  p(
    'ASPIRE',
    '先端国際共同研究推進プログラム（ASPIRE）',
    'Adopting Sustainable Partnerships for Innovative Research Ecosystem (ASPIRE)',
    'MEXT',
    'D-INTL',
    [2023, null],
    { 2: 'P2-SEEDS', 3: 'P3-SEEDS' },
    '欧米等の先進国とのトップレベルの国際共同研究を大規模・長期に支援する（Type A 3.8億円、Type B 1.15億円／5年）。',
    'Large, long-term top-level international joint research with leading countries (Type A ¥380 million, Type B ¥115 million over 5 years).',
  ),
  p(
    'STARTUP',
    '大学発医学系スタートアップ支援プログラム',
    'University-originated Medical Start-up Support Program',
    'MEXT',
    'D-PRACTICAL',
    [2023, 2029],
    { 2: 'P2-SEEDS', 3: 'P3-ECO' },
    '大学等の医学系研究成果に基づくスタートアップの創出と成長を支援する。',
    'Supports the creation and growth of start-ups based on academic medical research.',
  ),
  p(
    'IGAKUKEI',
    '医学系研究支援プログラム',
    'Medical Research Support Program',
    'MEXT',
    'D-SEEDS',
    [2024, 2027],
    { 2: 'P2-SEEDS', 3: 'P3-SEEDS' },
    '医学系研究者の研究時間と研究環境を確保し、研究力の強化を図る。',
    'Secures research time and environments for medical researchers to strengthen research capacity.',
  ),
  p(
    'SCARDA-HUB',
    'ワクチン開発のための世界トップレベル研究開発拠点の形成事業',
    'World-leading Research and Development Centers for Vaccine Development (SCARDA)',
    'MEXT',
    'D-SCARDA',
    [2022, 2026],
    { 2: 'P2-SEEDS', 3: 'P3-INFECT' },
    'SCARDAが運営する。フラッグシップ拠点とシナジー効果が期待できる拠点からなるワクチン研究開発拠点を整備する。',
    'Run by SCARDA: builds vaccine R&D centres, a flagship centre and synergy centres.',
  ),
  p(
    'ELSI',
    '研究倫理・社会共創推進プログラム',
    'Program for Research Ethics and Social Co-creation',
    'MEXT',
    'D-INTEGRITY',
    [2025, null],
    { 3: 'P3-ECO' },
    '医療研究開発に関するELSI、研究倫理、社会共創（PPI）の研究開発を公募により推進する。',
    'Funds research on ELSI, research ethics and social co-creation (PPI) in medical R&D.',
  ),
];

const chunk = <T>(rows: T[], size = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};

/** Inserts the reference catalog; safe to run at every start (existing rows are kept as they are). */
export async function seedReferenceData(db: Db): Promise<void> {
  validateReference();
  await db.transaction(async (tx) => {
    await tx
      .insert(planPeriods)
      .values(PLAN_PERIODS.map((p) => ({ ...p })))
      .onConflictDoNothing();
    await tx
      .insert(fiscalYears)
      .values(
        Array.from({ length: 15 }, (_, i) => 2015 + i).map((fy) => ({
          fiscalYear: fy,
          periodId: periodOfFiscalYear(fy),
          ...fiscalYearRange(fy),
        })),
      )
      .onConflictDoNothing();
    await tx
      .insert(integratedProjects)
      .values(INTEGRATED_PROJECTS.map((r) => ({ ...r })))
      .onConflictDoNothing();
    await tx
      .insert(diseaseAreas)
      .values(DISEASE_AREAS.map((r) => ({ ...r })))
      .onConflictDoNothing();
    await tx
      .insert(ministries)
      .values(MINISTRIES.map((r) => ({ ...r })))
      .onConflictDoNothing();
    await tx
      .insert(departments)
      .values(DEPARTMENTS.map((r) => ({ ...r })))
      .onConflictDoNothing();

    const ministryId = await codeMap(tx, 'ministries');
    const departmentId = await codeMap(tx, 'departments');
    for (const rows of chunk([...PROGRAMS])) {
      await tx
        .insert(programs)
        .values(
          rows.map((r) => ({
            code: r.code,
            nameJa: r.nameJa,
            nameEn: r.nameEn,
            descriptionJa: r.descriptionJa,
            descriptionEn: r.descriptionEn,
            ministryId: must(ministryId, r.ministry),
            departmentId: must(departmentId, r.department),
            startFiscalYear: r.start,
            endFiscalYear: r.end,
          })),
        )
        .onConflictDoNothing();
    }
    const programId = await codeMap(tx, 'programs');
    const ipId = await codeMap(tx, 'integrated_projects');
    const placements = PROGRAMS.flatMap((r) =>
      Object.entries(r.placements).map(([period, ip]) => ({
        programId: must(programId, r.code),
        periodId: Number(period),
        integratedProjectId: must(ipId, ip),
      })),
    );
    await tx.insert(programPlacements).values(placements).onConflictDoNothing();
  });
}

const CODE_TABLES = { ministries, departments, programs, integrated_projects: integratedProjects, disease_areas: diseaseAreas } as const;

/** code → id of a catalog table. */
export async function codeMap(db: Db, table: keyof typeof CODE_TABLES): Promise<Map<string, number>> {
  const t = CODE_TABLES[table];
  const rows = await db.select({ id: t.id, code: t.code }).from(t);
  return new Map(rows.map((r) => [r.code, r.id]));
}

function must(map: Map<string, number>, code: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Error(`reference catalog: unknown code ${code}`);
  return id;
}

/** Every program is placed exactly in the periods it runs in, in an integrated project of that period. */
export function validateReference(): void {
  const ipPeriod = new Map(INTEGRATED_PROJECTS.map((ip) => [ip.code, ip.periodId]));
  for (const prog of PROGRAMS) {
    for (const period of PLAN_PERIODS) {
      const runs = prog.start <= period.endFiscalYear && (prog.end ?? 9999) >= period.startFiscalYear;
      const ip = prog.placements[period.id];
      if (runs !== Boolean(ip))
        throw new Error(`reference catalog: ${prog.code} placement in period ${period.id} does not match its years`);
      if (ip && ipPeriod.get(ip) !== period.id) throw new Error(`reference catalog: ${prog.code} placed in ${ip} of another period`);
    }
  }
}
