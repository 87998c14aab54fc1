/**
 * Titles and abstracts as a program officer would write them, in Japanese with a faithful
 * English version, built from a project's topic (theme, disease, target, product...) and stage.
 */
import type { GenericStage } from '../projects/stages.ts';
import { capitalise, type Disease, type DiseaseGroup } from './corpus.diseases.ts';
import {
  BIOMARKERS,
  CELL_PRODUCTS,
  COUNTRIES,
  DEVICES,
  DRUG_MODALITIES,
  ELSI_TOPICS,
  fits,
  GENERIC_TARGETS,
  INFRA_TECH,
  INTERVENTIONS,
  METHODS,
  PARTNER_COUNTRIES,
  REGULATED_PRODUCTS,
  TARGETS,
  type Term,
  VACCINES,
} from './corpus.topics.ts';
import type { Rng } from './demo.random.ts';

export type Theme =
  | 'drug'
  | 'vaccine'
  | 'device'
  | 'regen'
  | 'diag'
  | 'basic'
  | 'genome'
  | 'data'
  | 'clinical'
  | 'infra'
  | 'regulatory'
  | 'health'
  | 'intl'
  | 'aspire'
  | 'elsi'
  | 'moonshot';

export type Topic = {
  theme: Theme;
  disease: Disease;
  target: Term;
  mod: Term;
  vaccine: Term;
  device: Term;
  purpose: Term;
  cell: (typeof CELL_PRODUCTS)[number];
  marker: Term;
  method: Term;
  extra: Term;
};
export type Text = { ja: string; en: string };

const ANTIBODY_MODS = new Set(['抗体医薬', '抗体薬物複合体', '二重特異性抗体']);
const MARKER_GROUPS: Record<string, DiseaseGroup[]> = {
  PETイメージングプローブ: ['cancer', 'dementia', 'neuro', 'rare'],
  網膜画像のAI解析: ['dementia', 'cardio', 'sensory', 'kidney'],
  呼気ガス分析: ['cancer', 'infect', 'cardio'],
};

/** Diseases of the pool that the theme can be about (a cell product or device must suit them). */
export function diseasesForTheme(theme: Theme, pool: readonly Disease[]): Disease[] {
  if (theme === 'regen') return pool.filter((d) => CELL_PRODUCTS.some((c) => fits(c.fit, d)));
  if (theme === 'device') return pool.filter((d) => DEVICES.some((x) => fits(x.fit, d)));
  return [...pool];
}

export function makeTopic(rng: Rng, theme: Theme, disease: Disease): Topic {
  const extraList =
    theme === 'infra'
      ? INFRA_TECH
      : theme === 'regulatory'
        ? REGULATED_PRODUCTS
        : theme === 'health'
          ? INTERVENTIONS
          : theme === 'intl'
            ? COUNTRIES
            : theme === 'aspire'
              ? PARTNER_COUNTRIES
              : ELSI_TOPICS;
  const target = rng.pick(TARGETS[disease.group] ?? GENERIC_TARGETS);
  const mods = DRUG_MODALITIES.filter(
    (m) => !ANTIBODY_MODS.has(m.ja) || (target.extracellular && (m.ja === '抗体医薬' || disease.group === 'cancer')),
  );
  const cells = CELL_PRODUCTS.filter((c) => fits(c.fit, disease));
  const devices = DEVICES.filter((x) => fits(x.fit, disease));
  const device = devices.length ? rng.pick(devices) : rng.pick(DEVICES);
  const markers = BIOMARKERS.filter((k) => !MARKER_GROUPS[k.ja] || MARKER_GROUPS[k.ja]!.includes(disease.group));
  return {
    theme,
    disease,
    target,
    mod: rng.pick(mods),
    vaccine: rng.pick(VACCINES),
    device,
    purpose: rng.pick(device.purposes),
    cell: cells.length ? rng.pick(cells) : CELL_PRODUCTS.find((c) => c.en === 'mesenchymal stem cells')!,
    marker: rng.pick(markers),
    method: rng.pick(METHODS),
    extra: rng.pick(extraList),
  };
}

