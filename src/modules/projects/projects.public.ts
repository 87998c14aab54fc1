/**
 * The public side of projects (portal, public API): only published projects, only public
 * fields, keyset cursors and facet counts. Unpublished projects never appear, not even in counts.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows, toNumber } from '../../db/sql.ts';
import { anyTermQuery, type SearchTerm, tokenize } from '../../lib/text-search.ts';
import type { Actor } from '../auth/actor.ts';
import { type ListRow, listSelect, whereOf } from './projects.repository.ts';
import { highlightsOf, relevanceOf, snippetOf } from './projects.search.ts';
import type { ProjectsService } from './projects.service.ts';
import { stageLabel } from './stages.ts';

export type PublicFilters = {
  q?: string;
  fiscalYear?: number;
  integratedProject?: number;
  program?: number;
  diseaseArea?: number;
  stage?: string;
  institution?: number;
  pi?: number;
};
export type PublicSort = 'relevance' | 'startFiscalYear' | 'grantNumber';
export type FacetValue = { id: string; nameJa: string; nameEn: string; count: number };
export type Facets = Record<string, FacetValue[]>;

/** Someone who has not signed in: sees published projects only. */
const ANONYMOUS: Actor = { userId: 0, email: '', displayName: '', locale: 'ja', roles: [], researcherId: null };
const PUBLIC_ONLY = { kind: 'public-or-member', researcherId: null } as const;

type Cursor = { s: PublicSort; k: number; g: string };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(raw: string | undefined, sort: PublicSort): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (c.s === sort && Number.isInteger(c.k) && typeof c.g === 'string') return c;
  } catch {
    // fall through
  }
  return null;
}

/** The sort key (an integer) and its direction, per sort; ties break on grant number (unique). */
function keyOf(sort: PublicSort, terms: SearchTerm[]): { key: SQL; desc: boolean } {
  if (sort === 'relevance') return { key: relevanceOf(terms), desc: true };
  if (sort === 'startFiscalYear') return { key: sql`p.start_fiscal_year::int`, desc: true };
  return { key: sql`0`, desc: false };
}

function publicWhere(f: PublicFilters, terms: SearchTerm[]): SQL {
  const base = whereOf(f, PUBLIC_ONLY, null, terms);
  return f.pi ? sql`${base} and p.pi_researcher_id = ${f.pi}` : base;
}

/**
 * Facets over the matching rows: `sql` selects (id, nameJa, nameEn, n) from `m` (the matching
 * projects: id, program_id, institution_id, pi_researcher_id, stage, start/end fiscal year).
 * Extension point: a new facet (e.g. the databook helper's disease categories) is one entry here.
 */
export const FACETS: Record<string, { sql: SQL; limit?: number; label?: (id: string) => { ja: string; en: string } }> = {
  fiscalYear: {
    sql: sql`select fy::text as id, '' as "nameJa", '' as "nameEn", count(*) as n
      from m cross join lateral generate_series(m.start_fiscal_year::int, m.end_fiscal_year::int) fy group by fy order by fy desc`,
  },
  integratedProject: {
    sql: sql`select ip.id::text as id, ip.name_ja as "nameJa", ip.name_en as "nameEn", count(distinct m.id) as n from m
      join program_placements pp on pp.program_id = m.program_id join plan_periods per on per.id = pp.period_id
      join integrated_projects ip on ip.id = pp.integrated_project_id
      where m.start_fiscal_year <= per.end_fiscal_year and m.end_fiscal_year >= per.start_fiscal_year
      group by ip.id order by n desc, ip.id`,
  },
  program: {
    sql: sql`select g.id::text as id, g.name_ja as "nameJa", g.name_en as "nameEn", count(*) as n from m join programs g on g.id = m.program_id
      group by g.id order by n desc, g.id`,
  },
  diseaseArea: {
    sql: sql`select a.id::text as id, a.name_ja as "nameJa", a.name_en as "nameEn", count(*) as n from m
      join project_disease_areas d on d.project_id = m.id join disease_areas a on a.id = d.disease_area_id group by a.id order by n desc, a.id`,
  },
  stage: {
    sql: sql`select m.stage as id, '' as "nameJa", '' as "nameEn", count(*) as n from m group by m.stage order by n desc, m.stage`,
    label: stageLabel,
  },
  institution: {
    sql: sql`select i.id::text as id, i.name_ja as "nameJa", i.name_en as "nameEn", count(*) as n from m join institutions i on i.id = m.institution_id
      group by i.id order by n desc, i.id`,
    limit: 30,
  },
  pi: {
    sql: sql`select r.id::text as id, r.family_name_ja || ' ' || r.given_name_ja as "nameJa", r.given_name_en || ' ' || r.family_name_en as "nameEn",
      count(*) as n from m join researchers r on r.id = m.pi_researcher_id group by r.id order by n desc, r.id`,
    limit: 30,
  },
};

