import { AREA_CODES, AREA_TERMS, CATEGORIES } from './categories.terms.ts';

export type Match = { term: string; lang: 'ja' | 'en'; field: 'title' | 'abstract' };
export type ProjectText = { id: number; periodId: number; titleJa: string; titleEn: string; abstractJa: string; abstractEn: string };
export type Assignment = { projectId: number; scheme: 'area' | 'category'; code: string; matches: Match[]; score: number };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
type Compiled = { ja: string[]; en: RegExp[]; enTerms: string[] };
const compile = (t: { ja: string[]; en: string[] }): Compiled => ({
  ja: t.ja,
  en: t.en.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'iu')),
  enTerms: t.en,
});
const AREAS = Object.entries(AREA_TERMS).map(([key, t]) => ({ key, c: compile(t) }));
const CATS = CATEGORIES.map((c) => ({ code: c.code, c: compile(c) }));

function find(c: Compiled, p: ProjectText): Match[] {
  const out: Match[] = [];
  const fields = [
    ['title', p.titleJa, p.titleEn],
    ['abstract', p.abstractJa, p.abstractEn],
  ] as const;
  for (const [field, ja, en] of fields) {
    for (const term of c.ja) if (ja.includes(term) && !out.some((m) => m.term === term)) out.push({ term, lang: 'ja', field });
    c.en.forEach((re, i) => {
      const term = c.enTerms[i]!;
      if (re.test(en) && !out.some((m) => m.term === term)) out.push({ term, lang: 'en', field });
    });
  }
  return out;
}
/** Title matches weigh twice an abstract match. */
const score = (ms: Match[]) => ms.reduce((a, m) => a + (m.field === 'title' ? 2 : 1), 0);

/** Minimum score for a disease area: a title term, or two abstract terms. */
export const AREA_THRESHOLD = 2;

/** Disease areas (of the project's plan period) and finer categories, each with the terms that matched. */
export function categorise(p: ProjectText): Assignment[] {
  const out: Assignment[] = [];
  const codes = AREA_CODES[p.periodId] ?? {};
  const areaHits = new Map<string, Match[]>();
  for (const { key, c } of AREAS) {
    const code = codes[key];
    if (!code) continue;
    const ms = find(c, p);
    if (score(ms) >= AREA_THRESHOLD) areaHits.set(code, [...(areaHits.get(code) ?? []), ...ms]);
  }
  for (const [code, ms] of areaHits) out.push({ projectId: p.id, scheme: 'area', code, matches: ms, score: score(ms) });
  for (const { code, c } of CATS) {
    const ms = find(c, p);
    if (ms.length) out.push({ projectId: p.id, scheme: 'category', code, matches: ms, score: score(ms) });
  }
  return out;
}

/** Micro-averaged precision and recall of predicted against labelled sets, and per code. */
export function evaluate(pred: Map<number, Set<string>>, gold: Map<number, Set<string>>) {
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (code: string, k: 'tp' | 'fp' | 'fn') => {
    const e = per.get(code) ?? { tp: 0, fp: 0, fn: 0 };
    e[k]++;
    per.set(code, e);
  };
  for (const id of new Set([...pred.keys(), ...gold.keys()])) {
    const p = pred.get(id) ?? new Set();
    const g = gold.get(id) ?? new Set();
    for (const c of p) bump(c, g.has(c) ? 'tp' : 'fp');
    for (const c of g) if (!p.has(c)) bump(c, 'fn');
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  const total = [...per.values()].reduce((a, e) => ({ tp: a.tp + e.tp, fp: a.fp + e.fp, fn: a.fn + e.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    precision: ratio(total.tp, total.tp + total.fp),
    recall: ratio(total.tp, total.tp + total.fn),
    ...total,
    byCode: [...per.entries()]
      .sort()
      .map(([code, e]) => ({ code, ...e, precision: ratio(e.tp, e.tp + e.fp), recall: ratio(e.tp, e.tp + e.fn) })),
  };
}
