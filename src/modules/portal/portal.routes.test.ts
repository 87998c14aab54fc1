import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { queryRows } from '../../db/sql.ts';
import { loadDemoAgency } from '../demo/demo.loader.ts';
import { RESEARCHER_EMAIL } from '../demo/generate.stories.ts';

const PASSWORD = 'portal-test-password';
let t: TestApp;
let staff: Session;
let researcher: Session;
let apoa2: number;
let hidden: number;

const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(t.database.db, q);
const get = (url: string, s?: Session, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers: { ...(s?.headers ?? {}), ...headers } });
type Item = { id: number; grantNumber: string; titleJa: string; highlights: { titleJa: [number, number][] } };
type Page = {
  total: number;
  sort: string;
  items: Item[];
  facets: Record<string, { id: string; count: number }[]>;
  nextCursor: string | null;
};
const search = async (params: Record<string, string>) => {
  const res = await get(`/api/v1/public/projects?${new URLSearchParams(params)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};
/** Every id the public search finds, by cursor. */
async function allIds(params: Record<string, string>): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await search({ ...params, limit: '100', facets: 'false', ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoAgency(t.database.db, { scale: 0.05, password: PASSWORD });
  staff = await t.login('staff@seedline.example', PASSWORD);
  researcher = await t.login(RESEARCHER_EMAIL, PASSWORD);
  const [a] = await rows<{ id: number }>(sql`select id from projects where title_ja like '膵外分泌機能を評価する%' and is_public`);
  const [h] = await rows<{ id: number }>(sql`select id from projects where abstract_ja like '%非公開の準備段階の課題%'`);
  apoa2 = a!.id;
  hidden = h!.id;
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe('public search finds what people type', () => {
  it.each([
    ['膵癌'],
    ['すい臓がん'],
    ['膵がん'],
    ['早期膵がん診断'],
    ['宮坂'],
    ['Miyasaka'],
    ['宮坂 慎一'],
    ['国立がん研究センター'],
    ['pancreatic'],
    ['APOA2'],
  ])('finds the APOA2-iTQ project by %s, anonymously, with highlights', async (q) => {
    const ids = await allIds({ q });
    expect(ids).toContain(apoa2);
  });

  it('marks where the query matched the title and says which sort it applied', async () => {
    const page = await search({ q: '膵癌' });
    expect(page.sort).toBe('relevance');
    const item = page.items.find((i) => i.id === apoa2) ?? (await search({ q: '膵癌', limit: '100' })).items.find((i) => i.id === apoa2);
    expect(item).toBeDefined();
    const marked = item!.highlights.titleJa.map(([s, e]) => item!.titleJa.slice(s, e));
    expect(marked).toContain('膵がん');
    expect((await search({})).sort).toBe('grantNumber');
  });

  it('finds at least as much as a substring scan of the same rows on a fixed set of queries', async () => {
    const forms = {
      pancreas: ['膵がん', '膵癌', '膵臓がん', 'すい臓がん', 'pancreatic cancer'],
      biomarker: ['バイオマーカー', 'biomarker'],
    };
    const byText = async (words: string[]) =>
      (
        await rows<{ id: number }>(
          sql`select id from projects where is_public and (${sql.join(
            words.map((w) => sql`(title_ja || ' ' || title_en || ' ' || abstract_ja || ' ' || abstract_en) ilike ${`%${w}%`}`),
            sql` or `,
          )})`,
        )
      ).map((r) => r.id);
    const byPi = async (family: string) =>
      (
        await rows<{ id: number }>(
          sql`select p.id from projects p join researchers r on r.id = p.pi_researcher_id where p.is_public and r.family_name_ja = ${family}`,
        )
      ).map((r) => r.id);
    const relevant: Record<string, number[]> = {
      膵癌: await byText(forms.pancreas),
      すい臓がん: await byText(forms.pancreas),
      膵がん: await byText(forms.pancreas),
      バイオマーカー: await byText(forms.biomarker),
      biomarker: await byText(forms.biomarker),
      宮坂: await byPi('宮坂'),
      Miyasaka: await byPi('宮坂'),
    };
    let oursFound = 0;
    let scanFound = 0;
    let wanted = 0;
    for (const [q, want] of Object.entries(relevant)) {
      const ours = new Set(await allIds({ q }));
      const scan = new Set(await byText([q]));
      const o = want.filter((id) => ours.has(id)).length;
      const s = want.filter((id) => scan.has(id)).length;
      expect(o, q).toBeGreaterThanOrEqual(s);
      oursFound += o;
      scanFound += s;
      wanted += want.length;
    }
    console.log(
      `recall: ours ${(oursFound / wanted).toFixed(3)}, substring ${(scanFound / wanted).toFixed(3)} over ${wanted} relevant hits`,
    );
    expect(oursFound / wanted).toBeGreaterThan(0.95);
    expect(scanFound / wanted).toBeLessThan(oursFound / wanted);
  });

  it('lets staff search the same way (GET /api/v1/projects?q=) and reports the sort', async () => {
    const res = await get(`/api/v1/projects?q=${encodeURIComponent('すい臓がん')}&pageSize=200`, staff);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { sort: string; items: { id: number }[] };
    expect(body.sort).toBe('relevance');
    expect(body.items.map((i) => i.id)).toContain(apoa2);
  });
});

describe('only published projects, paged by cursor, with facets that add up', () => {
  it('never shows an unpublished project, not in results, counts or by id', async () => {
    expect(await allIds({ q: 'APOA2-iTQ' })).not.toContain(hidden);
    const [n] = await rows<{ n: number }>(sql`select count(*)::int as n from projects where is_public`);
    const all = await search({ limit: '1' });
    expect(all.total).toBe(n!.n);
    expect(all.facets.program!.reduce((s, f) => s + f.count, 0)).toBe(n!.n);
    expect((await get(`/api/v1/public/projects/${hidden}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/public/projects/${hidden}/similar`)).statusCode).toBe(404);
  });

  it('returns every FY2023 project exactly once when paging by cursor, and facet counts add up to the total', async () => {
    const [n] = await rows<{ n: number }>(
      sql`select count(*)::int as n from projects where is_public and start_fiscal_year <= 2023 and end_fiscal_year >= 2023`,
    );
    const ids = await allIds({ fiscalYear: '2023' });
    expect(ids.length).toBe(n!.n);
    expect(new Set(ids).size).toBe(ids.length);
    const first = await search({ fiscalYear: '2023', q: '膵がん' });
    for (const facet of ['program', 'stage', 'institution'] as const) {
      if (facet === 'institution' && first.facets.institution!.length >= 30) continue;
      expect(
        first.facets[facet]!.reduce((s, f) => s + f.count, 0),
        facet,
      ).toBe(first.total);
    }
  });

  it('exports every FY2023 project exactly once as CSV, JSON and Excel', async () => {
    const expected = (await allIds({ fiscalYear: '2023' })).length;
    const csv = await get('/api/v1/public/projects/export?fiscalYear=2023&format=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines.length - 1).toBe(expected);
    const grants = lines.slice(1).map((l) => l.split(',')[0]);
    expect(new Set(grants).size).toBe(expected);
    const json = (await get('/api/v1/public/projects/export?fiscalYear=2023&format=json')).json() as { items: Item[] };
    expect(new Set(json.items.map((i) => i.id)).size).toBe(expected);
    const xlsx = await get('/api/v1/public/projects/export?fiscalYear=2023&format=xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.actualRowCount - 1).toBe(expected);
  });

  it('shows a published project with outcomes and lineage, and similar published projects', async () => {
    const res = await get(`/api/v1/public/projects/${apoa2}`);
    expect(res.statusCode).toBe(200);
    const p = res.json() as { outcomes: unknown[]; lineage: { nodes: { id: number }[] }; version?: number; members: object[] };
    expect(p.outcomes.length).toBeGreaterThan(0);
    expect(p.lineage.nodes.length).toBeGreaterThan(1);
    expect(p.lineage.nodes.map((n) => n.id)).not.toContain(hidden);
    expect(p).not.toHaveProperty('version');
    expect(p.members[0]).not.toHaveProperty('effortPercent');
    const similar = (await get(`/api/v1/public/projects/${apoa2}/similar`)).json() as { items: { id: number }[] };
    expect(similar.items.length).toBeGreaterThan(0);
    expect(similar.items.map((i) => i.id)).not.toContain(apoa2);
    expect(similar.items.map((i) => i.id)).not.toContain(hidden);
  });
});

describe('the public API is rate limited per address', () => {
  it('answers 429 with Retry-After past the limit, and other addresses still pass', async () => {
    let last = 0;
    let retry: string | undefined;
    for (let i = 0; i < 301; i++) {
      const res = await get('/api/v1/public/projects/999999', undefined, { 'x-forwarded-for': '203.0.113.9' });
      last = res.statusCode;
      retry = res.headers['retry-after'] as string | undefined;
    }
    expect(last).toBe(429);
    expect(Number(retry)).toBeGreaterThan(0);
    expect((await get('/api/v1/public/projects/999999', undefined, { 'x-forwarded-for': '203.0.113.10' })).statusCode).toBe(404);
  });
});

describe('synonyms are data staff can edit', () => {
  it('lets staff add, change and remove a group, and search follows; others may not', async () => {
    expect((await get('/api/v1/search/synonyms')).statusCode).toBe(401);
    expect((await get('/api/v1/search/synonyms', researcher)).statusCode).toBe(403);
    const list = await get('/api/v1/search/synonyms', staff);
    expect((list.json() as { terms: string[] }[]).some((g) => g.terms.includes('膵癌'))).toBe(true);
    expect((await allIds({ q: 'すいがいぶんぴつ' })).length).toBe(0);
    const post = (s: Session, payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/search/synonyms', headers: s.headers, payload });
    expect((await post(researcher, { terms: ['すいがいぶんぴつ', '膵外分泌'] })).statusCode).toBe(403);
    expect((await post(staff, { terms: ['同じ', '同じ'] })).statusCode).toBe(400);
    const created = await post(staff, { terms: ['すいがいぶんぴつ', '膵外分泌'] });
    expect(created.statusCode).toBe(201);
    const g = created.json() as { id: number; version: number };
    expect(await allIds({ q: 'すいがいぶんぴつ' })).toContain(apoa2);
    const put = (version: number) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/search/synonyms/${g.id}`,
        headers: staff.headers,
        payload: { terms: ['すいがいぶんぴつ', '外分泌機能'], version },
      });
    expect((await put(g.version)).statusCode).toBe(200);
    expect((await put(g.version)).statusCode).toBe(409);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/search/synonyms/${g.id}?version=${g.version + 1}`,
      headers: staff.headers,
    });
    expect(del.statusCode).toBe(204);
    expect((await allIds({ q: 'すいがいぶんぴつ' })).length).toBe(0);
    const audit = await rows<{ action: string }>(sql`select action from audit_log where entity_type = 'search_synonyms' order by id`);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['synonyms.create', 'synonyms.update', 'synonyms.delete']));
  });

  it('exports the staff list as filtered, and refuses an anonymous caller', async () => {
    expect((await get('/api/v1/projects/export?q=APOA2')).statusCode).toBe(401);
    const csv = await get('/api/v1/projects/export?q=APOA2&format=csv', staff);
    expect(csv.statusCode).toBe(200);
    const list = (await get('/api/v1/projects?q=APOA2&pageSize=200', staff)).json() as { total: number };
    expect(csv.body.trim().split('\r\n').length - 1).toBe(list.total);
    expect(csv.body).toContain('研究開発代表者');
  });
});
