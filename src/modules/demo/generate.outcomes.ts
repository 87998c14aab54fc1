/**
 * Outcomes per fiscal year. The 2nd period through FY2023 matches the slides exactly at scale 1:
 * 40 approvals, 434 licensings, 357 non-clinical PoCs and 6,090 top-journal papers (story
 * outcomes included). Each outcome goes to a project that is running (or just ended) that year
 * and whose modality and stage fit the kind of outcome.
 */
import { genericStageOf, LADDERS } from '../projects/stages.ts';
import { COMPANIES, OTHER_JOURNALS, TOP_JOURNALS } from './corpus.names.ts';
import type { Rng } from './demo.random.ts';
import type { Topic } from './demo.text.ts';
import type { GenOutcome, GenProject } from './demo.types.ts';
import { FIRST_FY, LAST_FY } from './generate.projects.ts';

type Kind =
  | 'approval'
  | 'licensing'
  | 'nonclinical_poc'
  | 'paper_top'
  | 'paper'
  | 'patent'
  | 'clinical_trial'
  | 'insurance_listing'
  | 'startup'
  | 'guideline';
const Y = (v: number[]) => Object.fromEntries(v.map((n, i) => [FIRST_FY + i, n])) as Record<number, number>;

/** Yearly counts FY2015–FY2025 at scale 1. FY2020–FY2023 sum to the slide's figures. */
export const OUTCOME_TARGETS: Record<Kind, Record<number, number>> = {
  approval: Y([4, 5, 6, 7, 7, 8, 11, 9, 12, 10, 3]),
  licensing: Y([55, 65, 75, 85, 90, 98, 107, 112, 117, 115, 40]),
  nonclinical_poc: Y([50, 58, 65, 72, 78, 82, 88, 91, 96, 95, 30]),
  paper_top: Y([900, 1000, 1100, 1200, 1300, 1430, 1500, 1560, 1600, 1620, 450]),
  paper: Y([1000, 1100, 1200, 1300, 1400, 1500, 1550, 1600, 1650, 1700, 500]),
  patent: Y([220, 240, 260, 280, 290, 300, 310, 320, 330, 330, 100]),
  clinical_trial: Y([110, 120, 125, 130, 135, 140, 150, 150, 155, 155, 50]),
  insurance_listing: Y([1, 2, 3, 3, 4, 4, 5, 6, 6, 7, 2]),
  startup: Y([2, 3, 4, 5, 6, 7, 8, 10, 14, 16, 5]),
  guideline: Y([15, 16, 18, 18, 20, 20, 22, 22, 24, 24, 8]),
};

const CATEGORY = { drug: 'drug', device: 'device', regenerative: 'regenerative', diagnostic: 'ivd' } as const;

