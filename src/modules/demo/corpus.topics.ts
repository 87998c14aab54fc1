/**
 * Word lists that titles and abstracts are built from, each term in Japanese and English.
 * Combined with a disease they give titles such as
 * 「KRAS G12D変異を標的とした膵がんに対する新規低分子医薬品の開発」.
 */
import type { DiseaseGroup } from './corpus.diseases.ts';

/** `extracellular`: a target antibodies can reach (marked * in the lists). */
export type Term = { ja: string; en: string; extracellular?: boolean };

const terms = (raw: string): Term[] =>
  raw
    .trim()
    .split('\n')
    .map((line) => {
      const [ja, en] = line.replace(/^\*/, '').split('|');
      return { ja: (ja ?? '').trim(), en: (en ?? '').trim(), ...(line.startsWith('*') ? { extracellular: true } : {}) };
    });

/** Molecular targets by disease group; groups not listed use GENERIC_TARGETS. */
export const TARGETS: Partial<Record<DiseaseGroup, Term[]>> = {
  cancer: terms(`
KRAS G12D変異|the KRAS G12D mutation
*HER2|HER2
*PD-L1|PD-L1
*Claudin 18.2|claudin 18.2
BRD4|BRD4
PRMT5|PRMT5
FGFR2融合遺伝子|FGFR2 fusion genes
*がん幹細胞表面抗原CD44v|the cancer stem cell marker CD44v
YAP/TAZ|YAP/TAZ
*がん関連線維芽細胞|cancer-associated fibroblasts
WEE1|WEE1
EZH1/2|EZH1/2`),
  cardio: terms(`
*PCSK9|PCSK9
*GLP-1受容体|the GLP-1 receptor
*Lp(a)|lipoprotein(a)
NLRP3インフラマソーム|the NLRP3 inflammasome
FGF21|FGF21
心筋ミオシン|cardiac myosin
*ANGPTL3|ANGPTL3
*GDF15|GDF15`),
  psych: terms(`
NMDA受容体|the NMDA receptor
代謝型グルタミン酸受容体mGluR5|the metabotropic glutamate receptor mGluR5
ミクログリア|microglia
オレキシン受容体|orexin receptors
シナプス可塑性|synaptic plasticity`),
  neuro: terms(`
ナトリウムチャネルNav1.7|the sodium channel Nav1.7
ミクログリア|microglia
軸索再生阻害因子|axon regeneration inhibitors
*CGRP|CGRP`),
  dementia: terms(`
*アミロイドβ|amyloid-β
*タウ|tau
*TREM2|TREM2
*α-シヌクレイン|α-synuclein
ミクログリア|microglia`),
  rare: terms(`
原因遺伝子産物|the causative gene product
スプライシング異常|aberrant splicing
ミトコンドリア機能|mitochondrial function
リソソーム酵素|lysosomal enzymes
*補体C5|complement C5
TGF-βシグナル|TGF-β signalling
mTOR経路|the mTOR pathway
TDP-43|TDP-43
LRRK2|LRRK2`),
  infect: terms(`
ウイルスRNAポリメラーゼ|the viral RNA polymerase
ウイルスプロテアーゼ|the viral protease
*スパイクタンパク質|the spike protein
宿主侵入因子|host entry factors
βラクタマーゼ|β-lactamases
薬剤排出ポンプ|drug efflux pumps`),
  hepatitis: terms(`
HBV cccDNA|HBV cccDNA
*HBs抗原|HBs antigen
肝星細胞|hepatic stellate cells`),
  hiv: terms(`
HIV潜伏感染細胞|latent HIV reservoirs
HIVインテグラーゼ|HIV integrase
HIVカプシド|the HIV capsid`),
  immune: terms(`
*IL-13|IL-13
*IL-33|IL-33
*TSLP|TSLP
制御性T細胞|regulatory T cells
TYK2|TYK2
*IgE|IgE`),
  kidney: terms(`
ポドサイト|podocytes
補体経路|the complement pathway
尿細管上皮細胞|tubular epithelial cells`),
  geriatric: terms(`
骨格筋幹細胞|muscle stem cells
老化細胞|senescent cells
NAD+代謝|NAD+ metabolism
破骨細胞|osteoclasts`),
  sensory: terms(`
網膜視細胞|retinal photoreceptors
内耳有毛細胞|inner-ear hair cells
角膜内皮細胞|corneal endothelial cells`),
  child: terms(`
胎盤機能|placental function
腸内細菌叢|the gut microbiota
免疫寛容|immune tolerance`),
};

