/**
 * Diseases for titles and abstracts, each with a group (which programs draw it) and the
 * disease-area keys it falls under. Rare diseases marked `rare` are taken from the list of
 * designated intractable diseases: 136s/intractable-disease (CC BY 4.0), processed from
 * MHLW 指定難病病名一覧表 (https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/0000084783.html);
 * the English names are ours.
 */
export type AreaKey = 'cancer' | 'lifestyle' | 'neuro' | 'aging' | 'rare' | 'child' | 'infect';
export type DiseaseGroup =
  | 'cancer'
  | 'cardio'
  | 'psych'
  | 'neuro'
  | 'dementia'
  | 'geriatric'
  | 'rare'
  | 'child'
  | 'infect'
  | 'hepatitis'
  | 'hiv'
  | 'immune'
  | 'kidney'
  | 'sensory';
export type Disease = { ja: string; en: string; group: DiseaseGroup; keys: AreaKey[] };

const d = (group: DiseaseGroup, keys: AreaKey[], raw: string): Disease[] =>
  raw
    .trim()
    .split('\n')
    .map((line) => {
      const [ja, en] = line.split('|');
      return { ja: (ja ?? '').trim(), en: (en ?? '').trim(), group, keys };
    });

export const DISEASES: readonly Disease[] = [
  ...d(
    'cancer',
    ['cancer'],
    `
膵がん|pancreatic cancer
肺がん|lung cancer
胃がん|gastric cancer
大腸がん|colorectal cancer
肝細胞がん|hepatocellular carcinoma
乳がん|breast cancer
前立腺がん|prostate cancer
卵巣がん|ovarian cancer
子宮頸がん|cervical cancer
食道がん|oesophageal cancer
胆道がん|biliary tract cancer
膠芽腫|glioblastoma
急性骨髄性白血病|acute myeloid leukaemia
多発性骨髄腫|multiple myeloma
悪性リンパ腫|malignant lymphoma
成人T細胞白血病リンパ腫|adult T-cell leukaemia-lymphoma
頭頸部がん|head and neck cancer
腎細胞がん|renal cell carcinoma
膀胱がん|bladder cancer
悪性中皮腫|malignant mesothelioma`,
  ),
  ...d(
    'cancer',
    ['cancer', 'rare'],
    `
骨軟部肉腫|bone and soft-tissue sarcoma
希少がん|rare cancers`,
  ),
  ...d(
    'cancer',
    ['cancer', 'child'],
    `
神経芽腫|neuroblastoma
小児急性リンパ性白血病|childhood acute lymphoblastic leukaemia
小児脳腫瘍|paediatric brain tumours`,
  ),
  ...d(
    'cardio',
    ['lifestyle'],
    `
2型糖尿病|type 2 diabetes
心不全|heart failure
心筋梗塞|myocardial infarction
高血圧|hypertension
心房細動|atrial fibrillation
非アルコール性脂肪肝炎|non-alcoholic steatohepatitis
肥満症|obesity disease
動脈硬化性疾患|atherosclerotic disease
脂質異常症|dyslipidaemia
大動脈瘤|aortic aneurysm
慢性閉塞性肺疾患|chronic obstructive pulmonary disease`,
  ),
  ...d(
    'cardio',
    ['lifestyle', 'neuro'],
    `
脳卒中|stroke`,
  ),
  ...d(
    'psych',
    ['neuro'],
    `
統合失調症|schizophrenia
うつ病|major depressive disorder
双極性障害|bipolar disorder
依存症|addiction
心的外傷後ストレス障害|post-traumatic stress disorder
摂食障害|eating disorders`,
  ),
  ...d(
    'psych',
    ['neuro', 'child'],
    `
自閉スペクトラム症|autism spectrum disorder
注意欠如・多動症|attention-deficit/hyperactivity disorder`,
  ),
  ...d(
    'neuro',
    ['neuro'],
    `
てんかん|epilepsy
片頭痛|migraine
慢性疼痛|chronic pain
脊髄損傷|spinal cord injury`,
  ),
  ...d(
    'dementia',
    ['aging', 'neuro'],
    `
アルツハイマー病|Alzheimer's disease
レビー小体型認知症|dementia with Lewy bodies
血管性認知症|vascular dementia
軽度認知障害|mild cognitive impairment`,
  ),
  ...d(
    'geriatric',
    ['aging'],
    `
フレイル|frailty
サルコペニア|sarcopenia
骨粗鬆症|osteoporosis
変形性膝関節症|knee osteoarthritis
誤嚥性肺炎|aspiration pneumonia`,
  ),
  ...d(
    'rare',
    ['rare', 'neuro'],
    `
筋萎縮性側索硬化症|amyotrophic lateral sclerosis
パーキンソン病|Parkinson's disease
多系統萎縮症|multiple system atrophy
脊髄小脳変性症|spinocerebellar degeneration
重症筋無力症|myasthenia gravis
多発性硬化症／視神経脊髄炎|multiple sclerosis and neuromyelitis optica
ハンチントン病|Huntington's disease
前頭側頭葉変性症|frontotemporal lobar degeneration`,
  ),
  ...d(
    'rare',
    ['rare', 'child'],
    `
脊髄性筋萎縮症|spinal muscular atrophy
筋ジストロフィー|muscular dystrophy
ドラベ症候群|Dravet syndrome
ライソゾーム病|lysosomal storage diseases
ミトコンドリア病|mitochondrial disease
低ホスファターゼ症|hypophosphatasia
胆道閉鎖症|biliary atresia
リンパ管腫症・ゴーハム病|lymphangiomatosis and Gorham–Stout disease`,
  ),
  ...d(
    'rare',
    ['rare'],
    `
もやもや病|moyamoya disease
全身性アミロイドーシス|systemic amyloidosis
表皮水疱症|epidermolysis bullosa
全身性エリテマトーデス|systemic lupus erythematosus
全身性強皮症|systemic sclerosis
特発性拡張型心筋症|idiopathic dilated cardiomyopathy
肥大型心筋症|hypertrophic cardiomyopathy
再生不良性貧血|aplastic anaemia
発作性夜間ヘモグロビン尿症|paroxysmal nocturnal haemoglobinuria
多発性嚢胞腎|polycystic kidney disease
後縦靱帯骨化症|ossification of the posterior longitudinal ligament
特発性間質性肺炎|idiopathic interstitial pneumonia
肺動脈性肺高血圧症|pulmonary arterial hypertension
網膜色素変性症|retinitis pigmentosa
原発性胆汁性胆管炎|primary biliary cholangitis
クローン病|Crohn's disease
潰瘍性大腸炎|ulcerative colitis
結節性硬化症|tuberous sclerosis complex
色素性乾皮症|xeroderma pigmentosum
ウィルソン病|Wilson disease
IgA腎症|IgA nephropathy`,
  ),
  ...d(
    'child',
    ['child'],
    `
先天性心疾患|congenital heart disease
早産児の合併症|complications of preterm birth
妊娠高血圧症候群|hypertensive disorders of pregnancy
小児喘息|childhood asthma
食物アレルギー|food allergy
川崎病|Kawasaki disease
不妊症|infertility`,
  ),
  ...d(
    'child',
    ['child', 'infect'],
    `
先天性サイトメガロウイルス感染症|congenital cytomegalovirus infection`,
  ),
  ...d(
    'infect',
    ['infect'],
    `
新型コロナウイルス感染症|COVID-19
インフルエンザ|influenza
結核|tuberculosis
薬剤耐性菌感染症|drug-resistant bacterial infections
デング熱|dengue fever
マラリア|malaria
RSウイルス感染症|respiratory syncytial virus infection
重症熱性血小板減少症候群|severe fever with thrombocytopenia syndrome
エムポックス|mpox
敗血症|sepsis
深在性真菌症|invasive fungal infections
顧みられない熱帯病|neglected tropical diseases`,
  ),
  ...d(
    'hepatitis',
    ['infect'],
    `
B型肝炎|hepatitis B
C型肝炎|hepatitis C
肝硬変|liver cirrhosis`,
  ),
  ...d(
    'hiv',
    ['infect'],
    `
HIV感染症|HIV infection`,
  ),
  ...d(
    'rare',
    ['rare', 'infect'],
    `
HTLV-1関連脊髄症|HTLV-1-associated myelopathy`,
  ),
  ...d(
    'immune',
    [],
    `
アトピー性皮膚炎|atopic dermatitis
関節リウマチ|rheumatoid arthritis
気管支喘息|bronchial asthma
花粉症|pollinosis
臓器移植後の拒絶反応|rejection after organ transplantation`,
  ),
  ...d(
    'kidney',
    ['lifestyle'],
    `
慢性腎臓病|chronic kidney disease
糖尿病性腎臓病|diabetic kidney disease
急性腎障害|acute kidney injury`,
  ),
  ...d(
    'sensory',
    ['aging'],
    `
加齢黄斑変性|age-related macular degeneration
緑内障|glaucoma
加齢性難聴|age-related hearing loss`,
  ),
  ...d(
    'sensory',
    [],
    `
水疱性角膜症|bullous keratopathy
感音難聴|sensorineural hearing loss`,
  ),
];

