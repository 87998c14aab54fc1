import * as highsModule from 'highs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../demo/demo.random.ts';
import { isFeasible, type OptimiserInput, optimiseAllocation } from './funds.optimiser.ts';

const MAN10 = 100_000;
type Solver = { solve(lp: string, options?: object): { Status: string; ObjectiveValue: number } };
// The package's CommonJS-style typings hide the ES module's default export from TypeScript.
const highsLoader = (highsModule as unknown as { default: () => Promise<Solver> }).default;

function randomRound(seed: number, n: number, groups: number): OptimiserInput {
  const rng = new Rng(seed);
  const items = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    amountYen: (1 + Math.floor(rng.next() * 500)) * MAN10,
    score: 1 + Math.floor(rng.next() * 100),
    group: 1 + Math.floor(rng.next() * groups),
  }));
  const total = items.reduce((s, i) => s + i.amountYen, 0);
  const groupLimits: Record<number, number> = {};
  for (let g = 1; g <= groups; g++) if (rng.next() < 0.7) groupLimits[g] = Math.round((total / groups) * (0.2 + rng.next() * 0.5));
  return { poolYen: Math.round(total * (0.2 + rng.next() * 0.5)), groupLimits, items };
}

function exhaustive(input: OptimiserInput): number {
  let best = 0;
  const n = input.items.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = input.items.filter((_, i) => mask & (1 << i)).map((i) => i.id);
    if (!isFeasible(input, chosen)) continue;
    const score = input.items.filter((i) => chosen.includes(i.id)).reduce((s, i) => s + i.score, 0);
    if (score > best) best = score;
  }
  return best;
}

function toLp(input: OptimiserInput): string {
  const x = (id: number) => `x${id}`;
  const lines = ['Maximize', ` obj: ${input.items.map((i) => `${i.score} ${x(i.id)}`).join(' + ')}`, 'Subject To'];
  // Amounts in 10万円 keep the coefficients small; every amount is a whole number of them.
  lines.push(` pool: ${input.items.map((i) => `${i.amountYen / MAN10} ${x(i.id)}`).join(' + ')} <= ${Math.floor(input.poolYen / MAN10)}`);
  for (const [g, limit] of Object.entries(input.groupLimits)) {
    const members = input.items.filter((i) => i.group === Number(g));
    if (members.length)
      lines.push(` g${g}: ${members.map((i) => `${i.amountYen / MAN10} ${x(i.id)}`).join(' + ')} <= ${Math.floor(limit / MAN10)}`);
  }
  lines.push('Binary', ` ${input.items.map((i) => x(i.id)).join(' ')}`, 'End');
  return lines.join('\n');
}

describe('allocation optimiser', () => {
  it('equals exhaustive search on 50 small random rounds, and its allocation is feasible', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const input = randomRound(seed, 4 + (seed % 9), 1 + (seed % 3));
      const result = optimiseAllocation(input);
      expect(isFeasible(input, result.chosen), `seed ${seed}`).toBe(true);
      expect(result.totalScore, `seed ${seed}`).toBe(exhaustive(input));
      const picked = input.items.filter((i) => result.chosen.includes(i.id));
      expect(result.totalYen).toBe(picked.reduce((s, i) => s + i.amountYen, 0));
      expect(result.totalScore).toBe(picked.reduce((s, i) => s + i.score, 0));
    }
  });

  it('equals the HiGHS MIP optimum on large rounds (120, 150 and 200 requests)', async () => {
    const highs = await highsLoader();
    for (const [seed, n, groups] of [
      [101, 120, 6],
      [103, 200, 6],
      [104, 150, 4],
    ] as const) {
      const input = randomRound(seed, n, groups);
      const result = optimiseAllocation(input);
      const mip = highs.solve(toLp(input), { mip_rel_gap: 0 });
      expect(mip.Status).toBe('Optimal');
      expect(isFeasible(input, result.chosen)).toBe(true);
      expect(result.totalScore, `seed ${seed}`).toBe(Math.round(mip.ObjectiveValue));
    }
  }, 180_000);

  it('never takes a request larger than the pool or its integrated project limit, nor one with score 0', () => {
    const result = optimiseAllocation({
      poolYen: 10 * MAN10,
      groupLimits: { 1: 3 * MAN10 },
      items: [
        { id: 1, amountYen: 11 * MAN10, score: 90, group: null },
        { id: 2, amountYen: 4 * MAN10, score: 80, group: 1 },
        { id: 3, amountYen: 5 * MAN10, score: 0, group: null },
        { id: 4, amountYen: 6 * MAN10, score: 10, group: 2 },
      ],
    });
    expect(result.chosen).toEqual([4]);
    expect(result.totalYen).toBe(6 * MAN10);
  });
});
