import { FlowNetwork } from './assignment.flow.ts';

/**
 * Exact reviewer assignment as a min-cost flow with supplies. Each application supplies its
 * number of reviews; the sink T demands their sum. Application → [quota node (application,
 * category): a quota arc weighted −M up to the quota, a free arc for the rest] → reviewer (a pair
 * arc, −affinity; pinned −affinity−M) → T (a min-load arc weighted −M, a free arc up to the max
 * load). An overflow arc application → T of cost +M takes reviews no reviewer can take.
 * M exceeds any total affinity, so the optimum first satisfies as many required units as possible,
 * then maximises affinity: when no overflow is used and every −M arc is full the instance is
 * feasible and the flow is an optimal assignment; otherwise those arcs name the violated
 * constraints. The constraint matrix (reviewer rows + per-application laminar rows) is a network
 * matrix, so the LP optimum is integral and equals this flow's value.
 *
 * 7.5M candidate pairs are too many for the flow itself: we solve on the top pairs of each
 * application, then price every pair with the final potentials (column generation). A pair with
 * negative reduced cost joins the network with one unit pushed over it (warm start) and the
 * shortest-path steps go on; when none remains, the potentials prove the flow optimal for the
 * full instance.
 */
export type AssignmentInstance = {
  applications: number;
  reviewers: number;
  /** affinity[a * reviewers + r] ≥ 0, or −1 for a forbidden pair (conflict, forbidden by staff). */
  affinity: Int32Array;
  reviewsPerApplication: Int32Array;
  minLoad: Int32Array;
  maxLoad: Int32Array;
  /** Bit c set = the reviewer belongs to quota category c (0 industry, 1 clinician, ...). */
  reviewerCategories?: Uint8Array;
  /** quotaMin[a * categories + c]: at least this many reviewers of category c on application a. */
  categories?: number;
  quotaMin?: Int32Array;
  pinned?: Array<[application: number, reviewer: number]>;
};

export type Violation =
  | { kind: 'reviews_per_application'; application: number; missing: number }
  | { kind: 'reviewer_min_load'; reviewer: number; missing: number }
  | { kind: 'quota'; application: number; category: number; missing: number }
  | { kind: 'pinned'; application: number; reviewer: number };

export type AssignmentResult = {
  feasible: boolean;
  /** True when the optimum is proven for the full instance (false only if a reviewer belongs to
   * two quota categories of the same application: then the pair counts for the first one). */
  exact: boolean;
  totalAffinity: number;
  pairs: Array<[application: number, reviewer: number]>;
  violations: Violation[];
  stats: { rounds: number; arcs: number; augmentations: number; pricedViolations: number[] };
};

export type SolveOptions = {
  /** Pairs kept per application in the first round (default max(5·reviews, 12)). */
  topK?: number;
  /** Only pairs with affinity ≥ this are allowed (fairness mode's threshold). */
  minAffinity?: number;
  onProgress?: (fraction: number) => void;
  shouldStop?: () => boolean;
};

export class AssignmentCancelled extends Error {}

type Built = {
  net: FlowNetwork;
  T: number;
  pairArc: number[];
  pairApp: number[];
  pairRev: number[];
  mArcs: Array<{ arc: number; v: Violation }>;
  overflow: Int32Array;
  target: (a: number, r: number) => number;
  crossing: boolean;
};

function bigM(inst: AssignmentInstance): number {
  let max = 0;
  for (let i = 0; i < inst.affinity.length; i++) if ((inst.affinity[i] as number) > max) max = inst.affinity[i] as number;
  let slots = 0;
  for (const k of inst.reviewsPerApplication) slots += k;
  return (max + 1) * (slots + 1) + 1;
}

/** Nodes: applications 0..A−1, quota nodes, reviewers, then T. */
function layout(inst: AssignmentInstance) {
  const C = inst.categories ?? 0;
  const A = inst.applications;
  const quotaNode = new Int32Array(A * Math.max(C, 1)).fill(-1);
  let next = A;
  for (let a = 0; a < A; a++) for (let c = 0; c < C; c++) if ((inst.quotaMin?.[a * C + c] ?? 0) > 0) quotaNode[a * C + c] = next++;
  const firstReviewer = next;
  return { C, quotaNode, firstReviewer, T: firstReviewer + inst.reviewers, nodes: firstReviewer + inst.reviewers + 1 };
}

