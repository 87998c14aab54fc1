/**
 * The stories of the slides, always present whatever the scale: the APOA2-iTQ pancreatic
 * cancer blood test (次世代がん事業 → 革新がん事業 → approval and insurance listing), the JOHAKU
 * vagus-nerve-stimulation catheter (three programs in a row), and the eight approvals named on
 * slide 13 with their real approval months (days are approximate). People are fictional.
 */
import { PROGRAM, periodOfFiscalYear } from '../catalog/catalog.reference.ts';
import { institutionIndex } from './corpus.institutions.ts';
import { COMPANIES } from './corpus.names.ts';
import type { GenLink, GenOutcome, GenProject } from './demo.types.ts';
import type { FixedPerson } from './generate.people.ts';

export const RESEARCHER_EMAIL = 'researcher@seedline.example';
export const RESEARCHER2_EMAIL = 'researcher2@seedline.example';

export const STORY_PEOPLE: FixedPerson[] = [
  {
    familyJa: '宮坂',
    familyEn: 'Miyasaka',
    givenJa: '慎一',
    givenEn: 'Shinichi',
    inst: institutionIndex('国立がん研究センター'),
    userEmail: RESEARCHER_EMAIL,
  },
  { familyJa: '北村', familyEn: 'Kitamura', givenJa: '直樹', givenEn: 'Naoki', inst: institutionIndex('国立循環器病研究センター') },
  {
    familyJa: '佐野',
    familyEn: 'Sano',
    givenJa: '美咲',
    givenEn: 'Misaki',
    inst: institutionIndex('大阪大学'),
    userEmail: RESEARCHER2_EMAIL,
  },
  { familyJa: '小松', familyEn: 'Komatsu', givenJa: '健一', givenEn: 'Kenichi', inst: institutionIndex('岐阜大学') },
  { familyJa: '中西', familyEn: 'Nakanishi', givenJa: '裕子', givenEn: 'Yuko', inst: institutionIndex('名古屋市立大学') },
  { familyJa: '石原', familyEn: 'Ishihara', givenJa: '達也', givenEn: 'Tatsuya', inst: institutionIndex('東京大学') },
  { familyJa: '荒木', familyEn: 'Araki', givenJa: '陽子', givenEn: 'Yoko', inst: institutionIndex('国立成育医療研究センター') },
  { familyJa: '星野', familyEn: 'Hoshino', givenJa: '正人', givenEn: 'Masato', inst: institutionIndex('東京大学') },
  { familyJa: '浅野', familyEn: 'Asano', givenJa: '恵子', givenEn: 'Keiko', inst: institutionIndex('大阪医科薬科大学') },
  { familyJa: '松浦', familyEn: 'Matsuura', givenJa: '和彦', givenEn: 'Kazuhiko', inst: institutionIndex('京都府立医科大学') },
];

type StoryDef = Omit<GenProject, 'grantNumber' | 'inst' | 'status' | 'areas' | 'pred'> & { areas: Record<1 | 2 | 3, string[]> | string[] };
const M = 1_000_000;
const P = PROGRAM;
const cancer = ['P1-CANCER', 'P2-CANCER', 'P3-CANCER'];

