/**
 * The SQL of search (ADR 009), shared by the staff list and the public portal: every term of
 * the query must match the project's words (GIN index on search_vector, with the term's
 * variants and synonyms), or the name of its PI / a team member, or its institution.
 */
import { type SQL, sql } from 'drizzle-orm';
import { anyTermQuery, highlightRanges, type SearchTerm } from '../../lib/text-search.ts';

/**
 * Projects of researchers and institutions whose name (kanji, romaji either order, institution
 * aliases; spaces ignored) contains the pattern: PI or team member, or the institution.
 */
function nameMatchIds(pattern: string): SQL {
  const researchers = sql`select r.id from researchers r where
      (r.family_name_ja || r.given_name_ja) like ${pattern}
      or lower(r.family_name_en || r.given_name_en) like ${pattern}
      or lower(r.given_name_en || r.family_name_en) like ${pattern}`;
  const institutions = sql`select i.id from institutions i where replace(i.name_ja, ' ', '') like ${pattern}
      or replace(lower(i.name_en), ' ', '') like ${pattern}
      or exists (select 1 from unnest(i.aliases) a where replace(lower(a), ' ', '') like ${pattern})`;
  return sql`select m.project_id from project_members m where m.researcher_id in (${researchers})
    union select n.id from projects n where n.pi_researcher_id in (${researchers}) or n.institution_id in (${institutions})`;
}

/**
 * A term as an indexed condition: the GIN index answers the words; with names, a union of
 * id sets (each from an index) so that the planner never falls back to scanning every vector.
 */
function termCondition(t: SearchTerm): SQL {
  if (!t.namePattern) return sql`p.search_vector @@ to_tsquery('simple', ${t.tsquery})`;
  return sql`p.id in (select w.id from projects w where w.search_vector @@ to_tsquery('simple', ${t.tsquery})
    union ${nameMatchIds(t.namePattern)})`;
}

/** Every term must match; null when there is no term. */
export function searchCondition(terms: SearchTerm[]): SQL | null {
  if (terms.length === 0) return null;
  return sql.join(terms.map(termCondition), sql` and `);
}

/** Relevance as an integer (stable in keyset cursors): ts_rank of the words of any term, times 10^6. */
export function relevanceOf(terms: SearchTerm[]): SQL {
  const any = anyTermQuery(terms);
  if (!any) return sql`0`;
  return sql`round(ts_rank(p.search_vector, to_tsquery('simple', ${any})) * 1000000)::int`;
}

export type Highlights = {
  titleJa: [number, number][];
  titleEn: [number, number][];
};

/** Where the terms appear in a project's titles (UTF-16 offsets, end exclusive). */
export function highlightsOf(terms: SearchTerm[], row: { titleJa: string; titleEn: string }): Highlights {
  const marks = terms.flatMap((t) => t.marks);
  return { titleJa: highlightRanges(row.titleJa, marks), titleEn: highlightRanges(row.titleEn, marks) };
}

/** A short passage of `text` around the first mark, with the marks' offsets inside it. */
export function snippetOf(terms: SearchTerm[], text: string, length = 140): { text: string; marks: [number, number][] } {
  const all = highlightRanges(
    text,
    terms.flatMap((t) => t.marks),
  );
  const start = all.length ? Math.max(0, (all[0] as [number, number])[0] - 30) : 0;
  const piece = text.slice(start, start + length);
  const marks = all.filter(([s, e]) => s >= start && e <= start + length).map(([s, e]) => [s - start, e - start] as [number, number]);
  return {
    text: (start > 0 ? '…' : '') + piece + (start + length < text.length ? '…' : ''),
    marks: start > 0 ? marks.map(([s, e]) => [s + 1, e + 1]) : marks,
  };
}
