/**
 * Money per project, fiscal year and source, in integer yen rounded to 1,000 yen. Each year's
 * totals are matched exactly: subsidies (initial + operating grant) to the agency budget of the
 * slides (FY2015 1,248億円, FY2024 1,245億円), adjustment funds to 175億円 over a minority of
 * promising projects, supplementary budgets to the FY2020–FY2024 surge (Moonshot, vaccines,
 * SCARDA with 40 projects and 221億円 in FY2023, the venture ecosystem fund...).
 */
import { PROGRAM } from '../catalog/catalog.reference.ts';
import { genericStageOf } from '../projects/stages.ts';
import { PROGRAM_PROFILES } from './demo.programs.ts';
import { type Rng, splitExactly } from './demo.random.ts';
import type { GenBudget, GenProject } from './demo.types.ts';
import { FIRST_FY, LAST_FY } from './generate.projects.ts';
import { STORY_ADJUSTMENTS } from './generate.stories.ts';

const OKU = 100_000_000;
const MAN = 10_000;

/** 日本医療研究開発機構向け補助金等 (initial subsidies + operating grants), 億円 per fiscal year. */
export const SUBSIDY_OKU: Record<number, number> = {
  2015: 1248,
  2016: 1265,
  2017: 1266,
  2018: 1267,
  2019: 1266,
  2020: 1268,
  2021: 1266,
  2022: 1264,
  2023: 1262,
  2024: 1245,
  2025: 1257,
};
/** Supplementary budgets (補正), 億円: large in FY2020–FY2024, small otherwise. */
export const SUPPLEMENTARY_OKU: Record<number, number> = {
  2015: 0,
  2016: 12,
  2017: 0,
  2018: 8,
  2019: 25,
  2020: 1010,
  2021: 1080,
  2022: 1120,
  2023: 1090,
  2024: 1060,
  2025: 240,
};
export const ADJUSTMENT_OKU = 175;
export const SCARDA_FY2023_OKU = 221;
const SCARDA_PROGRAMS: string[] = [PROGRAM.SCARDA_VACCINE, PROGRAM.SCARDA_HUB];

/** A total in yen for a scale, kept a whole number of 万円. */
const total = (oku: number, scale: number) => Math.round((oku * OKU * scale) / MAN) * MAN;

export function generateBudgets(rng: Rng, projects: GenProject[], scale: number): GenBudget[] {
  const out: GenBudget[] = [];
  for (let fy = FIRST_FY; fy <= LAST_FY; fy++) {
    const subsidy: { p: number; w: number }[] = [];
    const supp: { p: number; w: number }[] = [];
    const scarda: { p: number; w: number }[] = [];
    projects.forEach((p, i) => {
      if (fy < p.start || fy > p.end) return;
      const w = p.base * (0.85 + 0.3 * rng.next()) * (fy === p.start ? 0.85 : 1);
      const funding = PROGRAM_PROFILES[p.program].funding;
      if (funding !== 'supplementary') subsidy.push({ p: i, w });
      else if (fy === 2023 && SCARDA_PROGRAMS.includes(p.program)) scarda.push({ p: i, w });
      else supp.push({ p: i, w });
    });

    push(out, subsidy, total(SUBSIDY_OKU[fy]!, scale), fy, (i) =>
      PROGRAM_PROFILES[projects[i]!.program].funding === 'operating_grant' ? 'operating_grant' : 'initial',
    );

    let suppTotal = total(SUPPLEMENTARY_OKU[fy]!, scale);
    if (scarda.length) {
      const t = total(SCARDA_FY2023_OKU, scale);
      push(out, scarda, t, fy, () => 'supplementary');
      suppTotal -= t;
    }
    if (suppTotal > 0) {
      // Years without supplementary programs: a small top-up for some promising projects.
      const pool = supp.length ? supp : rng.shuffle([...subsidy]).slice(0, Math.max(1, Math.round(subsidy.length * 0.015)));
      push(out, pool, suppTotal, fy, () => 'supplementary');
    }

    // Adjustment funds: about 9% of the year's subsidised projects, later stages favoured.
    const fixed = STORY_ADJUSTMENTS.filter((a) => a.fy === fy);
    const chosen = subsidy.filter(
      (s) => !fixed.some((f) => f.project === s.p) && rng.chance(genericStageOf(projects[s.p]!.stage) === 'basic' ? 0.05 : 0.11),
    );
    const adjTotal = total(ADJUSTMENT_OKU, scale) - fixed.reduce((s, f) => s + f.amount, 0);
    for (const f of fixed) out.push({ project: f.project, fy, source: 'adjustment', amount: f.amount });
    push(
      out,
      chosen.map((c) => ({ p: c.p, w: projects[c.p]!.base * rng.logNormal(1, 0.5) })),
      adjTotal,
      fy,
      () => 'adjustment',
    );
  }
  return out;
}

function push(out: GenBudget[], rows: { p: number; w: number }[], amount: number, fy: number, source: (p: number) => GenBudget['source']) {
  if (rows.length === 0) return;
  const shares = splitExactly(
    rows.map((r) => r.w),
    amount,
    1000,
  );
  rows.forEach((r, k) => {
    out.push({ project: r.p, fy, source: source(r.p), amount: shares[k] ?? 0 });
  });
}
