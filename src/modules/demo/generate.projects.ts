/**
 * The generic project portfolio: yearly cohorts of new projects (about 1,000 a year at scale 1),
 * each in a program running that year, with a modality, topic, stage, title, abstract and
 * disease areas that fit the program; a few percent continue an earlier project (lineage).
 * Projects that began before FY2015 are generated too and then treated as starting in FY2015.
 */
import { PROGRAM, PROGRAMS, type ProgramCode, periodOfFiscalYear } from '../catalog/catalog.reference.ts';
import { genericStageOf, LADDERS, type Modality } from '../projects/stages.ts';
import { areaCodesFor, DISEASES, type DiseaseGroup, diseasesOf } from './corpus.diseases.ts';
import { PROGRAM_PROFILES } from './demo.programs.ts';
import type { Rng } from './demo.random.ts';
import { abstractOf, diseasesForTheme, makeTopic, type Theme, type Topic, titleOf } from './demo.text.ts';
import type { GenLink, GenProject } from './demo.types.ts';

export const FIRST_FY = 2015;
export const LAST_FY = 2025;
/** Relative number of new projects per start year (FY2011–FY2014 cohorts give the FY2015 stock). */
const NEW_FACTOR: Record<number, number> = {
  2011: 0.95,
  2012: 0.97,
  2013: 0.98,
  2014: 1.0,
  2015: 1.0,
  2016: 0.97,
  2017: 1.0,
  2018: 1.02,
  2019: 0.98,
  2020: 1.03,
  2021: 1.0,
  2022: 1.02,
  2023: 0.99,
  2024: 0.98,
  2025: 1.04,
};
const DURATIONS = [1, 2, 3, 4, 5];
const DURATION_WEIGHTS = [0.2, 0.27, 0.38, 0.06, 0.09];
const LINK_SHARE = 0.035;
/** SCARDA's projects, placed by hand so that FY2023 shows its 40 projects. */
const SCARDA_PLAN: { program: ProgramCode; start: number; count: number; years: number[] }[] = [
  { program: PROGRAM.SCARDA_VACCINE, start: 2022, count: 20, years: [3, 4, 5] },
  { program: PROGRAM.SCARDA_HUB, start: 2022, count: 9, years: [5] },
  { program: PROGRAM.SCARDA_VACCINE, start: 2023, count: 11, years: [2, 3, 4] },
  { program: PROGRAM.SCARDA_VACCINE, start: 2024, count: 6, years: [2, 3] },
  { program: PROGRAM.SCARDA_VACCINE, start: 2025, count: 4, years: [2, 3] },
];

const programYears = new Map(PROGRAMS.map((p) => [p.code, { start: p.start, end: p.end ?? 9999 }]));
const runs = (code: ProgramCode, fy: number) => {
  const y = programYears.get(code)!;
  return y.start <= fy && fy <= y.end;
};

export type GenericPortfolio = { projects: GenProject[]; topics: Topic[]; links: GenLink[] };

export function generateProjects(rng: Rng, scale: number, offset: number): GenericPortfolio {
  const projects: GenProject[] = [];
  const topics: Topic[] = [];
  const links: GenLink[] = [];
  const endingIn = new Map<number, number[]>();
  const codes = PROGRAMS.map((p) => p.code).filter((c) => !PROGRAM_PROFILES[c].fixed);

  const add = (program: ProgramCode, realStart: number, years: number, pred: number | null) => {
    const start = Math.max(realStart, FIRST_FY);
    const end = Math.min(realStart + years - 1, programYears.get(program)!.end);
    if (end < start) return;
    const profile = PROGRAM_PROFILES[program];
    const predP = pred === null ? null : projects[pred - offset]!;
    const modality: Modality = predP?.modality ?? pickModality(rng, profile.mix);
    const topic = pred === null ? newTopic(rng, modality, profile.other, profile.groups) : topics[pred - offset]!;
    const ladder = LADDERS[modality];
    let rung = Math.round((profile.stage[0] + rng.next() * (profile.stage[1] - profile.stage[0])) * (ladder.length - 1));
    if (modality === 'other') rung = otherRung(rng, topic.theme);
    if (predP) rung = Math.min(ladder.length - 1, ladder.findIndex((r) => r.code === predP.stage) + rng.int(1, 2));
    const stage = ladder[rung]!.code;
    const generic = genericStageOf(stage);
    const title = titleOf(topic, generic, rng.int(0, 5));
    const abstract = abstractOf(topic, generic, rng.int(2, 4));
    const period = periodOfFiscalYear(start);
    const noAreas = ['infra', 'regulatory', 'elsi'].includes(topic.theme) || rng.chance(0.08);
    const status = end >= LAST_FY ? 'active' : end > start && rng.chance(0.015) ? 'terminated' : 'completed';
    const idx = offset + projects.length;
    projects.push({
      grantNumber: '',
      titleJa: title.ja,
      titleEn: title.en,
      abstractJa: abstract.ja,
      abstractEn: abstract.en,
      pi: -1,
      inst: -1,
      program,
      start,
      end,
      modality,
      stage,
      status,
      isPublic: rng.chance(0.97),
      areas: noAreas ? [] : areaCodesFor(topic.disease, period),
      base: rng.logNormal(profile.medianM * 1_000_000, 0.8),
      pred,
    });
    topics.push(topic);
    const list = endingIn.get(end) ?? [];
    list.push(idx);
    endingIn.set(end, list);
    if (predP && pred !== null) {
      const kind =
        program === predP.program
          ? 'continuation'
          : [PROGRAM.VENTURE, PROGRAM.STARTUP, PROGRAM.CICLE].includes(program as never)
            ? 'fast_path'
            : 'handoff';
      links.push({ pred, succ: idx, kind, ...LINK_NOTES[kind] });
    }
  };

  for (let fy = 2011; fy <= LAST_FY; fy++) {
    const year = Math.max(fy, FIRST_FY);
    const active = codes.filter((c) => runs(c, year) && PROGRAM_PROFILES[c].weight > 0);
    const count = Math.round(1000 * scale * NEW_FACTOR[fy]!);
    for (let i = 0; i < count; i++) {
      const program = rng.weighted(active, (c) => PROGRAM_PROFILES[c].weight);
      const profile = PROGRAM_PROFILES[program];
      const years = profile.durations ? rng.pick(profile.durations) : rng.weighted(DURATIONS, (d) => DURATION_WEIGHTS[d - 1]!);
      const pred = fy > FIRST_FY && rng.chance(LINK_SHARE) ? takePredecessor(rng, endingIn.get(fy - 1), projects, offset, program) : null;
      add(pred === null ? program : successorProgram(rng, projects[pred - offset]!, program, active, fy), fy, years, pred);
    }
    for (const plan of SCARDA_PLAN.filter((s) => s.start === fy)) {
      const n = Math.max(1, Math.round(plan.count * scale));
      for (let i = 0; i < n; i++) add(plan.program, fy, rng.pick(plan.years), null);
    }
  }
  return { projects, topics, links };
}