export const GENERIC_TARGETS = terms(`
炎症シグナル|inflammatory signalling
オートファジー|autophagy
エピゲノム制御|epigenetic regulation
代謝リプログラミング|metabolic reprogramming`);

/** Drug modalities: ja noun, en noun (without article). */
export const DRUG_MODALITIES = terms(`
低分子医薬品|small-molecule drug
抗体医薬|therapeutic antibody
核酸医薬|nucleic acid drug
中分子ペプチド医薬|mid-size peptide drug
抗体薬物複合体|antibody–drug conjugate
二重特異性抗体|bispecific antibody`);

export const VACCINES = terms(`
mRNAワクチン|mRNA vaccine
経鼻ワクチン|intranasal vaccine
組換えタンパク質ワクチン|recombinant protein vaccine
ウイルスベクターワクチン|viral vector vaccine`);

/** Which diseases a product or device suits: disease groups and/or exact disease names (ja). */
export type Fit = { groups?: DiseaseGroup[]; names?: string[] };

/** Cell and gene therapy products; `kind` decides the wording. */
export const CELL_PRODUCTS: (Term & { kind: 'cell' | 'gene' | 'virus'; fit: Fit })[] = [
  {
    ja: 'iPS細胞由来心筋細胞',
    en: 'iPS cell-derived cardiomyocytes',
    kind: 'cell',
    fit: { names: ['心不全', '心筋梗塞', '特発性拡張型心筋症', '肥大型心筋症'] },
  },
  {
    ja: '自己骨格筋芽細胞シート',
    en: 'autologous skeletal myoblast sheets',
    kind: 'cell',
    fit: { names: ['心不全', '特発性拡張型心筋症'] },
  },
  {
    ja: 'iPS細胞由来ドパミン神経前駆細胞',
    en: 'iPS cell-derived dopaminergic progenitors',
    kind: 'cell',
    fit: { names: ['パーキンソン病', '多系統萎縮症'] },
  },
  {
    ja: '間葉系幹細胞',
    en: 'mesenchymal stem cells',
    kind: 'cell',
    fit: {
      names: [
        '脊髄損傷',
        '脳卒中',
        '変形性膝関節症',
        '急性腎障害',
        '臓器移植後の拒絶反応',
        '早産児の合併症',
        '表皮水疱症',
        '肝硬変',
        '特発性間質性肺炎',
        '全身性強皮症',
        'クローン病',
        '心筋梗塞',
      ],
    },
  },
  {
    ja: 'CAR-T細胞',
    en: 'CAR-T cells',
    kind: 'cell',
    fit: {
      names: [
        '急性骨髄性白血病',
        '多発性骨髄腫',
        '悪性リンパ腫',
        '小児急性リンパ性白血病',
        '成人T細胞白血病リンパ腫',
        '膠芽腫',
        '骨軟部肉腫',
        '全身性エリテマトーデス',
      ],
    },
  },
  { ja: 'iPS細胞由来NK細胞', en: 'iPS cell-derived NK cells', kind: 'cell', fit: { groups: ['cancer'] } },
  {
    ja: 'iPS細胞由来網膜色素上皮細胞',
    en: 'iPS cell-derived retinal pigment epithelial cells',
    kind: 'cell',
    fit: { names: ['加齢黄斑変性', '網膜色素変性症'] },
  },
  {
    ja: 'iPS細胞由来角膜内皮代替細胞',
    en: 'iPS cell-derived corneal endothelial substitute cells',
    kind: 'cell',
    fit: { names: ['水疱性角膜症'] },
  },
  { ja: '自己培養軟骨', en: 'autologous cultured cartilage', kind: 'cell', fit: { names: ['変形性膝関節症'] } },
  { ja: 'ヒト肝細胞', en: 'human hepatocytes', kind: 'cell', fit: { names: ['肝硬変', 'ウィルソン病', '胆道閉鎖症'] } },
  {
    ja: 'AAVベクター',
    en: 'AAV vectors',
    kind: 'gene',
    fit: {
      names: [
        '脊髄性筋萎縮症',
        '筋ジストロフィー',
        'パーキンソン病',
        '網膜色素変性症',
        'ライソゾーム病',
        'ハンチントン病',
        '筋萎縮性側索硬化症',
        '感音難聴',
        '低ホスファターゼ症',
        'ドラベ症候群',
      ],
    },
  },
  {
    ja: 'レンチウイルスベクター',
    en: 'lentiviral vectors',
    kind: 'gene',
    fit: { names: ['ライソゾーム病', '再生不良性貧血', '発作性夜間ヘモグロビン尿症', 'ウィルソン病', 'HIV感染症'] },
  },
  {
    ja: '塩基編集技術',
    en: 'base editing',
    kind: 'gene',
    fit: { names: ['脂質異常症', '筋ジストロフィー', 'ミトコンドリア病', 'ハンチントン病', '色素性乾皮症'] },
  },
  { ja: '腫瘍溶解性ウイルス', en: 'an oncolytic virus', kind: 'virus', fit: { groups: ['cancer'] } },
];