export function diseasesOf(groups: readonly DiseaseGroup[]): Disease[] {
  return DISEASES.filter((x) => groups.includes(x.group));
}

/** The disease-area codes of a period that a disease falls under (0–2). */
export function areaCodesFor(disease: Disease, periodId: 1 | 2 | 3): string[] {
  const out = new Set<string>();
  for (const key of disease.keys) {
    const code = AREA_BY_PERIOD[periodId][key];
    if (code) out.add(code);
  }
  return [...out].slice(0, 2);
}

const AREA_BY_PERIOD: Record<1 | 2 | 3, Partial<Record<AreaKey, string>>> = {
  1: { cancer: 'P1-CANCER', neuro: 'P1-NEURO', aging: 'P1-NEURO', infect: 'P1-INFECT', rare: 'P1-RARE' },
  2: {
    cancer: 'P2-CANCER',
    lifestyle: 'P2-LIFESTYLE',
    neuro: 'P2-NEURO',
    aging: 'P2-AGING',
    rare: 'P2-RARE',
    child: 'P2-CHILD',
    infect: 'P2-INFECT',
  },
  3: { cancer: 'P3-CANCER', rare: 'P3-RARE', child: 'P3-LIFECOURSE', aging: 'P3-LIFECOURSE', lifestyle: 'P3-LIFECOURSE' },
};

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