function build(inst: AssignmentInstance, pairs: Array<[number, number]>, M: number): Built {
  const A = inst.applications;
  const R = inst.reviewers;
  const { C, quotaNode, firstReviewer, T, nodes } = layout(inst);
  const built: Built = {
    net: new FlowNetwork(nodes, pairs.length + 2 * R + 4 * A),
    T,
    pairArc: [],
    pairApp: [],
    pairRev: [],
    mArcs: [],
    overflow: new Int32Array(A),
    target: () => 0,
    crossing: false,
  };
  built.target = (a: number, r: number) => {
    const cats = inst.reviewerCategories?.[r] ?? 0;
    let found = -1;
    for (let c = 0; c < C; c++) {
      const q = quotaNode[a * C + c] as number;
      if (!(cats & (1 << c)) || q < 0) continue;
      if (found >= 0) built.crossing = true;
      else found = q;
    }
    return found >= 0 ? found : a;
  };
  const net = built.net;
  for (let a = 0; a < A; a++) {
    const k = inst.reviewsPerApplication[a] as number;
    net.excess[a] = k;
    net.excess[T] = (net.excess[T] as number) - k;
    for (let c = 0; c < C; c++) {
      const q = quotaNode[a * C + c] as number;
      if (q < 0) continue;
      const min = inst.quotaMin?.[a * C + c] as number;
      built.mArcs.push({ arc: net.addArc(a, q, min, -M), v: { kind: 'quota', application: a, category: c, missing: min } });
      if (k > min) net.addArc(a, q, k - min, 0);
    }
    if (k > 0) built.overflow[a] = net.addArc(a, T, k, M);
  }
  for (const [a, r] of pairs) addPair(inst, built, a, r, M, firstReviewer);
  for (let r = 0; r < R; r++) {
    const lo = inst.minLoad[r] as number;
    const hi = inst.maxLoad[r] as number;
    if (lo > 0)
      built.mArcs.push({ arc: net.addArc(firstReviewer + r, T, lo, -M), v: { kind: 'reviewer_min_load', reviewer: r, missing: lo } });
    if (hi > lo) net.addArc(firstReviewer + r, T, hi - lo, 0);
  }
  const order = new Int32Array(nodes);
  for (let v = 0; v < nodes; v++) order[v] = v;
  const roots = new Int32Array(A);
  for (let a = 0; a < A; a++) roots[a] = a;
  net.initPotentialsTopological(order, roots);
  return built;
}

function addPair(inst: AssignmentInstance, b: Built, a: number, r: number, M: number, firstReviewer: number): number {
  const aff = inst.affinity[a * inst.reviewers + r] as number;
  const isPinned = (inst.pinned ?? []).some(([x, y]) => x === a && y === r);
  const arc = b.net.addArc(b.target(a, r), firstReviewer + r, 1, isPinned ? -aff - M : -aff);
  if (isPinned) b.mArcs.push({ arc, v: { kind: 'pinned', application: a, reviewer: r } });
  b.pairArc.push(arc);
  b.pairApp.push(a);
  b.pairRev.push(r);
  return arc;
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i;
}

function allowed(inst: AssignmentInstance, a: number, r: number, minAffinity: number): boolean {
  const v = inst.affinity[a * inst.reviewers + r] as number;
  return v >= 0 && v >= minAffinity;
}

/** Top-k allowed reviewers per application, plus the pinned pairs. */
function initialPairs(inst: AssignmentInstance, topK: number, minAffinity: number, seen: Uint8Array): Array<[number, number]> {
  const R = inst.reviewers;
  const out: Array<[number, number]> = [];
  const add = (a: number, r: number) => {
    if (seen[a * R + r] || !allowed(inst, a, r, minAffinity)) return;
    seen[a * R + r] = 1;
    out.push([a, r]);
  };
  const C = inst.categories ?? 0;
  for (let a = 0; a < inst.applications; a++) {
    topReviewers(inst, a, topK, minAffinity, -1, add);
    for (let c = 0; c < C; c++)
      if ((inst.quotaMin?.[a * C + c] ?? 0) > 0) topReviewers(inst, a, 3 + 2 * (inst.quotaMin?.[a * C + c] as number), minAffinity, c, add);
  }
  for (const [a, r] of inst.pinned ?? []) add(a, r);
  reviewerTop(inst, minAffinity, add);
  return out;
}