export const DEVICE_PURPOSES = terms(`
早期診断|early diagnosis
低侵襲治療|minimally invasive treatment
重症化予防|prevention of progression
術後管理|postoperative management
在宅療養支援|support for home care`);
const [EARLY_DX, MIN_INV, PREVENT, POSTOP, HOME] = DEVICE_PURPOSES as [Term, Term, Term, Term, Term];

export const DEVICES: (Term & { fit: Fit; purposes: Term[] })[] = [
  { ja: '手術支援ロボット', en: 'surgical robot', fit: { groups: ['cancer'], names: ['先天性心疾患'] }, purposes: [MIN_INV] },
  {
    ja: 'AI画像診断支援システム',
    en: 'AI-based imaging diagnosis support system',
    fit: { groups: ['cancer', 'dementia', 'sensory'], names: ['心不全', '脳卒中', '特発性間質性肺炎'] },
    purposes: [EARLY_DX],
  },
  {
    ja: '低侵襲カテーテルデバイス',
    en: 'minimally invasive catheter device',
    fit: { names: ['心不全', '心筋梗塞', '心房細動', '大動脈瘤', '脳卒中', '先天性心疾患', '肺動脈性肺高血圧症'] },
    purposes: [MIN_INV],
  },
  {
    ja: '植込み型神経刺激装置',
    en: 'implantable neurostimulator',
    fit: { names: ['てんかん', '慢性疼痛', 'パーキンソン病', 'うつ病', '心不全', '脊髄損傷'] },
    purposes: [MIN_INV, PREVENT],
  },
  {
    ja: 'ウェアラブル生体センサ',
    en: 'wearable biosensor',
    fit: { names: ['心房細動', '心不全', '2型糖尿病', 'てんかん', 'うつ病', 'フレイル', '高血圧'] },
    purposes: [PREVENT, HOME],
  },
  {
    ja: '集束超音波治療装置',
    en: 'focused ultrasound therapy system',
    fit: { names: ['膠芽腫', 'パーキンソン病', '前立腺がん', '肝細胞がん', '乳がん'] },
    purposes: [MIN_INV],
  },
  {
    ja: '内視鏡診断システム',
    en: 'endoscopic diagnosis system',
    fit: { names: ['胃がん', '大腸がん', '食道がん', '膵がん', '胆道がん', '潰瘍性大腸炎', 'クローン病'] },
    purposes: [EARLY_DX],
  },
  {
    ja: '生体吸収性ステント',
    en: 'bioresorbable stent',
    fit: { names: ['心筋梗塞', '動脈硬化性疾患', '先天性心疾患'] },
    purposes: [MIN_INV],
  },
  {
    ja: '光音響イメージング装置',
    en: 'photoacoustic imaging system',
    fit: { names: ['乳がん', '頭頸部がん', '動脈硬化性疾患', 'リンパ管腫症・ゴーハム病'] },
    purposes: [EARLY_DX],
  },
  {
    ja: '在宅モニタリングシステム',
    en: 'home monitoring system',
    fit: { names: ['心不全', '慢性腎臓病', '慢性閉塞性肺疾患', '軽度認知障害', 'フレイル', '早産児の合併症', '2型糖尿病'] },
    purposes: [HOME, PREVENT, POSTOP],
  },
  {
    ja: '治療計画支援プログラム医療機器',
    en: 'software as a medical device for treatment planning',
    fit: { groups: ['cancer'] },
    purposes: [MIN_INV],
  },
  { ja: '人工内耳', en: 'cochlear implant', fit: { names: ['感音難聴', '加齢性難聴'] }, purposes: [MIN_INV] },
];