/** "a" or "an" before an English phrase. */
const an = (s: string) => (/^[aeiou]/i.test(s) && !/^(uni|eu)/i.test(s) ? `an ${s}` : `a ${s}`);
type Band = 'early' | 'mid' | 'late';
const bandOf = (g: GenericStage): Band => (g === 'basic' || g === 'applied' ? 'early' : g === 'nonclinical' ? 'mid' : 'late');
type Tpl = (t: Topic) => Text;

const TITLES: Record<Theme, Partial<Record<Band, Tpl[]>> & { early: Tpl[] }> = {
  drug: {
    early: [
      ({ target: t, disease: d, mod: m }) => ({
        ja: `${t.ja}を標的とした${d.ja}に対する新規${m.ja}の開発`,
        en: `Development of a novel ${m.en} targeting ${t.en} for ${d.en}`,
      }),
      ({ target: t, disease: d, mod: m }) => ({
        ja: `${d.ja}治療薬の創出に向けた${t.ja}制御${m.ja}の探索研究`,
        en: `Exploratory research on ${an(m.en)} modulating ${t.en} towards a treatment for ${d.en}`,
      }),
    ],
    mid: [
      ({ target: t, disease: d, mod: m }) => ({
        ja: `${d.ja}に対する${t.ja}標的${m.ja}の非臨床POC取得と前臨床開発`,
        en: `Non-clinical proof of concept and preclinical development of ${an(m.en)} targeting ${t.en} for ${d.en}`,
      }),
    ],
    late: [
      ({ target: t, disease: d, mod: m }) => ({
        ja: `${d.ja}を対象とした${t.ja}標的${m.ja}の医師主導治験`,
        en: `Investigator-initiated trial of ${an(m.en)} targeting ${t.en} in patients with ${d.en}`,
      }),
      ({ target: t, disease: d, mod: m }) => ({
        ja: `${t.ja}を標的とする${m.ja}の${d.ja}患者を対象とした第I/II相試験`,
        en: `Phase I/II trial of ${an(m.en)} targeting ${t.en} in patients with ${d.en}`,
      }),
    ],
  },
  vaccine: {
    early: [
      ({ vaccine: v, disease: d }) => ({ ja: `${d.ja}に対する${v.ja}の開発`, en: `Development of ${an(v.en)} against ${d.en}` }),
      ({ vaccine: v, disease: d }) => ({
        ja: `${d.ja}に対する${v.ja}の抗原設計と免疫原性評価`,
        en: `Antigen design and immunogenicity of ${an(v.en)} against ${d.en}`,
      }),
    ],
    mid: [
      ({ vaccine: v, disease: d }) => ({
        ja: `${d.ja}に対する${v.ja}の非臨床試験と製造プロセス開発`,
        en: `Non-clinical studies and manufacturing process development of ${an(v.en)} against ${d.en}`,
      }),
    ],
    late: [
      ({ vaccine: v, disease: d }) => ({
        ja: `${d.ja}に対する${v.ja}の第I/II相臨床試験`,
        en: `Phase I/II clinical trial of ${an(v.en)} against ${d.en}`,
      }),
    ],
  },
  device: {
    early: [
      ({ device: x, purpose: p, disease: d }) => ({
        ja: `${d.ja}の${p.ja}のための${x.ja}の開発`,
        en: `Development of ${an(x.en)} for ${p.en} of ${d.en}`,
      }),
      ({ device: x, purpose: p, disease: d }) => ({
        ja: `${d.ja}の${p.ja}を目指した${x.ja}の要素技術開発`,
        en: `Core technologies of ${an(x.en)} for ${p.en} of ${d.en}`,
      }),
    ],
    mid: [
      ({ device: x, purpose: p, disease: d }) => ({
        ja: `${d.ja}の${p.ja}に向けた${x.ja}の最終仕様確定と非臨床評価`,
        en: `Final specification and non-clinical evaluation of ${an(x.en)} for ${p.en} of ${d.en}`,
      }),
    ],
    late: [
      ({ device: x, purpose: p, disease: d }) => ({
        ja: `${x.ja}を用いた${d.ja}の${p.ja}に関する医師主導治験`,
        en: `Investigator-initiated trial of ${an(x.en)} for ${p.en} of ${d.en}`,
      }),
      ({ device: x, purpose: p, disease: d }) => ({
        ja: `${d.ja}の${p.ja}のための${x.ja}の実用化開発`,
        en: `Practical development of ${an(x.en)} for ${p.en} of ${d.en}`,
      }),
    ],
  },
  regen: {
    early: [(t) => regenTitle(t, 'early')],
    mid: [(t) => regenTitle(t, 'mid')],
    late: [(t) => regenTitle(t, 'late')],
  },
  diag: {
    early: [
      ({ marker: k, disease: d }) => ({
        ja: `${k.ja}を用いた${d.ja}の早期診断法の開発`,
        en: `Development of an early diagnostic method for ${d.en} using ${k.en}`,
      }),
      ({ marker: k, disease: d }) => ({
        ja: `${d.ja}の層別化に向けた${k.ja}による診断技術の開発`,
        en: `Diagnostic technology based on ${k.en} for the stratification of ${d.en}`,
      }),
    ],
    mid: [
      ({ marker: k, disease: d }) => ({
        ja: `${k.ja}を用いた${d.ja}診断薬の分析性能評価`,
        en: `Analytical performance of ${an(`${d.en} diagnostic`)} using ${k.en}`,
      }),
    ],
    late: [
      ({ marker: k, disease: d }) => ({
        ja: `${k.ja}を用いた${d.ja}診断法の臨床性能試験`,
        en: `Clinical performance study of ${an(`${d.en} diagnostic`)} using ${k.en}`,
      }),
    ],
  },
  basic: {
    early: [
      ({ method: m, disease: d }) => ({ ja: `${m.ja}による${d.ja}の病態解明`, en: `Elucidating the pathogenesis of ${d.en} by ${m.en}` }),
      ({ target: t, disease: d }) => ({
        ja: `${d.ja}における${t.ja}の役割の解明と治療標的としての検証`,
        en: `The role of ${t.en} in ${d.en} and its validation as a therapeutic target`,
      }),
      ({ method: m, disease: d }) => ({
        ja: `${m.ja}を用いた${d.ja}の発症機序の解明`,
        en: `Mechanisms of onset of ${d.en} studied with ${m.en}`,
      }),
    ],
  },
  genome: {
    early: [
      ({ disease: d }) => ({
        ja: `全ゲノム解析による${d.ja}の発症関連遺伝子の同定`,
        en: `Identification of genes associated with ${d.en} by whole-genome sequencing`,
      }),
      ({ disease: d }) => ({
        ja: `バイオバンク試料を用いた${d.ja}のゲノム医療実装研究`,
        en: `Implementation research on genomic medicine for ${d.en} using biobank samples`,
      }),
      ({ disease: d }) => ({
        ja: `ポリジェニックリスクスコアを用いた${d.ja}の発症予測`,
        en: `Predicting ${d.en} with polygenic risk scores`,
      }),
    ],
  },
  data: {
    early: [
      ({ disease: d }) => ({
        ja: `${d.ja}の診療データベース構築とAIによる予後予測モデルの開発`,
        en: `A clinical database of ${d.en} and an AI-based prognostic model`,
      }),
      ({ disease: d }) => ({
        ja: `レセプト・健診データを用いた${d.ja}の重症化予防に関する研究`,
        en: `Preventing the progression of ${d.en} using claims and health check-up data`,
      }),
      ({ disease: d }) => ({ ja: `${d.ja}の患者レジストリの構築と利活用`, en: `Building and using a patient registry for ${d.en}` }),
    ],
  },
  clinical: {
    early: [
      ({ disease: d }) => ({
        ja: `${d.ja}の診療ガイドライン作成に資するエビデンス創出研究`,
        en: `Generating evidence for clinical practice guidelines on ${d.en}`,
      }),
      ({ disease: d }) => ({
        ja: `${d.ja}に対する既存治療の最適化を目指した臨床研究`,
        en: `Clinical research to optimise existing treatments for ${d.en}`,
      }),
    ],
    late: [
      ({ disease: d }) => ({
        ja: `${d.ja}に対する標準治療確立のための多施設共同ランダム化比較試験`,
        en: `Multicentre randomised controlled trial to establish standard treatment for ${d.en}`,
      }),
    ],
  },
  infra: {
    early: [
      ({ extra: x }) => ({
        ja: `${x.ja}による創薬研究支援基盤の高度化`,
        en: `Advancing drug discovery research infrastructure with ${x.en}`,
      }),
      ({ extra: x, disease: d }) => ({
        ja: `${x.ja}を活用した${d.ja}治療薬シーズの探索支援`,
        en: `Supporting the discovery of therapeutic seeds for ${d.en} using ${x.en}`,
      }),
    ],
  },
  regulatory: {
    early: [
      ({ extra: x }) => ({ ja: `${x.ja}の品質・安全性評価法の開発`, en: `Methods to evaluate the quality and safety of ${x.en}` }),
      ({ extra: x }) => ({
        ja: `${x.ja}の承認審査に資するガイドライン案の作成`,
        en: `Draft guidelines for the regulatory review of ${x.en}`,
      }),
    ],
  },
  health: {
    early: [
      ({ extra: x, disease: d }) => ({
        ja: `${d.ja}の予防に向けた${x.ja}のエビデンス構築`,
        en: `Building evidence for ${x.en} to prevent ${d.en}`,
      }),
      ({ extra: x, disease: d }) => ({
        ja: `${x.ja}による${d.ja}の重症化予防効果の検証`,
        en: `The effect of ${x.en} on preventing the progression of ${d.en}`,
      }),
    ],
  },
  intl: {
    early: [
      ({ extra: c, disease: d }) => ({
        ja: `${c.ja}における${d.ja}の診断法開発と疫学調査に関する国際共同研究`,
        en: `International joint research on diagnostics and epidemiology of ${d.en} in ${c.en}`,
      }),
      ({ extra: c, disease: d }) => ({
        ja: `${c.ja}における${d.ja}対策の強化に向けた共同研究`,
        en: `Joint research to strengthen control of ${d.en} in ${c.en}`,
      }),
    ],
  },
  aspire: {
    early: [
      ({ extra: c, disease: d, method: m }) => ({
        ja: `${m.ja}による${d.ja}研究の国際共同研究（${c.ja}）`,
        en: `International joint research with ${c.en} on ${d.en} using ${m.en}`,
      }),
    ],
  },
  elsi: {
    early: [({ extra: x }) => ({ ja: `${x.ja}に関する研究倫理・社会共創の研究`, en: `Research ethics and social co-creation in ${x.en}` })],
  },
  moonshot: {
    early: [
      ({ method: m, disease: d }) => ({
        ja: `${d.ja}の超早期予測・予防を実現する${m.ja}の研究開発`,
        en: `R&D on ${m.en} for ultra-early prediction and prevention of ${d.en}`,
      }),
      ({ disease: d }) => ({
        ja: `老化制御による${d.ja}の発症予防技術の開発`,
        en: `Technologies to prevent ${d.en} by controlling ageing`,
      }),
    ],
  },
};