export function generateOutcomes(
  rng: Rng,
  projects: GenProject[],
  topics: (Topic | null)[],
  story: GenOutcome[],
  scale: number,
): GenOutcome[] {
  const out: GenOutcome[] = [...story];
  const storyCount = (kind: Kind, fy: number) =>
    story.filter(
      (o) =>
        o.fy === fy &&
        (kind === 'paper_top'
          ? o.kind === 'paper' && o.topJournal
          : kind === 'paper'
            ? o.kind === 'paper' && !o.topJournal
            : o.kind === kind),
    ).length;
  let doi = 0;
  let trial = 0;
  const approved: number[] = [];

  for (let fy = FIRST_FY; fy <= LAST_FY; fy++) {
    const running = projects
      .map((_, i) => i)
      .filter((i) => projects[i]!.start <= fy && fy <= projects[i]!.end + 1 && projects[i]!.start < fy + 1 && topics[i]);
    const gen = (i: number) => genericStageOf(projects[i]!.stage);
    const pools: Record<Kind, number[]> = {
      approval: running.filter(
        (i) => projects[i]!.modality !== 'other' && ['clinical', 'practical'].includes(gen(i)) && projects[i]!.start < fy,
      ),
      licensing: running.filter((i) => projects[i]!.modality !== 'other' && ['applied', 'nonclinical', 'clinical'].includes(gen(i))),
      nonclinical_poc: running.filter((i) => projects[i]!.modality !== 'other' && ['applied', 'nonclinical'].includes(gen(i))),
      paper_top: running,
      paper: running,
      patent: running.filter((i) => projects[i]!.modality !== 'other'),
      clinical_trial: running.filter((i) => ['clinical', 'practical'].includes(gen(i))),
      insurance_listing: approved.length ? approved : running.filter((i) => gen(i) === 'practical'),
      startup: running.filter((i) => projects[i]!.modality !== 'other' && gen(i) !== 'basic'),
      guideline: running.filter((i) => projects[i]!.modality === 'other'),
    };
    for (const kind of Object.keys(OUTCOME_TARGETS) as Kind[]) {
      const n = Math.round(OUTCOME_TARGETS[kind][fy]! * scale) - storyCount(kind, fy);
      const pool = pools[kind];
      if (pool.length === 0) continue;
      for (let k = 0; k < n; k++) {
        const i = rng.pick(pool);
        const p = projects[i]!;
        const t = topics[i]!;
        const on = dateIn(rng, fy);
        const base = { project: i, fy, occurredOn: on, topJournal: false };
        switch (kind) {
          case 'paper_top':
          case 'paper': {
            doi++;
            const title = paperTitle(rng, t);
            const top = kind === 'paper_top';
            out.push({
              ...base,
              kind: 'paper',
              topJournal: top,
              titleJa: title.ja,
              titleEn: title.en,
              details: {
                doi: `10.5555/seedline.${fy}.${String(doi).padStart(6, '0')}`,
                journal: rng.pick(top ? TOP_JOURNALS : OTHER_JOURNALS),
              },
            });
            break;
          }
          case 'approval': {
            const product = productName(rng);
            const category = CATEGORY[p.modality as keyof typeof CATEGORY];
            const conditional = category === 'regenerative' && rng.chance(0.4);
            const indication = rng.chance(0.3) ? 'extended' : 'new';
            out.push({
              ...base,
              kind,
              titleJa: `${product.ja}の薬事承認${indication === 'extended' ? '（適応拡大）' : ''}`,
              titleEn: `Regulatory approval of ${product.en}${indication === 'extended' ? ' (extended indication)' : ''}`,
              details: {
                product: product.ja,
                productEn: product.en,
                category,
                indication,
                conditional,
                indicationJa: t.disease.ja,
                indicationEn: t.disease.en,
              },
            });
            p.stage = LADDERS[p.modality].at(-1)!.code;
            approved.push(i);
            break;
          }
          case 'licensing': {
            const c = companyFor(rng, p.modality);
            out.push({
              ...base,
              kind,
              titleJa: `${t.disease.ja}に関するシーズの${c.ja}への導出`,
              titleEn: `Seed for ${t.disease.en} licensed to ${c.en}`,
              details: { company: c.ja, companyEn: c.en, scope: rng.pick(['global', 'japan', 'asia', 'option']) },
            });
            break;
          }
          case 'nonclinical_poc':
            out.push({
              ...base,
              kind,
              titleJa: `${t.disease.ja}に対する非臨床POCの取得`,
              titleEn: `Non-clinical proof of concept for ${t.disease.en}`,
              details: { modality: p.modality },
            });
            break;
          case 'patent':
            out.push({
              ...base,
              kind,
              titleJa: `${t.disease.ja}の治療又は診断に関する特許出願`,
              titleEn: `Patent application on the treatment or diagnosis of ${t.disease.en}`,
              details: { applicationNumber: `特願${fy}-${String(rng.int(1, 199999)).padStart(6, '0')}` },
            });
            break;
          case 'clinical_trial': {
            trial++;
            const jrct = rng.chance(0.8);
            const trialId = jrct
              ? `jRCT${rng.pick(['1', '2'])}0${rng.int(3, 8)}${String(fy % 100).padStart(2, '0')}${String(trial).padStart(5, '0')}`
              : `NCT0${String(4_000_000 + trial * 37 + rng.int(0, 36)).padStart(7, '0')}`;
            out.push({
              ...base,
              kind,
              titleJa: `${t.disease.ja}を対象とした臨床試験の開始`,
              titleEn: `Clinical trial started in ${t.disease.en}`,
              details: { registry: jrct ? 'jRCT' : 'NCT', trialId, phase: rng.pick(['I', 'I/II', 'II', 'III']) },
            });
            break;
          }
          case 'insurance_listing':
            out.push({
              ...base,
              kind,
              titleJa: `${t.disease.ja}の新規治療・検査の保険収載`,
              titleEn: `Insurance listing of a new treatment or test for ${t.disease.en}`,
              details: {},
            });
            break;
          case 'startup': {
            const c = companyFor(rng, p.modality);
            out.push({
              ...base,
              kind,
              titleJa: `研究成果に基づくスタートアップの設立（${c.ja}）`,
              titleEn: `Start-up founded on the results (${c.en})`,
              details: { company: c.ja, companyEn: c.en },
            });
            break;
          }
          case 'guideline':
            out.push({
              ...base,
              kind,
              titleJa: `${t.disease.ja}診療ガイドラインへの反映`,
              titleEn: `Results adopted in clinical practice guidelines for ${t.disease.en}`,
              details: {},
            });
            break;
        }
      }
    }
  }
  return out;
}

function dateIn(rng: Rng, fy: number): string {
  const m = rng.int(0, 11);
  const month = ((m + 3) % 12) + 1;
  const year = month >= 4 ? fy : fy + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

function paperTitle(rng: Rng, t: Topic): { ja: string; en: string } {
  switch (rng.int(0, 2)) {
    case 0:
      return { ja: `${t.disease.ja}における${t.target.ja}の新たな役割`, en: `A novel role of ${t.target.en} in ${t.disease.en}` };
    case 1:
      return {
        ja: `${t.method.ja}による${t.disease.ja}の分子病態の解明`,
        en: `Molecular pathology of ${t.disease.en} revealed by ${t.method.en}`,
      };
    default:
      return {
        ja: `${t.disease.ja}患者における${t.marker.ja}の臨床的意義`,
        en: `Clinical significance of ${t.marker.en} in patients with ${t.disease.en}`,
      };
  }
}

const SYLLABLES = ['ア', 'カ', 'サ', 'ナ', 'ラ', 'リ', 'ル', 'ミ', 'ソ', 'テ', 'ノ', 'ヴィ', 'ゼ', 'ロ', 'セ', 'ト'];
const ROMAJI = ['a', 'ka', 'sa', 'na', 'ra', 'ri', 'ru', 'mi', 'so', 'te', 'no', 'vi', 'ze', 'ro', 'se', 'to'];
/** A fictional product name such as 「ソラミテ」 (Soramite). */
function productName(rng: Rng): { ja: string; en: string } {
  let ja = '';
  let en = '';
  for (let i = 0, n = rng.int(3, 4); i < n; i++) {
    const k = rng.int(0, SYLLABLES.length - 1);
    ja += SYLLABLES[k];
    en += ROMAJI[k];
  }
  return { ja, en: en.charAt(0).toUpperCase() + en.slice(1) };
}

function companyFor(rng: Rng, modality: string) {
  const fit = COMPANIES.filter((c) => c.kind === modality || (modality === 'diagnostic' && c.kind === 'diagnostic'));
  return rng.pick(fit.length ? fit : COMPANIES);
}
