import { randomInstance } from '../src/modules/review/assignment.random.ts';
import { solveAssignment } from '../src/modules/review/assignment.solver.ts';
import { loadHighs, solveLp } from './highs-reference.ts';
import type { BenchRecord } from './run.ts';

/** Sizes (applications × reviewers, 3 reviews each); the last is the target. */
const SIZES: Array<[number, number]> = [
  [500, 150],
  [1000, 300],
  [2000, 600],
  [5000, 1500],
];
/** HiGHS gets this long per instance; past it (or out of Wasm memory) larger sizes are skipped. */
const HIGHS_TIME_LIMIT_S = Number(process.env.BENCH_HIGHS_TIME_LIMIT ?? 600);

/**
 * Exact reviewer assignment against the HiGHS LP of the same instance: 2% conflicts, reviewer
 * loads around the average (min avg−1..2, max avg+1..3), 30% of applications asking for an
 * industry reviewer and 30% for a clinician, 20 pinned pairs.
 */
export async function* run(): AsyncGenerator<BenchRecord> {
  const highs = await loadHighs();
  let highsOk = true;
  for (const [A, R] of SIZES) {
    const inst = randomInstance(`bench-${A}x${R}`, { applications: A, reviewers: R, reviews: 3, conflictRate: 0.02, quotaRate: 0.3, pinned: 20 });
    const context = { applications: A, reviewers: R, reviewsPerApplication: 3, candidatePairs: A * R };
    const t0 = performance.now();
    const ours = solveAssignment(inst);
    const seconds = (performance.now() - t0) / 1000;
    yield { name: 'assignment.optimiser.seconds', value: seconds, unit: 's', ...context, feasible: ours.feasible, objective: ours.totalAffinity, rounds: ours.stats.rounds, networkPairs: ours.stats.arcs, augmentations: ours.stats.augmentations };
    if (!highsOk) {
      yield { name: 'assignment.highs.skipped', value: 1, unit: 'flag', ...context, reason: 'a smaller size already exceeded the HiGHS time limit or memory' };
      continue;
    }
    try {
      const lp = solveLp(highs, inst, { timeLimit: HIGHS_TIME_LIMIT_S });
      yield { name: 'assignment.highs.seconds', value: lp.seconds, unit: 's', ...context, status: lp.status, objective: lp.objective, columns: lp.columns };
      if (lp.status === 'optimal') yield { name: 'assignment.objective_gap', value: Math.abs(lp.objective - ours.totalAffinity), unit: 'affinity', ...context };
      else highsOk = false;
    } catch (error) {
      highsOk = false;
      yield { name: 'assignment.highs.failed', value: 1, unit: 'flag', ...context, error: String(error).slice(0, 200) };
    }
  }
}