function regenTitle({ cell: c, disease: d }: Topic, band: Band): Text {
  if (c.kind === 'virus')
    return band === 'late'
      ? { ja: `${d.ja}に対する腫瘍溶解性ウイルスの医師主導治験`, en: `Investigator-initiated trial of an oncolytic virus for ${d.en}` }
      : { ja: `${d.ja}に対する腫瘍溶解性ウイルス療法の開発`, en: `Development of oncolytic virus therapy for ${d.en}` };
  if (c.kind === 'gene') {
    if (band === 'early')
      return { ja: `${c.ja}を用いた${d.ja}に対する遺伝子治療法の開発`, en: `Development of a gene therapy for ${d.en} using ${c.en}` };
    if (band === 'mid')
      return {
        ja: `${c.ja}を用いた${d.ja}遺伝子治療の非臨床試験と製造法の確立`,
        en: `Non-clinical studies and manufacturing of a gene therapy for ${d.en} using ${c.en}`,
      };
    return {
      ja: `${c.ja}を用いた${d.ja}遺伝子治療の医師主導治験`,
      en: `Investigator-initiated trial of a gene therapy for ${d.en} using ${c.en}`,
    };
  }
  if (band === 'early')
    return { ja: `${c.ja}を用いた${d.ja}に対する細胞治療法の開発`, en: `Development of a cell therapy for ${d.en} using ${c.en}` };
  if (band === 'mid')
    return {
      ja: `${d.ja}に対する${c.ja}移植の非臨床安全性・有効性評価`,
      en: `Non-clinical safety and efficacy of ${c.en} transplantation for ${d.en}`,
    };
  return { ja: `${d.ja}を対象とした${c.ja}移植の臨床研究`, en: `Clinical study of ${c.en} transplantation for ${d.en}` };
}