/** The k best allowed reviewers of application a (of quota category c when c ≥ 0). */
function topReviewers(
  inst: AssignmentInstance,
  a: number,
  k: number,
  minAffinity: number,
  c: number,
  add: (a: number, r: number) => void,
): void {
  const R = inst.reviewers;
  const bestV = new Int32Array(k);
  const bestI = new Int32Array(k);
  let n = 0;
  for (let r = 0; r < R; r++) {
    const v = inst.affinity[a * R + r] as number;
    if (v < 0 || v < minAffinity) continue;
    if (c >= 0 && !((inst.reviewerCategories?.[r] ?? 0) & (1 << c))) continue;
    if (n === k && v <= (bestV[n - 1] as number)) continue;
    let i = n < k ? n++ : n - 1;
    while (i > 0 && (bestV[i - 1] as number) < v) {
      bestV[i] = bestV[i - 1] as number;
      bestI[i] = bestI[i - 1] as number;
      i--;
    }
    bestV[i] = v;
    bestI[i] = r;
  }
  for (let i = 0; i < n; i++) add(a, bestI[i] as number);
}

/** Each reviewer's best applications, twice the maximum load plus a few, so minimum loads can be met in the first round. */
function reviewerTop(inst: AssignmentInstance, minAffinity: number, add: (a: number, r: number) => void): void {
  const R = inst.reviewers;
  let K = 0;
  for (const hi of inst.maxLoad) K = Math.max(K, 2 * hi + 4);
  K = Math.min(K, inst.applications);
  if (K === 0) return;
  const bestV = new Int32Array(R * K).fill(-1);
  const bestI = new Int32Array(R * K);
  for (let a = 0; a < inst.applications; a++) {
    for (let r = 0; r < R; r++) {
      const v = inst.affinity[a * R + r] as number;
      const base = r * K;
      if (v < 0 || v < minAffinity || v <= (bestV[base + K - 1] as number)) continue;
      let i = K - 1;
      while (i > 0 && (bestV[base + i - 1] as number) < v) {
        bestV[base + i] = bestV[base + i - 1] as number;
        bestI[base + i] = bestI[base + i - 1] as number;
        i--;
      }
      bestV[base + i] = v;
      bestI[base + i] = a;
    }
  }
  for (let r = 0; r < R; r++) {
    const k = Math.min(K, 2 * (inst.maxLoad[r] as number) + 4);
    for (let i = 0; i < k; i++) if ((bestV[r * K + i] as number) >= 0) add(bestI[r * K + i] as number, r);
  }
}

/** Routes every excess; returns the number of steps. */
function route(net: FlowNetwork, A: number, opts: SolveOptions, slots: number): void {
  let steps = 0;
  for (let progress = true; progress; ) {
    progress = false;
    for (let v = 0; v < net.n; v++) {
      while ((net.excess[v] as number) > 0) {
        if (!net.stepFrom(v)) break;
        progress = true;
        if (++steps % 512 === 0) {
          if (opts.shouldStop?.()) throw new AssignmentCancelled('cancelled');
          opts.onProgress?.(Math.min(0.99, net.augmentations / Math.max(1, slots + A)));
        }
      }
    }
  }
}

/**
 * Prices every allowed pair outside the network; for each application the pair with the most
 * negative reduced cost (if any) joins the network with one unit pushed over it. Returns how
 * many pairs had a negative reduced cost.
 */
function price(inst: AssignmentInstance, b: Built, seen: Uint8Array, minAffinity: number, M: number, firstReviewer: number): number {
  const R = inst.reviewers;
  const pi = b.net.pi;
  const pinned = new Set((inst.pinned ?? []).map(([a, r]) => a * R + r));
  let negative = 0;
  for (let a = 0; a < inst.applications; a++) {
    let best = -1;
    let bestRc = 0;
    for (let r = 0; r < R; r++) {
      const i = a * R + r;
      if (seen[i] || !allowed(inst, a, r, minAffinity)) continue;
      const c = -(inst.affinity[i] as number) - (pinned.has(i) ? M : 0);
      const rc = c + (pi[b.target(a, r)] as number) - (pi[firstReviewer + r] as number);
      if (rc >= 0) continue;
      negative++;
      if (rc < bestRc) {
        bestRc = rc;
        best = r;
      }
    }
    if (best < 0) continue;
    seen[a * R + best] = 1;
    b.net.saturate(addPair(inst, b, a, best, M, firstReviewer));
  }
  return negative;
}