export function fits(fit: Fit, disease: { ja: string; group: DiseaseGroup }): boolean {
  return Boolean(fit.groups?.includes(disease.group) || fit.names?.includes(disease.ja));
}

export const BIOMARKERS = terms(`
血中タンパク質バイオマーカー|blood protein biomarkers
血中マイクロRNA|circulating microRNAs
リキッドバイオプシー|liquid biopsy
尿中代謝物|urinary metabolites
細胞外小胞|extracellular vesicles
PETイメージングプローブ|a PET imaging probe
遺伝子パネル検査|gene panel testing
呼気ガス分析|breath analysis
網膜画像のAI解析|AI analysis of retinal images`);

export const METHODS = terms(`
シングルセル解析|single-cell analysis
空間トランスクリプトーム解析|spatial transcriptomics
疾患特異的iPS細胞|disease-specific iPS cells
オルガノイドモデル|organoid models
霊長類モデル|primate models
マルチオミクス解析|multi-omics analysis
クライオ電子顕微鏡による構造解析|cryo-electron microscopy structural analysis
脳画像解析|brain imaging analysis
長期コホート研究|a long-term cohort study`);

export const INFRA_TECH = terms(`
クライオ電子顕微鏡|cryo-electron microscopy
化合物ライブラリー|compound libraries
AI創薬|AI-driven drug discovery
中分子モダリティ技術|mid-size modality technologies
ヒト化モデル動物|humanised animal models`);

export const REGULATED_PRODUCTS = terms(`
核酸医薬品|nucleic acid drugs
再生医療等製品|regenerative medical products
AIを用いた医療機器|AI-based medical devices
バイオ後続品|biosimilars
小児用医薬品|paediatric medicines
遺伝子治療用製品|gene therapy products`);

export const INTERVENTIONS = terms(`
運動介入プログラム|an exercise programme
食事指導アプリ|a dietary guidance app
睡眠改善プログラム|a sleep improvement programme
認知行動療法アプリ|a cognitive behavioural therapy app
社会参加促進プログラム|a social participation programme`);

export const COUNTRIES = terms(`
ベトナム|Viet Nam
タイ|Thailand
インドネシア|Indonesia
フィリピン|the Philippines
ケニア|Kenya
ガーナ|Ghana
ザンビア|Zambia
ブラジル|Brazil
バングラデシュ|Bangladesh
モンゴル|Mongolia`);

export const PARTNER_COUNTRIES = terms(`
米国|the United States
英国|the United Kingdom
ドイツ|Germany
フランス|France
カナダ|Canada
スウェーデン|Sweden
オーストラリア|Australia
シンガポール|Singapore`);

export const ELSI_TOPICS = terms(`
研究への患者・市民参画（PPI）|patient and public involvement (PPI) in research
ゲノム情報の取扱い|the handling of genomic information
医療AIの社会実装|the social implementation of medical AI
小児を対象とする研究の同意|consent in research involving children`);