const LINK_NOTES = {
  handoff: {
    noteJa: '事業間連携による後継事業での継続支援（ペアリング・マッチング）',
    noteEn: 'Continued in a successor program through pairing and matching',
  },
  continuation: { noteJa: '同一事業内での次段階への継続', noteEn: 'Next phase within the same program' },
  fast_path: { noteJa: 'ファストパスによる企業導出・実用化への直行', noteEn: 'Fast path straight to licensing and practical use' },
} as const;

const taken = new WeakSet<GenProject>();
function takePredecessor(
  rng: Rng,
  candidates: number[] | undefined,
  projects: GenProject[],
  offset: number,
  program: ProgramCode,
): number | null {
  if (!candidates || candidates.length === 0) return null;
  for (let tries = 0; tries < 6; tries++) {
    const idx = rng.pick(candidates);
    const p = projects[idx - offset]!;
    if (taken.has(p) || p.status === 'terminated' || p.modality === 'other') continue;
    if (PROGRAM_PROFILES[program].mix[p.modality] === undefined && rng.chance(0.5)) continue;
    taken.add(p);
    return idx;
  }
  return null;
}

/** The drawn program if it takes the predecessor's modality; otherwise a running program that does. */
function successorProgram(rng: Rng, pred: GenProject, drawn: ProgramCode, active: ProgramCode[], fy: number): ProgramCode {
  if (PROGRAM_PROFILES[drawn].mix[pred.modality] !== undefined) return drawn;
  if (runs(pred.program, fy) && rng.chance(0.4)) return pred.program;
  const fits = active.filter((c) => (PROGRAM_PROFILES[c].mix[pred.modality] ?? 0) > 0);
  return fits.length ? rng.weighted(fits, (c) => PROGRAM_PROFILES[c].weight) : drawn;
}

function pickModality(rng: Rng, mix: Partial<Record<Modality, number>>): Modality {
  const entries = Object.entries(mix) as [Modality, number][];
  return rng.weighted(entries, (e) => e[1])[0];
}

function themeOf(rng: Rng, modality: Modality, other: Theme[], groups: readonly string[]): Theme {
  switch (modality) {
    case 'drug':
      return groups.length === 1 && groups[0] === 'infect' && rng.chance(0.6) ? 'vaccine' : 'drug';
    case 'device':
      return 'device';
    case 'regenerative':
      return 'regen';
    case 'diagnostic':
      return 'diag';
    default:
      return other.length ? rng.pick(other) : 'basic';
  }
}

/** 'other' projects sit where their theme does: clinical studies in clinical, discovery work in basic research. */
function otherRung(rng: Rng, theme: Theme): number {
  if (theme === 'clinical') return rng.chance(0.7) ? 3 : 1;
  if (['basic', 'moonshot', 'aspire', 'elsi', 'infra'].includes(theme)) return rng.chance(0.8) ? 0 : 1;
  return rng.chance(0.7) ? 1 : 0;
}

function newTopic(rng: Rng, modality: Modality, other: Theme[], groups: DiseaseGroup[]): Topic {
  const theme = themeOf(rng, modality, other, groups);
  const own = diseasesForTheme(theme, diseasesOf(groups));
  const pool = own.length ? own : diseasesForTheme(theme, DISEASES);
  return makeTopic(rng, theme, rng.pick(pool));
}

/** AMED-style grant numbers: JP + 2-digit FY + program letters + 7 digits, e.g. JP23ck0106123. */
export function assignGrantNumbers(projects: GenProject[]): void {
  const blockOf = new Map(PROGRAMS.map((p, i) => [p.code, String(i + 1).padStart(2, '0')]));
  const seq = new Map<string, number>();
  const used = new Set<string>();
  for (const p of projects) {
    const key = `${p.start}:${p.program}`;
    let n = (seq.get(key) ?? 100) + 1;
    let grant = '';
    do {
      grant = `JP${String(p.start % 100).padStart(2, '0')}${PROGRAM_PROFILES[p.program].letters}0${blockOf.get(p.program)}${String(n).padStart(4, '0')}`;
      n++;
    } while (used.has(grant));
    seq.set(key, n - 1);
    used.add(grant);
    p.grantNumber = grant;
  }
}
