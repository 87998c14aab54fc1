import { describe, expect, it } from 'vitest';
import { loadHighs, solveLp } from '../../../bench/highs-reference.ts';
import { randomInstance } from './assignment.random.ts';
import { reassignAfterDecline, solveAssignment, solveFair } from './assignment.solver.ts';

describe('exact assignment optimiser', () => {
  it('equals the HiGHS LP optimum on 50 random instances with loads, quotas, conflicts and pins (and agrees on infeasibility)', async () => {
    const highs = await loadHighs();
    let feasible = 0;
    for (let i = 0; i < 50; i++) {
      const inst = randomInstance(`lp-${i}`, {
        applications: 6 + (i % 20),
        reviewers: 8 + (i % 9),
        reviews: [1, 3],
        conflictRate: 0.08,
        quotaRate: 0.3,
        pinned: i % 3,
        loadSlack: 1 + (i % 2),
      });
      // A small first round forces column generation (pricing) to do real work.
      const ours = solveAssignment(inst, { topK: 2 });
      const lp = solveLp(highs, inst);
      if (ours.feasible) {
        feasible++;
        expect(lp.status, `instance ${i}`).toBe('optimal');
        expect(ours.totalAffinity, `instance ${i}`).toBe(Math.round(lp.objective));
        expect(Math.abs(lp.objective - ours.totalAffinity)).toBeLessThan(1e-6);
      } else {
        expect(lp.status, `instance ${i}`).toBe('infeasible');
        expect(ours.violations.length).toBeGreaterThan(0);
      }
    }
    expect(feasible).toBeGreaterThanOrEqual(15);
  });

  it('returns a valid assignment: exact reviews per application, loads within bounds, no forbidden pair, quotas met, pins kept', () => {
    const inst = randomInstance('valid', {
      applications: 40,
      reviewers: 30,
      reviews: [2, 4],
      conflictRate: 0.1,
      quotaRate: 0.3,
      pinned: 3,
      loadSlack: 2,
    });
    const r = solveAssignment(inst);
    expect(r.feasible).toBe(true);
    const perApp = new Array(inst.applications).fill(0);
    const load = new Array(inst.reviewers).fill(0);
    const cats = new Array(inst.applications * 2).fill(0);
    for (const [a, v] of r.pairs) {
      expect(inst.affinity[a * inst.reviewers + v]).toBeGreaterThanOrEqual(0);
      perApp[a]++;
      load[v]++;
      const c = inst.reviewerCategories?.[v] ?? 0;
      if (c & 1) cats[a * 2]++;
      if (c & 2) cats[a * 2 + 1]++;
    }
    expect(new Set(r.pairs.map(([a, v]) => `${a}:${v}`)).size).toBe(r.pairs.length);
    perApp.forEach((n, a) => {
      expect(n).toBe(inst.reviewsPerApplication[a]);
    });
    load.forEach((n, v) => {
      expect(n).toBeGreaterThanOrEqual(inst.minLoad[v] as number);
      expect(n).toBeLessThanOrEqual(inst.maxLoad[v] as number);
    });
    for (let i = 0; i < cats.length; i++) expect(cats[i]).toBeGreaterThanOrEqual(inst.quotaMin?.[i] as number);
    for (const [a, v] of inst.pinned ?? []) expect(r.pairs).toContainEqual([a, v]);
  });

  it('diagnoses an infeasible instance: names the application that has too few reviewers without a conflict', () => {
    const inst = randomInstance('diag', { applications: 10, reviewers: 8, reviews: 2, conflictRate: 0, quotaRate: 0, loadSlack: 3 });
    inst.minLoad.fill(0);
    for (let r = 0; r < 7; r++) inst.affinity[3 * 8 + r] = -1;
    const r = solveAssignment(inst);
    expect(r.feasible).toBe(false);
    expect(r.violations).toEqual([{ kind: 'reviews_per_application', application: 3, missing: 1 }]);
  });

  it('diagnoses an unmet quota: an application asks for a clinician but every clinician is conflicted', () => {
    const inst = randomInstance('quota', { applications: 6, reviewers: 10, reviews: 2, conflictRate: 0, quotaRate: 0, loadSlack: 3 });
    inst.minLoad.fill(0);
    inst.quotaMin?.fill(0);
    (inst.quotaMin as Int32Array)[2 * 2 + 1] = 1;
    for (let r = 0; r < 10; r++) if ((inst.reviewerCategories?.[r] ?? 0) & 2) inst.affinity[2 * 10 + r] = -1;
    const r = solveAssignment(inst);
    expect(r.violations).toEqual([{ kind: 'quota', application: 2, category: 1, missing: 1 }]);
  });

  it('fairness mode raises the weakest pair: its minimum affinity is at least the plain optimum’s, its total at most', () => {
    const inst = randomInstance('fair', { applications: 30, reviewers: 15, reviews: 2, conflictRate: 0.05, quotaRate: 0, loadSlack: 2 });
    const plain = solveAssignment(inst);
    const fair = solveFair(inst);
    const minOf = (pairs: Array<[number, number]>) => Math.min(...pairs.map(([a, r]) => inst.affinity[a * inst.reviewers + r] as number));
    expect(fair.feasible).toBe(true);
    expect(minOf(fair.pairs)).toBe(fair.threshold);
    expect(minOf(fair.pairs)).toBeGreaterThanOrEqual(minOf(plain.pairs));
    expect(fair.totalAffinity).toBeLessThanOrEqual(plain.totalAffinity);
  });

  it('re-assigns after a decline without moving any other pair', () => {
    const inst = randomInstance('decline', {
      applications: 30,
      reviewers: 15,
      reviews: 2,
      conflictRate: 0.05,
      quotaRate: 0.2,
      loadSlack: 2,
    });
    inst.minLoad.fill(0);
    const first = solveAssignment(inst);
    const declined = first.pairs[5] as [number, number];
    const again = reassignAfterDecline(inst, first.pairs, declined);
    expect(again.feasible).toBe(true);
    const before = new Set(first.pairs.map(([a, r]) => `${a}:${r}`));
    const after = new Set(again.pairs.map(([a, r]) => `${a}:${r}`));
    expect(after.has(`${declined[0]}:${declined[1]}`)).toBe(false);
    const moved = [...before].filter((p) => !after.has(p));
    expect(moved).toEqual([`${declined[0]}:${declined[1]}`]);
    expect(again.pairs.filter(([a]) => a === declined[0])).toHaveLength(2);
  });
});