const STORIES: StoryDef[] = [
  {
    titleJa: 'タンパク質・ペプチド修飾解析による早期がん・リスク疾患診断のための血液バイオマーカーの開発',
    titleEn: 'Blood biomarkers for the diagnosis of early cancer and high-risk conditions by analysis of protein and peptide modifications',
    abstractJa:
      '膵がんは早期発見が極めて難しく、5年生存率が低い。本研究では、血中タンパク質・ペプチドの翻訳後修飾を解析し、膵がんおよびそのリスク疾患を早期に診断する血液バイオマーカーを開発する。2017年度は調整費により検体の集積を進め、標的プロテオミクスで同定したバイオマーカー（アポリポタンパク質A2アイソフォーム）の定量・検証を行った。2019年度は膵がんオルガノイド作成技術と同所移植モデルを用いたオミクス解析を、2021年度は1,000種類を超える抗体を用いた血液中の微量タンパク質の一斉分析を行った。',
    abstractEn:
      'Pancreatic cancer is very hard to detect early and its five-year survival is low. This project analyses post-translational modifications of blood proteins and peptides to develop blood biomarkers for the early diagnosis of pancreatic cancer and its high-risk conditions. In FY2017, adjustment funds accelerated sample collection and the quantification and validation, by targeted proteomics, of the identified biomarker (apolipoprotein A2 isoforms). In FY2019 the team performed omics analyses with pancreatic cancer organoids and orthotopic transplantation models, and in FY2021 a simultaneous analysis of trace blood proteins with over 1,000 antibodies.',
    pi: 0,
    program: P.JISEDAI_GAN,
    start: 2016,
    end: 2021,
    modality: 'diagnostic',
    stage: 'nonclinical',
    isPublic: true,
    areas: cancer,
    base: 60 * M,
  },
  {
    titleJa: '膵外分泌機能を評価する血液バイオマーカーを用いた膵がんリスク疾患・早期膵がんの診断法の臨床開発',
    titleEn:
      'Clinical development of a diagnostic method for pancreatic cancer high-risk conditions and early pancreatic cancer using blood biomarkers of exocrine pancreatic function',
    abstractJa:
      '次世代がん事業で同定した膵外分泌機能を反映する血液バイオマーカー（APOA2アイソフォーム）を用いて、膵がんリスク疾患と早期膵がんの診断法を臨床開発する。多施設共同の臨床性能試験により診断性能を検証し、企業と連携して体外診断用医薬品（APOA2-iTQ）としての薬事申請を行う。本研究の成果により、膵がんの早期発見と予後の改善が期待される。',
    abstractEn:
      'Using the blood biomarker of exocrine pancreatic function (APOA2 isoforms) identified in the next-generation cancer program, this project develops a clinical diagnostic for high-risk conditions and early pancreatic cancer. A multicentre clinical performance study verifies its accuracy, and with a company partner the test is filed for approval as an in-vitro diagnostic (APOA2-iTQ). Earlier detection of pancreatic cancer is expected to improve outcomes.',
    pi: 0,
    program: P.KAKUSHIN_GAN,
    start: 2021,
    end: 2023,
    modality: 'diagnostic',
    stage: 'practical',
    isPublic: true,
    areas: cancer,
    base: 45 * M,
  },
  {
    titleJa: '膵がん高リスク群を対象とした血液バイオマーカーによる前向きスクリーニング研究',
    titleEn: 'Prospective screening of people at high risk of pancreatic cancer with blood biomarkers',
    abstractJa: '膵がん高リスク群を対象に、APOA2-iTQを用いた前向きスクリーニングの有用性を検証する。非公開の準備段階の課題である。',
    abstractEn:
      'Tests the value of prospective screening with APOA2-iTQ in people at high risk of pancreatic cancer. A preparatory project, not yet published.',
    pi: 0,
    program: P.JISEDAI_GAN,
    start: 2024,
    end: 2026,
    modality: 'diagnostic',
    stage: 'clinical',
    isPublic: false,
    areas: cancer,
    base: 30 * M,
  },
  {
    titleJa: '心筋梗塞後心不全を防ぐ迷走神経刺激カテーテル装置開発',
    titleEn: 'A vagus nerve stimulation catheter device to prevent heart failure after myocardial infarction',
    abstractJa:
      '心筋梗塞後の心不全は予後不良である。本研究では、既存のペーシングカテーテルを用いた迷走神経刺激により、著明な梗塞縮小効果と心不全抑制効果があることを実験的に証明し、JOHAKUカテーテルの開発工程を明確化する。',
    abstractEn:
      'Heart failure after myocardial infarction carries a poor prognosis. Using existing pacing catheters, this project shows experimentally that vagus nerve stimulation markedly reduces infarct size and prevents heart failure, and sets out the development plan of the JOHAKU catheter.',
    pi: 1,
    program: P.TENKAI,
    start: 2016,
    end: 2018,
    modality: 'device',
    stage: 'device_principle',
    isPublic: true,
    areas: [],
    base: 40 * M,
  },
  {
    titleJa: '徐拍化を介して心臓を保護する経静脈的迷走神経刺激カテーテルの開発と事業化',
    titleEn:
      'Development and commercialisation of a transvenous vagus nerve stimulation catheter that protects the heart by slowing the heart rate',
    abstractJa:
      '迷走神経刺激心筋保護カテーテル（JOHAKU）の実用化に向けて、カテーテルの量産試作、滅菌試験及び生物学的安全性試験を完了する。あわせてQMS体制を構築し、薬事対応として治験プロトコルを作成する。',
    abstractEn:
      'Towards practical use of the JOHAKU myocardial-protection catheter, this project completes mass-production prototypes, sterilisation testing and biological safety testing, builds a QMS and, for the regulatory path, writes the clinical trial protocol.',
    pi: 1,
    program: P.IKO,
    start: 2019,
    end: 2021,
    modality: 'device',
    stage: 'device_trial_manufacture',
    isPublic: true,
    areas: [],
    base: 60 * M,
  },
  {
    titleJa: '迷走神経刺激心筋保護カテーテル（JOHAKU）の世界初の医師主導治験と実用化',
    titleEn:
      "World's first investigator-initiated trial and practical application of the JOHAKU vagus nerve stimulation catheter for myocardial protection",
    abstractJa:
      '急性心筋梗塞患者を対象に、迷走神経刺激心筋保護カテーテル（JOHAKU）の世界初の医師主導治験を実施する。非臨床試験と探索的治験、検証的治験を本事業内で計画・実施し、薬事承認を目指す。',
    abstractEn:
      "This project runs the world's first investigator-initiated trial of the JOHAKU vagus nerve stimulation catheter in patients with acute myocardial infarction, planning and conducting non-clinical studies and exploratory and confirmatory trials towards approval.",
    pi: 1,
    program: P.KIKI,
    start: 2022,
    end: 2024,
    modality: 'device',
    stage: 'device_validation',
    isPublic: true,
    areas: { 1: [], 2: ['P2-LIFESTYLE'], 3: ['P3-LIFECOURSE'] },
    base: 80 * M,
  },
  {
    titleJa: 'iPS細胞由来心筋細胞を用いた重症心不全に対する細胞治療法の開発',
    titleEn: 'Development of a cell therapy for severe heart failure using iPS cell-derived cardiomyocytes',
    abstractJa:
      '重症心不全は心臓移植以外に根治的治療がない。本研究では、iPS細胞由来心筋細胞の製造工程を確立し、非臨床試験で安全性と有効性を確認する。',
    abstractEn:
      'Severe heart failure has no curative treatment other than transplantation. This project establishes manufacturing of iPS cell-derived cardiomyocytes and confirms safety and efficacy in non-clinical studies.',
    pi: 2,
    program: P.SAISEI_KASOKU,
    start: 2023,
    end: 2025,
    modality: 'regenerative',
    stage: 'nonclinical',
    isPublic: true,
    areas: { 1: [], 2: ['P2-LIFESTYLE'], 3: ['P3-LIFECOURSE'] },
    base: 50 * M,
  },
  {
    titleJa: 'iPS細胞由来心筋球の移植による拡張型心筋症治療の臨床研究',
    titleEn: 'Clinical study of iPS cell-derived cardiac spheroid transplantation for dilated cardiomyopathy',
    abstractJa: '拡張型心筋症患者を対象に、iPS細胞由来心筋球移植の安全性を評価する臨床研究である。契約手続き中のため非公開。',
    abstractEn:
      'A clinical study of the safety of iPS cell-derived cardiac spheroid transplantation in dilated cardiomyopathy. Not yet published while the contract is concluded.',
    pi: 2,
    program: P.SAISEI_JITSUYO,
    start: 2024,
    end: 2026,
    modality: 'regenerative',
    stage: 'clinical',
    isPublic: false,
    areas: { 1: [], 2: ['P2-RARE'], 3: ['P3-RARE'] },
    base: 40 * M,
  },
  {
    titleJa: '難治性リンパ管疾患に対するシロリムス療法の確立を目指した医師主導治験',
    titleEn: 'Investigator-initiated trial to establish sirolimus therapy for intractable lymphatic anomalies',
    abstractJa:
      '難治性リンパ管疾患は小児に多く、外科的処置や対症療法が中心であった。本研究では、mTOR阻害薬シロリムスの有効性と安全性を医師主導治験で検証し、適応拡大の承認申請を目指す。',
    abstractEn:
      'Intractable lymphatic anomalies mostly affect children and were treated with surgery and symptomatic care. This investigator-initiated trial tests the efficacy and safety of the mTOR inhibitor sirolimus, aiming at an extension of its approved indications.',
    pi: 3,
    program: P.NANBYO,
    start: 2019,
    end: 2021,
    modality: 'drug',
    stage: 'drug_approval',
    isPublic: true,
    areas: { 1: ['P1-RARE'], 2: ['P2-RARE', 'P2-CHILD'], 3: ['P3-RARE'] },
    base: 35 * M,
  },
  {
    titleJa: '難治性リンパ管疾患に対するシロリムスの適応拡大及び小児用剤形の開発',
    titleEn: 'Extension of indications and a paediatric formulation of sirolimus for intractable lymphatic anomalies',
    abstractJa: 'シロリムスの承認後、対象疾患の拡大と小児が服用しやすい剤形の開発を行い、追加の承認申請を目指す。',
    abstractEn:
      'After the approval of sirolimus, this project extends the target diseases and develops a formulation that children can take easily, aiming at a further approval.',
    pi: 3,
    program: P.NANBYO,
    start: 2022,
    end: 2024,
    modality: 'drug',
    stage: 'drug_approval',
    isPublic: true,
    areas: { 1: ['P1-RARE'], 2: ['P2-RARE', 'P2-CHILD'], 3: ['P3-RARE'] },
    base: 30 * M,
  },
  {
    titleJa: '再発・難治性成人T細胞白血病リンパ腫に対するEZH1/2二重阻害薬の臨床開発',
    titleEn: 'Clinical development of an EZH1/2 dual inhibitor for relapsed or refractory adult T-cell leukaemia-lymphoma',
    abstractJa:
      '成人T細胞白血病リンパ腫は予後不良の希少がんである。本研究では、エピゲノム制御因子EZH1/2を同時に阻害する新規低分子医薬品の臨床試験を行い、承認申請に必要なデータを取得する。',
    abstractEn:
      'Adult T-cell leukaemia-lymphoma is a rare cancer with a poor prognosis. This project runs clinical trials of a novel small-molecule drug inhibiting both EZH1 and EZH2 and produces the data needed for a regulatory filing.',
    pi: 4,
    program: P.KAKUSHIN_GAN,
    start: 2018,
    end: 2020,
    modality: 'drug',
    stage: 'drug_approval',
    isPublic: true,
    areas: cancer,
    base: 50 * M,
  },
  {
    titleJa: '新型コロナウイルス感染症に対する国産mRNAワクチンの開発',
    titleEn: 'Development of a domestic mRNA vaccine against COVID-19',
    abstractJa: '新型コロナウイルス感染症に対する国産mRNAワクチンを開発し、非臨床試験から第I/II相、第III相試験を経て薬事承認を目指す。',
    abstractEn:
      'Develops a domestic mRNA vaccine against COVID-19 from non-clinical studies through phase I/II and phase III trials to regulatory approval.',
    pi: 5,
    program: P.COVID_VACCINE,
    start: 2020,
    end: 2023,
    modality: 'drug',
    stage: 'drug_approval',
    isPublic: true,
    areas: { 1: [], 2: ['P2-INFECT'], 3: [] },
    base: 6000 * M,
  },
  {
    titleJa: '高リスク神経芽腫に対する抗GD2抗体療法の国内導入を目指した医師主導治験',
    titleEn: 'Investigator-initiated trial to introduce anti-GD2 antibody therapy for high-risk neuroblastoma in Japan',
    abstractJa:
      '高リスク神経芽腫に有効な抗GD2抗体ジヌツキシマブは国内未承認であった。本研究では、国内での医師主導治験により有効性と安全性を確認し、承認申請を支援する。',
    abstractEn:
      'Dinutuximab, an anti-GD2 antibody effective in high-risk neuroblastoma, was not approved in Japan. This investigator-initiated trial confirms its efficacy and safety in Japan and supports the regulatory filing.',
    pi: 6,
    program: P.CHIKEN,
    start: 2018,
    end: 2020,
    modality: 'drug',
    stage: 'drug_approval',
    isPublic: true,
    areas: { 1: ['P1-CANCER'], 2: ['P2-CANCER', 'P2-CHILD'], 3: ['P3-CANCER', 'P3-LIFECOURSE'] },
    base: 45 * M,
  },
  {
    titleJa: '悪性神経膠腫に対する増殖型遺伝子組換え単純ヘルペスウイルスG47Δの医師主導治験',
    titleEn: 'Investigator-initiated trial of the replication-competent recombinant herpes simplex virus G47Δ for malignant glioma',
    abstractJa:
      '悪性神経膠腫は既存治療が効きにくいがんである。本研究では、がん細胞でのみ増殖する腫瘍溶解性ウイルスG47Δの医師主導治験を行い、日本初のウイルス療法として承認を目指す。',
    abstractEn:
      "Malignant glioma responds poorly to existing treatments. This investigator-initiated trial tests G47Δ, an oncolytic virus that replicates only in cancer cells, aiming at approval of Japan's first virus therapy.",
    pi: 7,
    program: P.SAISEI_JITSUYO,
    start: 2018,
    end: 2020,
    modality: 'regenerative',
    stage: 'practical',
    isPublic: true,
    areas: cancer,
    base: 50 * M,
  },
  {
    titleJa: '小児先天性心疾患手術に用いる伸長性を有する心臓・血管修復パッチの開発',
    titleEn: 'Development of an extensible cardiac and vascular repair patch for paediatric congenital heart surgery',
    abstractJa:
      '先天性心疾患の小児では、成長に伴い修復パッチの再手術が必要となることがある。本研究では、成長に追従して伸長する心臓・血管修復パッチを開発し、薬事承認を目指す。',
    abstractEn:
      'Children with congenital heart disease may need reoperation as they outgrow repair patches. This project develops a cardiac and vascular repair patch that stretches as the child grows, aiming at approval.',
    pi: 8,
    program: P.IKO,
    start: 2020,
    end: 2022,
    modality: 'device',
    stage: 'device_approval',
    isPublic: true,
    areas: { 1: [], 2: ['P2-CHILD'], 3: ['P3-LIFECOURSE'] },
    base: 60 * M,
  },
  {
    titleJa: '培養ヒト角膜内皮細胞の前房内注入による水疱性角膜症治療の実用化',
    titleEn: 'Practical application of cultured human corneal endothelial cell injection into the anterior chamber for bullous keratopathy',
    abstractJa:
      '水疱性角膜症の治療は角膜移植に限られ、ドナー不足が課題である。本研究では、培養ヒト角膜内皮細胞を前房内に注入する新たな治療法の実用化を目指す。',
    abstractEn:
      'Bullous keratopathy can only be treated by corneal transplantation, and donors are scarce. This project brings to practical use a new treatment that injects cultured human corneal endothelial cells into the anterior chamber.',
    pi: 9,
    program: P.SAISEI_JITSUYO,
    start: 2020,
    end: 2022,
    modality: 'regenerative',
    stage: 'practical',
    isPublic: true,
    areas: [],
    base: 40 * M,
  },
];