export function titleOf(topic: Topic, stage: GenericStage, variant: number): Text {
  const set = TITLES[topic.theme];
  const band = bandOf(stage);
  const list = set[band] ?? set.mid ?? set.early;
  return list[variant % list.length]!(topic);
}

const BACKGROUND: Record<DiseaseGroup, (d: Disease) => Text> = {
  cancer: (d) => ({
    ja: `${d.ja}は早期発見が難しく、有効な治療選択肢が限られている。`,
    en: `Early detection of ${d.en} is difficult, and effective treatment options are limited.`,
  }),
  cardio: (d) => ({
    ja: `${d.ja}は患者数が多く、重症化の予防が大きな課題である。`,
    en: `Many patients live with ${d.en}, and preventing progression is a major challenge.`,
  }),
  psych: (d) => ({
    ja: `${d.ja}は発症機序が十分に解明されておらず、客観的な診断法と新たな治療法が求められている。`,
    en: `The mechanisms of ${d.en} are not fully understood, and objective diagnosis and new treatments are needed.`,
  }),
  neuro: (d) => ({
    ja: `${d.ja}は生活の質を大きく損ない、既存治療では十分な効果が得られない患者が多い。`,
    en: `Quality of life is greatly impaired in ${d.en}, and many patients do not respond well to existing treatments.`,
  }),
  dementia: (d) => ({
    ja: `高齢化の進展に伴い${d.ja}の患者数は増加しており、根本的な治療法の確立が急務である。`,
    en: `With population ageing the number of people with ${d.en} is rising, and a disease-modifying therapy is urgently needed.`,
  }),
  geriatric: (d) => ({
    ja: `高齢化の進展に伴い${d.ja}は要介護の主要な原因となっており、社会的負担が大きい。`,
    en: `With population ageing, ${d.en} has become a major cause of long-term care needs and a heavy burden on society.`,
  }),
  rare: (d) => ({
    ja: `${d.ja}は患者数が少なく、病態の解明と治療法の開発が十分に進んでいない。`,
    en: `Few patients have ${d.en}, so research on the pathophysiology and treatment has lagged.`,
  }),
  child: (d) => ({
    ja: `${d.ja}は小児・周産期の重要な疾患であり、成長・発達への影響が大きい。`,
    en: `In children and around birth, ${d.en} has a large impact on growth and development.`,
  }),
  infect: (d) => ({
    ja: `${d.ja}は公衆衛生上の重大な脅威であり、新たな予防・診断・治療手段が求められている。`,
    en: `New means of preventing, diagnosing and treating ${d.en}, a serious public health threat, are needed.`,
  }),
  hepatitis: (d) => ({
    ja: `${d.ja}は肝がんの主要な原因であり、根治を目指した治療法の開発が求められている。`,
    en: `${capitalise(d.en)} is a leading cause of liver cancer, and curative treatments are needed.`,
  }),
  hiv: (d) => ({
    ja: `${d.ja}は抗HIV療法により制御可能となったが、生涯にわたる服薬が必要であり根治法は確立していない。`,
    en: `${capitalise(d.en)} can be controlled with antiretroviral therapy, but treatment is lifelong and no cure exists.`,
  }),
  immune: (d) => ({
    ja: `${d.ja}は患者数が多く、生活の質を大きく損なう疾患であり、新たな治療法が求められている。`,
    en: `Many patients suffer from ${d.en}, which greatly impairs quality of life, and new treatments are needed.`,
  }),
  kidney: (d) => ({
    ja: `${d.ja}は末期腎不全と透析導入の主要な原因であり、進行を抑える治療法が求められている。`,
    en: `${capitalise(d.en)} is a leading cause of end-stage kidney disease and dialysis, and treatments that slow it are needed.`,
  }),
  sensory: (d) => ({
    ja: `${d.ja}は視覚・聴覚の障害を通じて生活の質を大きく損なう。`,
    en: `${capitalise(d.en)} greatly impairs quality of life through loss of vision or hearing.`,
  }),
};