export function createPublicProjects(deps: { db: Db; projects: ProjectsService }) {
  const { db, projects } = deps;

  /** Keys of one page first (cheap, indexed), then the list columns of just those rows. */
  async function page(f: PublicFilters, terms: SearchTerm[], sort: PublicSort, cursor: Cursor | null, limit: number) {
    const { key, desc } = keyOf(sort, terms);
    const after = cursor
      ? desc
        ? sql`and (${key} < ${cursor.k} or (${key} = ${cursor.k} and p.grant_number > ${cursor.g}))`
        : sql`and (${key} > ${cursor.k} or (${key} = ${cursor.k} and p.grant_number > ${cursor.g}))`
      : sql``;
    const keys = await queryRows<{ id: number; k: unknown }>(
      db,
      sql`select p.id, ${key} as k from projects p where ${publicWhere(f, terms)} ${after}
        order by k ${desc ? sql`desc` : sql`asc`}, p.grant_number limit ${limit}`,
    );
    if (keys.length === 0) return [];
    const rows = await queryRows<ListRow & { abstractJa: string; abstractEn: string }>(
      db,
      sql`${listSelect(f.fiscalYear, sql`, p.abstract_ja as "abstractJa", p.abstract_en as "abstractEn"`)}
        where p.id in (${sql.join(
          keys.map((k) => sql`${k.id}`),
          sql`, `,
        )})`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return keys.flatMap((k) => {
      const r = byId.get(k.id);
      return r ? [{ ...r, k: toNumber(k.k) }] : [];
    });
  }

  async function item(r: ListRow & { abstractJa: string; abstractEn: string }, f: PublicFilters, terms: SearchTerm[]) {
    const { budgetYen: _budget, isNew: _isNew, ...base } = await projects.toItem(r, f.fiscalYear);
    return {
      ...base,
      highlights: highlightsOf(terms, r),
      snippetJa: snippetOf(terms, r.abstractJa),
      snippetEn: snippetOf(terms, r.abstractEn),
    };
  }
  type Item = Awaited<ReturnType<typeof item>>;

  return {
    /** One page of published projects and the cursor of the next page (null at the end). */
    async search(f: PublicFilters, opts: { sort?: PublicSort; cursor?: string; limit: number }) {
      const terms = await projects.termsOf(f.q);
      const sort: PublicSort =
        opts.sort === 'relevance' && !terms.length ? 'grantNumber' : (opts.sort ?? (terms.length ? 'relevance' : 'grantNumber'));
      const rows = await page(f, terms, sort, decodeCursor(opts.cursor, sort), opts.limit + 1);
      const more = rows.length > opts.limit;
      const kept = rows.slice(0, opts.limit);
      const last = kept[kept.length - 1];
      return {
        sort,
        items: await Promise.all(kept.map((r) => item(r, f, terms))),
        nextCursor: more && last ? encodeCursor({ s: sort, k: toNumber(last.k), g: last.grantNumber }) : null,
      };
    },

    /** Every matching project, page by page (exports), in the same order as search. */
    async *each(f: PublicFilters, sort?: PublicSort): AsyncGenerator<Item[]> {
      let cursor: string | undefined;
      do {
        const res = await this.search(f, { sort, cursor, limit: 500 });
        yield res.items;
        cursor = res.nextCursor ?? undefined;
      } while (cursor);
    },

    async total(f: PublicFilters): Promise<number> {
      const terms = await projects.termsOf(f.q);
      const [row] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from projects p where ${publicWhere(f, terms)}`);
      return toNumber(row?.n);
    },

    async facets(f: PublicFilters): Promise<Facets> {
      const terms = await projects.termsOf(f.q);
      const m = sql`with m as (select p.id, p.program_id, p.institution_id, p.pi_researcher_id, p.stage, p.start_fiscal_year, p.end_fiscal_year
        from projects p where ${publicWhere(f, terms)})`;
      const out: Facets = {};
      for (const [name, facet] of Object.entries(FACETS)) {
        const rows = await queryRows<{ id: string; nameJa: string; nameEn: string; n: unknown }>(
          db,
          sql`${m} ${facet.sql} limit ${facet.limit ?? 200}`,
        );
        out[name] = rows.map((r) => {
          const label = facet.label?.(r.id);
          return { id: r.id, nameJa: label?.ja ?? r.nameJa, nameEn: label?.en ?? r.nameEn, count: toNumber(r.n) };
        });
      }
      return out;
    },

    /** A published project with its public fields, outcomes and published lineage; 404 otherwise. */
    async get(id: number) {
      const d = await projects.get(id, ANONYMOUS);
      const { isPublic: _p, version: _v, permissions: _perm, budgets, members, outcomes, ...rest } = d;
      const byYear = new Map<number, number>();
      for (const b of budgets) byYear.set(b.fiscalYear, (byYear.get(b.fiscalYear) ?? 0) + b.amountYen);
      return {
        ...rest,
        members: members.map(({ effortPercent: _e, ...m }) => m),
        budgets: [...byYear].map(([fiscalYear, amountYen]) => ({ fiscalYear, amountYen })),
        outcomes: outcomes.map(({ details: _d, ...o }) => o),
      };
    },

    /** Published projects most like this one: the words of its titles, ranked. */
    async similar(id: number, limit = 10) {
      const d = await projects.get(id, ANONYMOUS);
      const words = [...new Set(tokenize(`${d.titleJa} ${d.titleEn}`))].filter((w) => w.length >= 2).slice(0, 24);
      const terms = words.map((w) => ({
        text: w,
        tsquery: `'${w.replace(/'/g, "''").replace(/\\/g, '')}':*`,
        namePattern: null,
        marks: [w],
      }));
      const any = anyTermQuery(terms);
      if (!any) return [];
      const rows = await queryRows<ListRow & { k: number; abstractJa: string; abstractEn: string }>(
        db,
        sql`${listSelect(undefined, sql`, ${relevanceOf(terms)} as k, '' as "abstractJa", '' as "abstractEn"`)}
          where p.is_public and p.id <> ${id} and p.search_vector @@ to_tsquery('simple', ${any})
          order by k desc, p.grant_number limit ${limit}`,
      );
      return Promise.all(rows.map(async (r) => ({ ...(await item(r, {}, [])), score: toNumber(r.k) })));
    },
  };
}
export type PublicProjects = ReturnType<typeof createPublicProjects>;