export const STORY = {
  APOA2_1: 0,
  APOA2_2: 1,
  APOA2_PRIVATE: 2,
  JOHAKU_1: 3,
  JOHAKU_2: 4,
  JOHAKU_3: 5,
  R2_PUBLIC: 6,
  R2_PRIVATE: 7,
  RAPA_1: 8,
  RAPA_2: 9,
} as const;

export function storyProjects(): GenProject[] {
  return STORIES.map((s) => {
    const areas = Array.isArray(s.areas)
      ? s.areas.filter((a) => a.startsWith(`P${periodOfFiscalYear(s.start)}-`))
      : s.areas[periodOfFiscalYear(s.start)];
    return { ...s, grantNumber: '', inst: STORY_PEOPLE[s.pi]!.inst, status: s.end < 2025 ? 'completed' : 'active', areas, pred: null };
  });
}

export function storyLinks(): GenLink[] {
  return [
    {
      pred: STORY.APOA2_1,
      succ: STORY.APOA2_2,
      kind: 'handoff',
      noteJa: '次世代がん事業から革新がん事業への事業間連携（調整費で加速）',
      noteEn: 'Hand-off from the next-generation cancer program to the innovative cancer program, accelerated by adjustment funds',
    },
    {
      pred: STORY.JOHAKU_1,
      succ: STORY.JOHAKU_2,
      kind: 'handoff',
      noteJa: '医療分野研究成果展開事業から医工連携イノベーション推進事業へ',
      noteEn: 'From the research-results program to the medical–engineering collaboration program',
    },
    {
      pred: STORY.JOHAKU_2,
      succ: STORY.JOHAKU_3,
      kind: 'handoff',
      noteJa: '医工連携イノベーション推進事業から医療機器開発推進研究事業へ（医師主導治験）',
      noteEn: 'From the medical–engineering collaboration program to the device development program (investigator-initiated trial)',
    },
    {
      pred: STORY.RAPA_1,
      succ: STORY.RAPA_2,
      kind: 'continuation',
      noteJa: '承認後の適応拡大・剤形追加',
      noteEn: 'Further indications and formulations after approval',
    },
  ];
}