const AIM: Record<Theme, Tpl> = {
  drug: ({ target: t, mod: m, disease: d }) => ({
    ja: `本研究では、${t.ja}を標的とする${m.ja}を創製し、${d.ja}に対する有効性を検証する。`,
    en: `This project creates ${an(m.en)} targeting ${t.en} and tests its efficacy against ${d.en}.`,
  }),
  vaccine: ({ vaccine: v, disease: d }) => ({
    ja: `本研究では、${d.ja}に対する${v.ja}を開発し、有効性と安全性を検証する。`,
    en: `This project develops ${an(v.en)} against ${d.en} and tests its efficacy and safety.`,
  }),
  device: ({ device: x, purpose: p, disease: d }) => ({
    ja: `本研究では、${d.ja}の${p.ja}を可能にする${x.ja}を開発する。`,
    en: `This project develops ${an(x.en)} that enables ${p.en} of ${d.en}.`,
  }),
  regen: ({ cell: c, disease: d }) => ({
    ja: `本研究では、${c.ja}を用いた${d.ja}の新たな治療法を開発する。`,
    en: `This project develops a new treatment for ${d.en} using ${c.en}.`,
  }),
  diag: ({ marker: k, disease: d }) => ({
    ja: `本研究では、${k.ja}を用いて${d.ja}を早期に高精度で検出する診断法を開発する。`,
    en: `This project develops a test that detects ${d.en} early and accurately using ${k.en}.`,
  }),
  basic: ({ target: t, disease: d }) => ({
    ja: `本研究では、${d.ja}における${t.ja}の役割を明らかにし、新たな治療標的を同定する。`,
    en: `This project clarifies the role of ${t.en} in ${d.en} and identifies new therapeutic targets.`,
  }),
  genome: ({ disease: d }) => ({
    ja: `本研究では、大規模ゲノム・臨床情報を統合解析し、${d.ja}の個別化医療の基盤を構築する。`,
    en: `This project integrates large-scale genomic and clinical data to lay the foundation for personalised care of ${d.en}.`,
  }),
  data: ({ disease: d }) => ({
    ja: `本研究では、多施設の診療データを統合し、${d.ja}の診療の質の向上に資するデータ基盤を構築する。`,
    en: `This project integrates multi-centre clinical data into a data platform that improves the quality of care for ${d.en}.`,
  }),
  clinical: ({ disease: d }) => ({
    ja: `本研究では、${d.ja}の診療に資する質の高い臨床エビデンスを創出する。`,
    en: `This project generates high-quality clinical evidence for the care of ${d.en}.`,
  }),
  infra: ({ extra: x }) => ({
    ja: `本研究では、${x.ja}を大学等の研究者に提供し、アカデミア創薬を支援する。`,
    en: `This project provides ${x.en} to academic researchers to support academic drug discovery.`,
  }),
  regulatory: ({ extra: x }) => ({
    ja: `本研究では、${x.ja}の評価に必要な科学的根拠を整理し、評価法を提案する。`,
    en: `This project compiles the scientific basis for evaluating ${x.en} and proposes evaluation methods.`,
  }),
  health: ({ extra: x, disease: d }) => ({
    ja: `本研究では、${x.ja}が${d.ja}の予防に与える効果を検証する。`,
    en: `This project tests the effect of ${x.en} on preventing ${d.en}.`,
  }),
  intl: ({ extra: c, disease: d }) => ({
    ja: `本研究では、${c.ja}の研究機関と共同で${d.ja}の実態を明らかにし、対策に資する知見を得る。`,
    en: `With research institutions in ${c.en}, this project clarifies the situation of ${d.en} and informs its control.`,
  }),
  aspire: ({ extra: c, disease: d }) => ({
    ja: `本研究では、${c.ja}のトップ研究者との国際共同研究により、${d.ja}研究の国際的な拠点を形成する。`,
    en: `Through joint research with leading researchers in ${c.en}, this project builds an international hub for research on ${d.en}.`,
  }),
  elsi: ({ extra: x }) => ({
    ja: `本研究では、${x.ja}に関する倫理的・法的・社会的課題を整理し、実践的な指針を提案する。`,
    en: `This project maps the ethical, legal and social issues of ${x.en} and proposes practical guidance.`,
  }),
  moonshot: ({ disease: d }) => ({
    ja: `本研究では、2040年までに${d.ja}の発症を予測・予防する技術の実現を目指す。`,
    en: `This project aims, by 2040, at technologies that predict and prevent ${d.en}.`,
  }),
};

