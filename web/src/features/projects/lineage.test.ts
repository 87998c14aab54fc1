import { describe, expect, it } from 'vitest';
import { orderLineage } from './lineage.ts';

const node = (id: number, start: number) => ({
  id,
  grantNumber: `G${id}`,
  titleJa: `課題${id}`,
  titleEn: `Project ${id}`,
  program: { id, nameJa: `事業${id}`, nameEn: `Program ${id}` },
  startFiscalYear: start,
  endFiscalYear: start + 2,
});

describe('lineage chain', () => {
  it('orders projects from the first program to the last, whatever order the API sends them in', () => {
    const chain = orderLineage(
      [node(3, 2022), node(1, 2016), node(2, 2019)],
      [
        { from: 2, to: 3, kind: 'handoff' },
        { from: 1, to: 2, kind: 'handoff' },
      ],
    );
    expect(chain.map((s) => [s.node.id, s.via])).toEqual([
      [1, null],
      [2, 'handoff'],
      [3, 'handoff'],
    ]);
  });

  it('keeps every node even when the links form a cycle', () => {
    const chain = orderLineage(
      [node(1, 2016), node(2, 2019)],
      [
        { from: 1, to: 2, kind: 'continuation' },
        { from: 2, to: 1, kind: 'continuation' },
      ],
    );
    expect(chain).toHaveLength(2);
  });
});
