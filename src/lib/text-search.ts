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
