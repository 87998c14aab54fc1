import { tokenize } from '../../lib/text-search.ts';

/**
 * Text affinity between proposals and reviewers' past work (Japanese and English): BM25 over
 * the reviewers' papers with unigrams (Intl.Segmenter words) and adjacent-word bigrams; a
 * reviewer's score for a proposal is the best paper's score plus the mean of the three best
 * (one strong match matters most; several consistent matches mean real expertise), divided by
 * the proposal's score against itself so scores of different proposals are comparable (0..~1).
 */
export type Doc = { id: string; title: string; abstract: string };

const STOP = new Set(
  'a an and are as at be by for from has have in into is it its of on or our that the their this to was we were which with using based study novel new development'.split(
    ' ',
  ),
);

export function terms(text: string): string[] {
  const words = tokenize(text).filter((w) => !STOP.has(w) && !/^\d+$/.test(w));
  const out = words.slice();
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}_${words[i + 1]}`);
  return out;
}

const K1 = 1.2;
const B = 0.75;

export class Bm25Index {
  private postings = new Map<string, { doc: Int32Array; tf: Float32Array }>();
  private lengths: Float64Array;
  private avg: number;
  readonly size: number;

  constructor(docs: string[][]) {
    this.size = docs.length;
    this.lengths = Float64Array.from(docs.map((d) => d.length));
    this.avg = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, docs.length);
    const tmp = new Map<string, Array<[number, number]>>();
    docs.forEach((d, i) => {
      const tf = new Map<string, number>();
      for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        const list = tmp.get(t);
        if (list) list.push([i, n]);
        else tmp.set(t, [[i, n]]);
      }
    });
    for (const [t, list] of tmp)
      this.postings.set(t, { doc: Int32Array.from(list.map((x) => x[0])), tf: Float32Array.from(list.map((x) => x[1])) });
  }

  idf(term: string): number {
    const n = this.postings.get(term)?.doc.length ?? 0;
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /** BM25 of every document for the query terms (query term frequency counted once per occurrence, saturated). */
  score(query: string[], out = new Float64Array(this.size)): Float64Array {
    out.fill(0);
    const qtf = new Map<string, number>();
    for (const t of query) qtf.set(t, (qtf.get(t) ?? 0) + 1);
    for (const [t, q] of qtf) {
      const p = this.postings.get(t);
      if (!p) continue;
      const w = this.idf(t) * ((q * (K1 + 1)) / (q + K1));
      for (let i = 0; i < p.doc.length; i++) {
        const d = p.doc[i] as number;
        const tf = p.tf[i] as number;
        out[d] = (out[d] as number) + (w * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * (this.lengths[d] as number)) / this.avg));
      }
    }
    return out;
  }

  /** BM25 of a query against a document equal to itself: the normaliser. */
  selfScore(query: string[]): number {
    const qtf = new Map<string, number>();
    for (const t of query) qtf.set(t, (qtf.get(t) ?? 0) + 1);
    let s = 0;
    for (const [t, q] of qtf) {
      const w = this.idf(t) * ((q * (K1 + 1)) / (q + K1));
      s += (w * (q * (K1 + 1))) / (q + K1 * (1 - B + (B * query.length) / this.avg));
    }
    return s;
  }
}

export type ReviewerArchive = { reviewerId: string; papers: Doc[] };
export type AffinityScore = { submission: string; reviewer: string; score: number };

/** Scores every submission against every reviewer (higher = more expert). */
export function scoreAffinity(
  submissions: Doc[],
  archives: ReviewerArchive[],
  opts: { aggregate?: 'max+mean3' | 'mean' | 'max' } = {},
): AffinityScore[] {
  const paperReviewer: number[] = [];
  const docs: string[][] = [];
  archives.forEach((a, ri) => {
    for (const p of a.papers) {
      docs.push(terms(`${p.title}\n${p.abstract}`));
      paperReviewer.push(ri);
    }
  });
  const index = new Bm25Index(docs);
  const aggregate = opts.aggregate ?? 'max+mean3';
  const out: AffinityScore[] = [];
  const buf = new Float64Array(index.size);
  for (const s of submissions) {
    const q = terms(`${s.title}\n${s.abstract}`);
    const scores = index.score(q, buf);
    const norm = index.selfScore(q) || 1;
    const per: number[][] = archives.map(() => []);
    for (let d = 0; d < scores.length; d++) per[paperReviewer[d] as number]?.push(scores[d] as number);
    archives.forEach((a, ri) => {
      const xs = (per[ri] ?? []).sort((x, y) => y - x);
      if (xs.length === 0) {
        out.push({ submission: s.id, reviewer: a.reviewerId, score: 0 });
        return;
      }
      const top = xs.slice(0, 3);
      const mean3 = top.reduce((x, y) => x + y, 0) / top.length;
      const mean = xs.reduce((x, y) => x + y, 0) / xs.length;
      const raw = aggregate === 'max' ? (xs[0] as number) : aggregate === 'mean' ? mean : (xs[0] as number) + mean3;
      out.push({ submission: s.id, reviewer: a.reviewerId, score: raw / norm / (aggregate === 'max+mean3' ? 2 : 1) });
    });
  }
  return out;
}

/** Parses the OpenReview expertise layout: a JSON object keyed by id, a JSON array, or JSON lines of {id, content: {title, abstract}}. */
export function parseDocs(text: string): Doc[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const toDoc = (raw: unknown, key?: string): Doc => {
    const r = raw as { id?: string; content?: { title?: unknown; abstract?: unknown } };
    const field = (v: unknown) =>
      typeof v === 'string' ? v : typeof (v as { value?: unknown })?.value === 'string' ? (v as { value: string }).value : '';
    return { id: String(r.id ?? key ?? ''), title: field(r.content?.title), abstract: field(r.content?.abstract) };
  };
  try {
    const parsed = JSON.parse(trimmed) as unknown;
    if (Array.isArray(parsed)) return parsed.map((x) => toDoc(x));
    if (parsed && typeof parsed === 'object' && !('content' in parsed)) return Object.entries(parsed).map(([k, v]) => toDoc(v, k));
    return [toDoc(parsed)];
  } catch {
    return trimmed
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => toDoc(JSON.parse(l)));
  }
}
