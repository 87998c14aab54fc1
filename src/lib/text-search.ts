/**
 * Japanese has no spaces between words, so Postgres' built-in parsers cannot split it.
 * We split with Intl.Segmenter (ICU's dictionary, built into Node) into words, keep
 * word-like segments, lowercase them and join with spaces: the 'simple' text-search
 * configuration then indexes each word as is. Queries go through the same function.
 */
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text.normalize('NFKC').toLowerCase())) {
    if (!s.isWordLike) continue;
    const w = s.segment.trim();
    if (w) out.push(w);
  }
  return out;
}

/** The text stored in projects.search_text. */
export function searchTextOf(...fields: (string | null | undefined)[]): string {
  return tokenize(fields.filter(Boolean).join('\n')).join(' ');
}

/**
 * A tsquery in which every word of the query must appear (AND), each as a prefix
 * so that 膵 finds 膵がん and "pancrea" finds "pancreatic". Returns null for an empty query.
 * Tokens are quoted for to_tsquery so punctuation cannot break the syntax.
 */
export function toTsQuery(query: string): string | null {
  const words = tokenize(query).slice(0, 16);
  if (words.length === 0) return null;
  return words.map((w) => `'${w.replace(/'/g, "''").replace(/\\/g, '')}':*`).join(' & ');
}

// ---------------------------------------------------------------------------------------------
// Query side of the search (ADR 009): variants, synonyms, names and highlights.
// ---------------------------------------------------------------------------------------------

/** A group of words that mean the same (膵がん = 膵癌 = すい臓がん = pancreatic cancer). */
export type SynonymGroup = readonly string[];

/** NFKC, lower case: the form in which queries, synonyms and texts are compared. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const KATA = /[\u30a1-\u30f6]/g;
const HIRA = /[\u3041-\u3096]/g;
const toHiragana = (s: string) => s.replace(KATA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
const toKatakana = (s: string) => s.replace(HIRA, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

const quote = (w: string) => `'${w.replace(/'/g, "''").replace(/\\/g, '')}':*`;

/** Every word of `text` as a prefix (AND), or null when it has no word. */
function andQuery(text: string): string | null {
  const words = tokenize(text).slice(0, 16);
  return words.length ? words.map(quote).join(' & ') : null;
}

/** One thing the user asked for; a project must match every term. */
export type SearchTerm = {
  /** The term as typed (folded). */
  text: string;
  /** A tsquery matching the term or any of its variants and synonyms. */
  tsquery: string;
  /** A LIKE pattern for researcher and institution names, or null (synonym terms, one-letter terms). */
  namePattern: string | null;
  /** Words to mark in titles and abstracts. */
  marks: string[];
};

/** Alternatives of a written form: itself, and its hiragana / katakana spellings. */
function kanaVariants(s: string): string[] {
  const n = tokenize(s).length;
  // Keep a respelling only when the segmenter still sees the same words in it (センター yes, せんたー no).
  return [...new Set([s, toHiragana(s), toKatakana(s)])].filter((v) => v === s || tokenize(v).length === n);
}

const isKanaOnly = (m: string) => /^[\u3041-\u30ff]$/.test(m);

function termOf(text: string, alternatives: string[], nameSearch: boolean): SearchTerm | null {
  const forms = [...new Set(alternatives.flatMap(kanaVariants))];
  const parts = [...new Set(forms.map(andQuery).filter((q): q is string => q !== null))];
  if (parts.length === 0) return null;
  const compact = text.replace(/\s+/g, '');
  const likeSafe = compact.replace(/[\\%_]/g, (c) => `\\${c}`);
  return {
    text,
    tsquery: parts.length === 1 ? (parts[0] as string) : parts.map((p) => `(${p})`).join(' | '),
    namePattern: nameSearch && [...compact].length >= 2 ? `%${likeSafe}%` : null,
    marks: [...new Set(forms.flatMap((f) => [f, ...tokenize(f)]).filter((m) => m.length > 0 && !isKanaOnly(m)))],
  };
}

/**
 * Splits a query into terms. Synonym entries found anywhere in the query (longest first, also
 * inside a compound such as 早期膵癌) become one term matching any word of their group; the rest
 * is split at spaces. Returns [] for a query with no word.
 */
export function parseSearch(query: string, groups: readonly SynonymGroup[] = []): SearchTerm[] {
  let rest = fold(query).slice(0, 200);
  const terms: SearchTerm[] = [];
  const entries = groups
    .flatMap((g) => g.map((w) => ({ w: fold(w), g })))
    .filter((e) => e.w.length > 0)
    .sort((a, b) => b.w.length - a.w.length);
  for (const { w, g } of entries) {
    if (terms.length >= 8) break;
    const at = toHiragana(rest).indexOf(toHiragana(w));
    if (at < 0) continue;
    rest = `${rest.slice(0, at)} ${rest.slice(at + w.length)}`;
    const term = termOf(w, g.map(fold), false);
    if (term) terms.push(term);
  }
  for (const word of rest.split(/\s+/)) {
    if (terms.length >= 12) break;
    const term = word ? termOf(word, [word], true) : null;
    if (term) terms.push(term);
  }
  return terms;
}

/** One tsquery matching any term: for ranking and for similar projects. */
export function anyTermQuery(terms: SearchTerm[]): string | null {
  return terms.length ? terms.map((t) => `(${t.tsquery})`).join(' | ') : null;
}

/** [start, end) offsets (UTF-16, in the original text) of every mark found in `text`, merged. */
export function highlightRanges(text: string, marks: readonly string[]): [number, number][] {
  // Fold character by character so that offsets map back to the original text.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    const f = toHiragana(fold(ch));
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    if (ch.length === 2) i++;
  }
  origin.push(text.length);
  const ranges: [number, number][] = [];
  for (const m of new Set(marks.map((x) => toHiragana(fold(x))))) {
    if (!m) continue;
    for (let at = folded.indexOf(m); at >= 0; at = folded.indexOf(m, at + m.length)) {
      const end = at + m.length;
      ranges.push([origin[at] as number, end < origin.length - 1 ? (origin[end] as number) : text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