export function solveAssignment(inst: AssignmentInstance, opts: SolveOptions = {}): AssignmentResult {
  const minAffinity = opts.minAffinity ?? 0;
  const maxK = Math.max(0, ...inst.reviewsPerApplication);
  const topK = Math.min(inst.reviewers, opts.topK ?? Math.max(5 * maxK, 12));
  const M = bigM(inst);
  const seen = new Uint8Array(inst.applications * inst.reviewers);
  const b = build(inst, initialPairs(inst, topK, minAffinity, seen), M);
  const { firstReviewer } = layout(inst);
  let slots = 0;
  for (const k of inst.reviewsPerApplication) slots += k;
  const pricedViolations: number[] = [];
  for (let round = 1; ; round++) {
    route(b.net, inst.applications, opts, slots);
    b.net.tighten(range(firstReviewer, b.T));
    b.net.raise(range(inst.applications, firstReviewer));
    b.net.raise(range(0, firstReviewer));
    const added = price(inst, b, seen, minAffinity, M, firstReviewer);
    pricedViolations.push(added);
    if (added === 0)
      return finish(inst, b, { rounds: round, arcs: b.pairArc.length, augmentations: b.net.augmentations, pricedViolations });
  }
}

function finish(inst: AssignmentInstance, b: Built, stats: AssignmentResult['stats']): AssignmentResult {
  const chosen: Array<[number, number]> = [];
  let total = 0;
  for (let i = 0; i < b.pairArc.length; i++) {
    if (b.net.flow(b.pairArc[i] as number) > 0) {
      const a = b.pairApp[i] as number;
      const r = b.pairRev[i] as number;
      chosen.push([a, r]);
      total += inst.affinity[a * inst.reviewers + r] as number;
    }
  }
  const violations: Violation[] = [];
  for (let a = 0; a < inst.applications; a++) {
    const f = (inst.reviewsPerApplication[a] as number) > 0 ? b.net.flow(b.overflow[a] as number) : 0;
    if (f > 0) violations.push({ kind: 'reviews_per_application', application: a, missing: f });
  }
  for (const { arc, v } of b.mArcs) {
    const missing = b.net.cap[arc] as number;
    if (missing > 0) violations.push('missing' in v ? { ...v, missing } : v);
  }
  chosen.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { feasible: violations.length === 0, exact: !b.crossing, totalAffinity: total, pairs: chosen, violations, stats };
}

export function solveFair(inst: AssignmentInstance, opts: SolveOptions = {}): AssignmentResult & { threshold: number } {
  const values = Array.from(new Set(Array.from(inst.affinity).filter((v) => v >= 0))).sort((x, y) => x - y);
  const base = solveAssignment(inst, opts);
  if (!base.feasible || values.length === 0) return { ...base, threshold: 0 };
  let lo = 0;
  let hi = values.length - 1;
  let best: AssignmentResult = base;
  let bestTau = values[0] as number;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const r = solveAssignment(inst, { ...opts, minAffinity: values[mid] as number });
    if (r.feasible) {
      lo = mid;
      best = r;
      bestTau = values[mid] as number;
    } else hi = mid - 1;
  }
  return { ...best, threshold: bestTau };
}

/**
 * A reviewer declined an application: forbid that pair, pin every other current pair and
 * solve again. The pins (−M each) keep the rest in place whenever that is feasible; only the
 * open slot is filled (with the best reviewer who still has room and fits the quotas).
 */
export function reassignAfterDecline(
  inst: AssignmentInstance,
  current: Array<[number, number]>,
  declined: [application: number, reviewer: number],
  opts: SolveOptions = {},
): AssignmentResult {
  const affinity = inst.affinity.slice();
  affinity[declined[0] * inst.reviewers + declined[1]] = -1;
  const pinned = current.filter(([a, r]) => !(a === declined[0] && r === declined[1]));
  return solveAssignment({ ...inst, affinity, pinned }, opts);
}
