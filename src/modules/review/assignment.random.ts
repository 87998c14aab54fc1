import { Rng } from '../demo/demo.random.ts';
import type { AssignmentInstance } from './assignment.solver.ts';

export type RandomInstanceSpec = {
  applications: number;
  reviewers: number;
  /** Fixed reviews per application, or a range drawn per application. */
  reviews: number | [number, number];
  conflictRate?: number;
  /** Share of applications asking for an industry reviewer / a clinician. */
  quotaRate?: number;
  pinned?: number;
  /** Slack of reviewer loads around the average (0 = tight). */
  loadSlack?: number;
  topics?: number;
};

/**
 * A seeded random assignment instance: affinities from topic vectors (like text similarity:
 * a few strong experts per application), conflicts, reviewer loads around the average,
 * industry (bit 0) and clinician (bit 1) reviewers as disjoint groups, quotas and pins.
 */
export function randomInstance(seed: number | string, spec: RandomInstanceSpec): AssignmentInstance {
  const rng = new Rng(seed);
  const { applications: A, reviewers: R } = spec;
  const T = spec.topics ?? 12;
  const topic = (n: number) => {
    const v = new Float32Array(n * T);
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < T; t++) v[i * T + t] = rng.next() ** 3;
      const j = i * T + rng.int(0, T - 1);
      v[j] = (v[j] as number) + 1.5;
    }
    return v;
  };
  const va = topic(A);
  const vr = topic(R);
  const affinity = new Int32Array(A * R);
  const conflictRate = spec.conflictRate ?? 0.02;
  for (let a = 0; a < A; a++) {
    for (let r = 0; r < R; r++) {
      let dot = 0;
      for (let t = 0; t < T; t++) dot += (va[a * T + t] as number) * (vr[r * T + t] as number);
      affinity[a * R + r] = rng.next() < conflictRate ? -1 : Math.round(300 * dot + 10 * rng.next());
    }
  }
  const reviewsPerApplication = new Int32Array(A);
  let slots = 0;
  for (let a = 0; a < A; a++) {
    const k = typeof spec.reviews === 'number' ? spec.reviews : rng.int(spec.reviews[0], spec.reviews[1]);
    reviewsPerApplication[a] = k;
    slots += k;
  }
  const avg = slots / R;
  const slack = spec.loadSlack ?? 1;
  const minLoad = new Int32Array(R);
  const maxLoad = new Int32Array(R);
  for (let r = 0; r < R; r++) {
    minLoad[r] = Math.max(0, Math.floor(avg - slack - rng.int(0, 1)));
    maxLoad[r] = Math.ceil(avg + slack + rng.int(0, 2));
  }
  const reviewerCategories = new Uint8Array(R);
  for (let r = 0; r < R; r++) {
    const x = rng.next();
    reviewerCategories[r] = x < 0.15 ? 1 : x < 0.4 ? 2 : 0;
  }
  const quotaMin = new Int32Array(A * 2);
  const quotaRate = spec.quotaRate ?? 0.3;
  for (let a = 0; a < A; a++) {
    if (rng.next() < quotaRate) quotaMin[a * 2] = 1;
    if (rng.next() < quotaRate) quotaMin[a * 2 + 1] = 1;
  }
  const pinned: Array<[number, number]> = [];
  for (let i = 0; i < (spec.pinned ?? 0); i++) {
    const a = rng.int(0, A - 1);
    const r = rng.int(0, R - 1);
    if ((affinity[a * R + r] as number) >= 0 && !pinned.some(([x, y]) => x === a || y === r)) pinned.push([a, r]);
  }
  return {
    applications: A,
    reviewers: R,
    affinity,
    reviewsPerApplication,
    minLoad,
    maxLoad,
    reviewerCategories,
    categories: 2,
    quotaMin,
    pinned,
  };
}
