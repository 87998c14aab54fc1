import { tokenize } from '../../lib/text-search.ts';

/**
 * Text similarity for the "unreasonable duplication" check: cosine of term-frequency vectors
 * over the words of titles (counted twice) and abstracts, Japanese and English together, split
 * by the same segmentation as search (src/lib/text-search.ts). Particles, one-letter kana and Latin words and
 * common English function words carry no theme and are left out.
 */
const STOP = new Set(
  'a an and are as at be by for from in into is of on or the to with we our this that these using study research based new its'.split(' '),
);
const STOP_JA = new Set('ため から まで より など こと もの よる ある する いる れる おける ついて および または その この'.split(' '));
const SINGLE_NON_KANJI = /^[^\u4e00-\u9fff]$/;

export function termsOf(text: string): string[] {
  return tokenize(text).filter((w) => !STOP.has(w) && !STOP_JA.has(w) && !SINGLE_NON_KANJI.test(w) && !/^\d+$/.test(w));
}

export type Doc = { titleJa: string; titleEn: string; abstractJa: string; abstractEn: string };

export function vectorOf(doc: Doc): Map<string, number> {
  const v = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const t of termsOf(text)) v.set(t, (v.get(t) ?? 0) + weight);
  };
  add(`${doc.titleJa}\n${doc.titleEn}`, 2);
  add(`${doc.abstractJa}\n${doc.abstractEn}`, 1);
  return v;
}

/** Cosine similarity in [0, 1] and the shared terms that weigh most. */
export function similarity(a: Map<string, number>, b: Map<string, number>): { score: number; sharedTerms: string[] } {
  let dot = 0;
  const shared: [string, number][] = [];
  for (const [t, wa] of a) {
    const wb = b.get(t);
    if (wb) {
      dot += wa * wb;
      shared.push([t, wa * wb]);
    }
  }
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const denom = norm(a) * norm(b);
  const score = denom === 0 ? 0 : dot / denom;
  shared.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return { score: Math.round(score * 1000) / 1000, sharedTerms: shared.slice(0, 12).map(([t]) => t) };
}
