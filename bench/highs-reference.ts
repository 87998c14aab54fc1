import * as highsModule from 'highs';
import type { Highs } from 'highs';

type Loader = () => Promise<Highs>;
const highsLoader = ((highsModule as unknown as { default?: Loader }).default ?? (highsModule as unknown as Loader)) as Loader;
import type { AssignmentInstance } from '../src/modules/review/assignment.solver.ts';

let loaded: Promise<Highs> | undefined;
export function loadHighs(): Promise<Highs> {
  if (!loaded) loaded = highsLoader();
  return loaded;
}

export type LpResult = { status: 'optimal' | 'infeasible' | 'other'; objective: number; seconds: number; columns: number };

/**
 * The LP relaxation of an assignment instance, solved by HiGHS (the reference for the exact
 * optimiser): x[a,r] ∈ [0,1] for every allowed pair (pinned pairs fixed to 1); per application
 * Σ x = reviews; per reviewer min ≤ Σ x ≤ max; per (application, quota category) Σ x over the
 * category's reviewers ≥ quota. Maximise Σ affinity·x.
 */
export function solveLp(highs: Highs, inst: AssignmentInstance, opts: { minAffinity?: number; timeLimit?: number } = {}): LpResult {
  const A = inst.applications;
  const R = inst.reviewers;
  const C = inst.categories ?? 0;
  const quotaRow = new Int32Array(A * Math.max(C, 1)).fill(-1);
  let rows = A + R;
  for (let a = 0; a < A; a++) for (let c = 0; c < C; c++) if ((inst.quotaMin?.[a * C + c] ?? 0) > 0) quotaRow[a * C + c] = rows++;
  const pinned = new Set((inst.pinned ?? []).map(([a, r]) => a * R + r));
  const minAff = opts.minAffinity ?? 0;
  let cols = 0;
  for (let i = 0; i < A * R; i++) {
    const v = inst.affinity[i] as number;
    if (v >= 0 && v >= minAff) cols++;
  }
  const colCost = new Float64Array(cols);
  const colLower = new Float64Array(cols);
  const colUpper = new Float64Array(cols).fill(1);
  const starts = new Int32Array(cols + 1);
  const idx: number[] = [];
  let j = 0;
  for (let a = 0; a < A; a++) {
    for (let r = 0; r < R; r++) {
      const v = inst.affinity[a * R + r] as number;
      if (v < 0 || v < minAff) continue;
      colCost[j] = v;
      if (pinned.has(a * R + r)) colLower[j] = 1;
      starts[j] = idx.length;
      idx.push(a, A + r);
      const cats = inst.reviewerCategories?.[r] ?? 0;
      for (let c = 0; c < C; c++) if (cats & (1 << c) && (quotaRow[a * C + c] as number) >= 0) idx.push(quotaRow[a * C + c] as number);
      j++;
    }
  }
  starts[cols] = idx.length;
  const rowLower = new Float64Array(rows);
  const rowUpper = new Float64Array(rows).fill(highs.infinity);
  for (let a = 0; a < A; a++) {
    rowLower[a] = inst.reviewsPerApplication[a] as number;
    rowUpper[a] = inst.reviewsPerApplication[a] as number;
  }
  for (let r = 0; r < R; r++) {
    rowLower[A + r] = inst.minLoad[r] as number;
    rowUpper[A + r] = inst.maxLoad[r] as number;
  }
  for (let a = 0; a < A; a++) for (let c = 0; c < C; c++) if ((quotaRow[a * C + c] as number) >= 0) rowLower[quotaRow[a * C + c] as number] = inst.quotaMin?.[a * C + c] as number;
  const indices = Int32Array.from(idx);
  const t0 = performance.now();
  return highs.withModel(
    {
      numCols: cols,
      numRows: rows,
      sense: highs.constants.objectiveSense.maximize,
      colCost,
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      matrix: { format: 'csc', numRows: rows, numCols: cols, starts, indices, values: new Float64Array(indices.length).fill(1) },
    },
    (model) => {
      model.options.set({ output_flag: false, ...(opts.timeLimit ? { time_limit: opts.timeLimit } : {}) });
      model.run();
      const st = model.getModelStatus();
      const status: LpResult['status'] = st === highs.constants.modelStatus.optimal ? 'optimal' : st === highs.constants.modelStatus.infeasible ? 'infeasible' : 'other';
      return { status, objective: status === 'optimal' ? model.getObjectiveValue() : Number.NaN, seconds: (performance.now() - t0) / 1000, columns: cols };
    },
  );
}
