/**
 * The allocation optimiser of an adjustment-fund round: choose the requests that maximise the
 * sum of their scores while the chosen amounts stay within the round's pool and within each
 * integrated project's limit. A 0/1 knapsack with side constraints, solved exactly by
 * depth-first branch-and-bound. The bound at each node is the LP relaxation, which for these
 * nested (laminar) capacities is solved exactly by the greedy fill in score-per-yen order.
 * Scores are integers, so a node whose bound rounds down to the best found is cut.
 */
export type OptimiserItem = { id: number; amountYen: number; score: number; group: number | null };
export type OptimiserInput = { poolYen: number; groupLimits: Record<number, number>; items: OptimiserItem[] };
export type OptimiserResult = { chosen: number[]; totalScore: number; totalYen: number; nodes: number; exact: true };

type Prepared = { id: number; amount: number; score: number; group: number; ratio: number };

export function optimiseAllocation(input: OptimiserInput): OptimiserResult {
  const groupIndex = new Map<number, number>();
  const limits: number[] = [];
  const groupOf = (g: number | null): number => {
    const key = g ?? -1;
    let i = groupIndex.get(key);
    if (i === undefined) {
      i = limits.length;
      groupIndex.set(key, i);
      limits.push(g !== null && input.groupLimits[g] !== undefined ? input.groupLimits[g]! : Number.POSITIVE_INFINITY);
    }
    return i;
  };
  const items: Prepared[] = input.items
    .map((it) => ({ id: it.id, amount: it.amountYen, score: it.score, group: groupOf(it.group), ratio: it.score / it.amountYen }))
    .filter((it) => it.score > 0 && it.amount > 0 && it.amount <= input.poolYen && it.amount <= limits[it.group]!)
    .sort((a, b) => b.ratio - a.ratio || a.id - b.id);

  const state = { best: 0, bestSet: [] as number[], nodes: 0 };
  const current: number[] = [];
  const groupLeft = [...limits];

  const bound = (k: number, pool: number): number => {
    const left = [...groupLeft];
    let value = 0;
    let cap = pool;
    for (let i = k; i < items.length && cap > 0; i++) {
      const it = items[i]!;
      const take = Math.min(it.amount, cap, left[it.group]!);
      if (take <= 0) continue;
      value += take === it.amount ? it.score : it.ratio * take;
      cap -= take;
      left[it.group]! -= take;
    }
    return value;
  };

  const visit = (k: number, pool: number, value: number): void => {
    state.nodes++;
    if (value > state.best) {
      state.best = value;
      state.bestSet = [...current];
    }
    if (k >= items.length) return;
    if (Math.floor(value + bound(k, pool) + 1e-9) <= state.best) return;
    const it = items[k]!;
    if (it.amount <= pool && it.amount <= groupLeft[it.group]!) {
      current.push(k);
      groupLeft[it.group]! -= it.amount;
      visit(k + 1, pool - it.amount, value + it.score);
      groupLeft[it.group]! += it.amount;
      current.pop();
    }
    visit(k + 1, pool, value);
  };
  visit(0, input.poolYen, 0);

  const chosen = state.bestSet.map((k) => items[k]!.id).sort((a, b) => a - b);
  const totalYen = state.bestSet.reduce((s, k) => s + items[k]!.amount, 0);
  return { chosen, totalScore: state.best, totalYen, nodes: state.nodes, exact: true };
}

/** Checks a proposed set against the pool and the limits (used by tests and by the what-if view). */
export function isFeasible(input: OptimiserInput, chosen: number[]): boolean {
  const byId = new Map(input.items.map((i) => [i.id, i]));
  let total = 0;
  const perGroup = new Map<number, number>();
  for (const id of chosen) {
    const it = byId.get(id);
    if (!it) return false;
    total += it.amountYen;
    if (it.group !== null) perGroup.set(it.group, (perGroup.get(it.group) ?? 0) + it.amountYen);
  }
  if (total > input.poolYen) return false;
  for (const [g, sum] of perGroup) if (input.groupLimits[g] !== undefined && sum > input.groupLimits[g]!) return false;
  return true;
}