/** Adjustment funds given to the APOA2 project in the years named on slide 11 (yen). */
export const STORY_ADJUSTMENTS: { project: number; fy: number; amount: number }[] = [
  { project: STORY.APOA2_1, fy: 2017, amount: 120_000_000 },
  { project: STORY.APOA2_1, fy: 2019, amount: 80_000_000 },
  { project: STORY.APOA2_1, fy: 2021, amount: 150_000_000 },
];

const approval = (
  project: number,
  occurredOn: string,
  fy: number,
  product: string,
  productEn: string,
  category: string,
  indication: 'new' | 'extended',
  conditional: boolean,
  extra: Record<string, unknown> = {},
): GenOutcome => ({
  project,
  kind: 'approval',
  fy,
  occurredOn,
  titleJa: `${product}の薬事承認${indication === 'extended' ? '（適応拡大）' : ''}${conditional ? '（条件及び期限付）' : ''}`,
  titleEn: `Regulatory approval of ${productEn}${indication === 'extended' ? ' (extended indication)' : ''}${conditional ? ' (conditional and time-limited)' : ''}`,
  topJournal: false,
  details: { product, productEn, category, indication, conditional, ...extra },
});

export function storyOutcomes(): GenOutcome[] {
  const diagCompany = COMPANIES.find((c) => c.kind === 'diagnostic')!;
  return [
    {
      project: STORY.APOA2_1,
      kind: 'licensing',
      fy: 2020,
      occurredOn: '2020-10-15',
      titleJa: `膵がん血液バイオマーカー（APOA2アイソフォーム）の${diagCompany.ja}への導出`,
      titleEn: `Pancreatic cancer blood biomarker (APOA2 isoforms) licensed to ${diagCompany.en}`,
      topJournal: false,
      details: { company: diagCompany.ja, companyEn: diagCompany.en, scope: 'japan' },
    },
    {
      project: STORY.APOA2_2,
      kind: 'clinical_trial',
      fy: 2021,
      occurredOn: '2021-07-01',
      titleJa: 'APOA2-iTQの多施設共同臨床性能試験',
      titleEn: 'Multicentre clinical performance study of APOA2-iTQ',
      topJournal: false,
      details: { registry: 'jRCT', trialId: 'jRCT1030210187', phase: 'performance evaluation' },
    },
    approval(STORY.APOA2_2, '2023-06-20', 2023, 'APOA2-iTQ', 'APOA2-iTQ', 'ivd', 'new', false, {
      filedOn: '2022-08-30',
      indicationJa: '膵がんの早期発見の補助',
      indicationEn: 'Aid to the early detection of pancreatic cancer',
    }),
    {
      project: STORY.APOA2_2,
      kind: 'insurance_listing',
      fy: 2023,
      occurredOn: '2024-02-01',
      titleJa: 'APOA2-iTQの保険収載',
      titleEn: 'Insurance listing of APOA2-iTQ',
      topJournal: false,
      details: { product: 'APOA2-iTQ', productEn: 'APOA2-iTQ' },
    },
    {
      project: STORY.JOHAKU_1,
      kind: 'nonclinical_poc',
      fy: 2018,
      occurredOn: '2018-12-10',
      titleJa: '迷走神経刺激による梗塞縮小効果と心不全抑制効果の実験的証明',
      titleEn: 'Experimental proof that vagus nerve stimulation reduces infarct size and prevents heart failure',
      topJournal: false,
      details: { modality: 'device' },
    },
    {
      project: STORY.JOHAKU_3,
      kind: 'clinical_trial',
      fy: 2022,
      occurredOn: '2022-11-01',
      titleJa: 'JOHAKUカテーテルの探索的医師主導治験（世界初）',
      titleEn: "Exploratory investigator-initiated trial of the JOHAKU catheter (world's first)",
      topJournal: false,
      details: { registry: 'jRCT', trialId: 'jRCT2052220113', phase: 'exploratory' },
    },
    {
      project: STORY.JOHAKU_3,
      kind: 'clinical_trial',
      fy: 2024,
      occurredOn: '2024-09-02',
      titleJa: 'JOHAKUカテーテルの検証的医師主導治験',
      titleEn: 'Confirmatory investigator-initiated trial of the JOHAKU catheter',
      topJournal: false,
      details: { registry: 'jRCT', trialId: 'jRCT2052240086', phase: 'confirmatory' },
    },
    approval(8, '2021-09-27', 2021, 'ラパリムス', 'Rapalimus', 'drug', 'extended', false, {
      indicationJa: '難治性リンパ管疾患',
      indicationEn: 'Intractable lymphatic anomalies',
    }),
    approval(9, '2024-01-18', 2023, 'ラパリムス', 'Rapalimus', 'drug', 'extended', false, {
      indicationJa: '難治性リンパ管疾患の適応追加・剤形追加',
      indicationEn: 'Further indications and a new formulation for intractable lymphatic anomalies',
    }),
    approval(10, '2022-09-26', 2022, 'エザルミア', 'Ezharmia', 'drug', 'new', false, {
      indicationJa: '再発又は難治性の成人T細胞白血病リンパ腫',
      indicationEn: 'Relapsed or refractory adult T-cell leukaemia-lymphoma',
    }),
    approval(11, '2023-08-02', 2023, 'ダイチロナ筋注', 'Daichirona for intramuscular injection', 'drug', 'new', false, {
      indicationJa: '新型コロナウイルス感染症の予防（国産mRNAワクチン）',
      indicationEn: 'Prevention of COVID-19 (domestic mRNA vaccine)',
    }),
    approval(12, '2021-06-23', 2021, 'ユニツキシン', 'Unituxin', 'drug', 'new', false, {
      indicationJa: '神経芽腫（小児がん）',
      indicationEn: 'Neuroblastoma (paediatric cancer)',
    }),
    approval(13, '2021-06-11', 2021, 'デリタクト注', 'Delytact injection', 'regenerative', 'new', true, {
      indicationJa: '悪性神経膠腫（ウイルス療法）',
      indicationEn: 'Malignant glioma (oncolytic virus therapy)',
    }),
    approval(14, '2023-07-31', 2023, 'シンフォリウム', 'Synfolium', 'device', 'new', false, {
      indicationJa: '小児の心・血管修復パッチ',
      indicationEn: 'Cardiac and vascular repair patch for children',
    }),
    approval(15, '2023-03-23', 2022, 'ビズノバ', 'Vyznova', 'regenerative', 'new', false, {
      indicationJa: '水疱性角膜症（角膜内皮細胞）',
      indicationEn: 'Bullous keratopathy (corneal endothelial cells)',
    }),
  ];
}