const METHOD: Partial<Record<Theme, Tpl>> = {
  drug: ({ method: m }) => ({
    ja: `${m.ja}と構造展開を組み合わせて候補化合物を最適化し、疾患モデル動物で薬効と安全性を評価する。`,
    en: `Candidates are optimised by combining ${m.en} with structure–activity studies, and efficacy and safety are evaluated in animal models.`,
  }),
  device: () => ({
    ja: '臨床現場のニーズに基づいて要求仕様を定め、試作機による性能評価と動物試験を行う。',
    en: 'Requirements are set from clinical needs, and prototypes are evaluated for performance and in animal studies.',
  }),
  regen: () => ({
    ja: '製造工程と品質管理法を確立し、非臨床試験で安全性と有効性を確認する。',
    en: 'Manufacturing and quality control are established, and safety and efficacy are confirmed in non-clinical studies.',
  }),
  diag: () => ({
    ja: '多施設から収集した検体を用いて候補マーカーを検証し、測定系を構築する。',
    en: 'Candidate markers are validated with samples collected at several centres, and an assay is built.',
  }),
  basic: ({ method: m }) => ({
    ja: `${m.ja}を用いて患者由来試料と疾患モデルを解析する。`,
    en: `Patient samples and disease models are analysed with ${m.en}.`,
  }),
  genome: () => ({
    ja: 'バイオバンクの試料と全ゲノム解析データを用い、臨床情報と統合して解析する。',
    en: 'Biobank samples and whole-genome data are analysed together with clinical information.',
  }),
  data: () => ({
    ja: '標準化した形式でデータを収集し、機械学習による解析を行う。',
    en: 'Data are collected in a standard format and analysed with machine learning.',
  }),
  vaccine: () => ({
    ja: '抗原設計と製剤化を最適化し、動物モデルで免疫原性と防御効果を評価する。',
    en: 'Antigen design and formulation are optimised, and immunogenicity and protection are evaluated in animal models.',
  }),
};

