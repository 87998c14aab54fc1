import type { LineageEdge, LineageNode } from '../../api/types.ts';

export type ChainStep = { node: LineageNode; via: LineageEdge['kind'] | null };

/**
 * Orders a lineage graph as a chain: each project followed by its successor, with the kind
 * of link that led to it. Branches (rare) are laid out in start-year order, so the result is
 * still one readable sequence; unlinked nodes keep their place by start year.
 */
export function orderLineage(nodes: LineageNode[], edges: LineageEdge[]): ChainStep[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const incoming = new Map<number, LineageEdge>();
  const outgoing = new Map<number, LineageEdge[]>();
  for (const e of edges) {
    if (!byId.has(e.from) || !byId.has(e.to)) continue;
    if (!incoming.has(e.to)) incoming.set(e.to, e);
    outgoing.set(e.from, [...(outgoing.get(e.from) ?? []), e]);
  }
  const byStart = (a: LineageNode, b: LineageNode) => a.startFiscalYear - b.startFiscalYear || a.id - b.id;
  const roots = nodes.filter((n) => !incoming.has(n.id)).sort(byStart);
  const out: ChainStep[] = [];
  const seen = new Set<number>();
  const visit = (node: LineageNode, via: ChainStep['via']) => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    out.push({ node, via });
    const next = (outgoing.get(node.id) ?? [])
      .map((e) => ({ e, n: byId.get(e.to) }))
      .filter((x): x is { e: LineageEdge; n: LineageNode } => !!x.n)
      .sort((a, b) => byStart(a.n, b.n));
    for (const { e, n } of next) visit(n, e.kind);
  };
  for (const r of roots) visit(r, null);
  // A cycle has no root; never drop a node.
  for (const n of [...nodes].sort(byStart)) visit(n, incoming.get(n.id)?.kind ?? null);
  return out;
}