const EXPECTED: Partial<Record<Theme, Text>> = {
  drug: {
    ja: '本研究の成果は、企業導出を通じて新たな治療薬の実用化につながることが期待される。',
    en: 'The results are expected to lead to a new medicine through licensing to a company.',
  },
  vaccine: {
    ja: '本研究の成果は、感染症有事に備えた国産ワクチンの迅速な供給に貢献する。',
    en: 'The results will help supply domestic vaccines quickly in an infectious disease emergency.',
  },
  device: {
    ja: '本研究により、患者負担の少ない医療機器の早期の薬事承認と事業化が期待される。',
    en: 'The project is expected to bring a less burdensome medical device to approval and market early.',
  },
  regen: {
    ja: '本研究の成果は、既存治療では効果が得られない患者に新たな治療選択肢を提供する。',
    en: 'The results will offer a new option to patients for whom existing treatments fail.',
  },
  diag: {
    ja: '本研究により、早期発見と適切な治療選択が可能となり、予後の改善が期待される。',
    en: 'Earlier detection and better treatment choices are expected to improve outcomes.',
  },
};
const EXPECTED_DEFAULT: Text = {
  ja: '本研究の成果は、関連する研究開発の加速と医療の質の向上に貢献することが期待される。',
  en: 'The results are expected to accelerate related R&D and improve the quality of care.',
};

const CLINICAL_AIM: Text = {
  ja: '医師主導治験により有効性と安全性を検証し、薬事承認申請に必要なデータを取得する。',
  en: 'An investigator-initiated trial will verify efficacy and safety and produce the data needed for a regulatory filing.',
};

/** 2–4 sentences: background, aim, method, expected results. */
export function abstractOf(topic: Topic, stage: GenericStage, sentences: number): Text {
  const parts: Text[] = [BACKGROUND[topic.disease.group](topic.disease), AIM[topic.theme](topic)];
  const method =
    bandOf(stage) === 'late' && ['drug', 'device', 'regen', 'diag', 'vaccine'].includes(topic.theme)
      ? CLINICAL_AIM
      : METHOD[topic.theme]?.(topic);
  if (sentences >= 3 && method) parts.push(method);
  if (sentences >= 4 || !method) parts.push(EXPECTED[topic.theme] ?? EXPECTED_DEFAULT);
  return { ja: parts.map((p) => p.ja).join(''), en: parts.map((p) => p.en).join(' ') };
}
