import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { queryRows } from '../../db/sql.ts';
import { loadDemoAgency } from '../demo/demo.loader.ts';
import { services } from './analytics.test.helpers.ts';
import type { Databook } from './databook.model.ts';

const PASSWORD = 'demo-password-1';
const OKU = 100_000_000;
let t: TestApp;
const sessions: Record<string, Session> = {};
const as = async (who: string) => {
  sessions[who] ??= await t.login(`${who}@seedline.example`, PASSWORD);
  return sessions[who]!;
};
const get = (url: string, s?: Session) => t.app.inject({ method: 'GET', url, headers: s?.headers ?? {} });
const tableOf = (book: Databook, key: string) => book.tables.find((x) => x.key === key)!;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoAgency(t.database.db, { scale: 1, password: PASSWORD });
}, 400_000);
afterAll(async () => {
  await t?.close();
});

describe('public KPIs', () => {
  it('reads 40 / 434 / 357 / 6,090 for the 2nd period to FY2023 without signing in, with targets and progress', async () => {
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/kpis/targets/2/approvals',
      headers: (await as('staff')).headers,
      payload: { target: 32 },
    });
    const res = await get('/api/v1/public/kpis?period=2&throughFiscalYear=2023');
    expect(res.statusCode).toBe(200);
    const k = res.json();
    expect([k.approvals, k.licensings, k.nonClinicalPoc, k.topJournalPapers]).toEqual([40, 434, 357, 6090]);
    expect(k.targets.approvals).toBe(32);
    expect(k.progressPercent.approvals).toBe(125);
    expect(k.byFiscalYear.map((y: { fiscalYear: number }) => y.fiscalYear)).toEqual([2020, 2021, 2022, 2023]);
  });

  it('drills each number down to exactly the outcome records that make it, by integrated project and disease area', async () => {
    const expected = { approvals: 40, licensings: 434, nonClinicalPoc: 357, topJournalPapers: 6090 };
    for (const [indicator, n] of Object.entries(expected)) {
      const res = await get(`/api/v1/public/kpis/drilldown?period=2&throughFiscalYear=2023&indicator=${indicator}&pageSize=500`);
      expect(res.statusCode, indicator).toBe(200);
      const d = res.json();
      expect(d.total, indicator).toBe(n);
      expect(
        d.byIntegratedProject.reduce((a: number, g: { count: number }) => a + g.count, 0),
        indicator,
      ).toBe(n);
      expect(d.items.length).toBe(Math.min(n, 500));
      for (const o of d.items) expect(o.fiscalYear >= 2020 && o.fiscalYear <= 2023).toBe(true);
    }
    const approvals = (await get('/api/v1/public/kpis/drilldown?period=2&throughFiscalYear=2023&indicator=approvals&pageSize=100')).json();
    expect(new Set(approvals.items.map((o: { kind: string }) => o.kind))).toEqual(new Set(['approval']));
    const ids = approvals.items.map((o: { id: number }) => o.id);
    const [db] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from outcomes where kind = 'approval' and fiscal_year between 2020 and 2023 and id in (${sql.join(
        ids.map((i: number) => sql`${i}`),
        sql`, `,
      )})`,
    );
    expect(db!.n).toBe(40);
  });

  it('narrows the drill-down to one integrated project and its sum matches the breakdown', async () => {
    const all = (await get('/api/v1/public/kpis/drilldown?period=2&throughFiscalYear=2023&indicator=licensings')).json();
    const first = all.byIntegratedProject[0];
    const one = (
      await get(`/api/v1/public/kpis/drilldown?period=2&throughFiscalYear=2023&indicator=licensings&integratedProject=${first.code}`)
    ).json();
    expect(one.total).toBe(first.count);
  });

  it('refuses an unknown indicator with 400 and an unknown period with 404', async () => {
    expect((await get('/api/v1/public/kpis/drilldown?period=2&indicator=grants')).statusCode).toBe(400);
    expect((await get('/api/v1/public/kpis?period=9')).statusCode).toBe(404);
  });
});

describe('Data Book FY2023 from live data', () => {
  let book: Databook;
  beforeAll(async () => {
    const res = await get('/api/v1/public/databook/2023');
    expect(res.statusCode).toBe(200);
    book = res.json();
  });

  it('counts about 2,600 projects, about 1,000 of them new, as the seed slides show', () => {
    const y = tableOf(book, 'projects_by_year').rows.find((r) => r.fiscalYear === '2023')!;
    expect(y.projects).toBeGreaterThanOrEqual(2400);
    expect(y.projects).toBeLessThanOrEqual(2800);
    expect(Number(y.newProjects)).toBeGreaterThanOrEqual(900);
    expect(Number(y.newProjects)).toBeLessThanOrEqual(1100);
    expect(Number(y.newProjects) + Number(y.continuingProjects)).toBe(y.projects);
    expect(Number(y.newYen) + Number(y.continuingYen)).toBe(y.totalYen);
  });

  it('shows SCARDA with 40 projects and about 221億円', () => {
    const scarda = tableOf(book, 'by_department').rows.find((r) => String(r.nameJa).includes('SCARDA'))!;
    expect(scarda.projects).toBe(40);
    expect(Math.abs(Number(scarda.yen) / OKU - 221)).toBeLessThan(221 * 0.02);
  });

  it('adds up: integrated projects, ministries and award sizes each sum to the year total', () => {
    const total = tableOf(book, 'projects_by_year').rows.find((r) => r.fiscalYear === '2023')!;
    for (const key of ['by_integrated_project', 'by_ministry', 'by_department', 'award_distribution']) {
      const rows = tableOf(book, key).rows;
      expect(
        rows.reduce((a, r) => a + Number(r.projects), 0),
        key,
      ).toBe(total.projects);
      expect(Math.round(rows.reduce((a, r) => a + Number(r.yen), 0)), key).toBe(Math.round(Number(total.totalYen)));
    }
    const ips = tableOf(book, 'by_integrated_project').rows.map((r) => r.nameJa);
    expect(ips.slice(0, 6)).toEqual([
      '医薬品PJ',
      '医療機器・ヘルスケアPJ',
      '再生・細胞医療・遺伝子治療PJ',
      'ゲノム・データ基盤PJ',
      '疾患基礎研究PJ',
      'シーズ開発・研究基盤PJ',
    ]);
  });

  it('matches the demo budget by source: 175億円 of adjustment funds a year', () => {
    const rows = tableOf(book, 'budget_by_source').rows;
    for (const r of rows) expect(Number(r.adjustment) / OKU, String(r.fiscalYear)).toBeCloseTo(175, 0);
    expect(rows.at(-1)!.fiscalYear).toBe('2023');
  });

  it('leaves the call success-rate table empty when no calls exist', () => {
    const calls = tableOf(book, 'call_success_rates');
    expect(calls.rows).toEqual([]);
    expect(calls.noteEn).toBe('No calls recorded');
  });

  it('downloads as Excel with one sheet per table and money as number cells in 億円', async () => {
    const res = await get('/api/v1/public/databook/2023.xlsx?lang=ja');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBe(book.tables.length);
    const sheet = wb.getWorksheet('事業部別')!;
    const head = sheet.getRow(3).values as unknown[];
    expect(head).toContain('研究開発費（億円）');
    const scarda = sheet.getRows(4, sheet.rowCount - 3)!.find((r) => String(r.getCell(1).value).includes('SCARDA'))!;
    expect(typeof scarda.getCell(2).value).toBe('number');
    expect(scarda.getCell(2).value).toBe(40);
    expect(Math.abs(Number(scarda.getCell(3).value) - 221)).toBeLessThan(5);
    const en = new ExcelJS.Workbook();
    await en.xlsx.load((await get('/api/v1/public/databook/2023.xlsx?lang=en')).rawPayload as unknown as ArrayBuffer);
    expect(en.worksheets.map((w) => w.name)).toContain('By department');
  });

  it('serves a table as CSV and its chart as SVG', async () => {
    const csv = await get('/api/v1/public/databook/2023/tables/by_ministry.csv?lang=en');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFCategory,Projects,R&D funding (¥100M (oku))');
    const svg = await get('/api/v1/public/databook/2023/tables/by_integrated_project.svg');
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toMatch(/^<svg[\s\S]*医薬品PJ[\s\S]*<\/svg>$/);
    expect((await get('/api/v1/public/databook/2023/tables/nothing.csv')).statusCode).toBe(404);
  });

  it('answers 404 for a fiscal year the agency does not have', async () => {
    expect((await get('/api/v1/public/databook/1999')).statusCode).toBe(404);
  });
});

describe('disease categorisation of the demo', () => {
  it('assigns every project by terms, reports precision and recall against the labelled areas, and feeds the Data Book', async () => {
    const { categories } = services(t);
    const run = await categories.run();
    console.log('categorisation of the demo:', JSON.stringify({ ...run.evaluation, byCode: undefined }));
    expect(run.projects).toBeGreaterThan(5000);
    expect(run.evaluation.precision).toBeGreaterThan(0.5);
    expect(run.evaluation.recall).toBeGreaterThan(0.5);
    const res = await get('/api/v1/categories/evaluation', await as('executive'));
    expect(res.json().precision).toBe(run.evaluation.precision);
    const book = (await get('/api/v1/public/databook/2023')).json() as Databook;
    const cats = tableOf(book, 'by_category').rows;
    expect(cats.length).toBeGreaterThan(10);
    expect(cats.find((r) => r.nameJa === '膵がん')!.projects).toBeGreaterThan(0);
  }, 240_000);
});

describe('frozen editions', () => {
  it('freezes a year so the public Data Book stops moving, and the diff shows what changed since', async () => {
    const freeze = await t.app.inject({
      method: 'POST',
      url: '/api/v1/databook/2022/freeze',
      headers: (await as('admin')).headers,
      payload: { note: '確定版' },
    });
    expect(freeze.statusCode).toBe(202);
    const { analytics } = services(t);
    await analytics.freeze({ fiscalYear: 2022, note: '確定版', userId: null });
    const before = (await get('/api/v1/public/databook/2022')).json();
    expect(before.edition).toBe(1);
    await t.database.db.execute(
      sql`update project_budgets set amount_yen = amount_yen + 1000000 where fiscal_year = 2022 and project_id = (select min(project_id) from project_budgets where fiscal_year = 2022)`,
    );
    const after = (await get('/api/v1/public/databook/2022')).json();
    expect(after.tables).toEqual(before.tables);
    const diff = await get('/api/v1/databook/2022/diff', await as('executive'));
    expect(diff.statusCode).toBe(200);
    const changed = diff.json().tables.map((x: { key: string }) => x.key);
    expect(changed).toContain('projects_by_year');
    const live = (await get('/api/v1/databook/2022', await as('executive'))).json();
    expect(live.snapshots.map((s: { edition: number }) => s.edition)).toEqual([1]);
  }, 180_000);
});

describe('who may do what', () => {
  it('lets admin and staff freeze and set targets, refuses others with 403 and anonymous callers with 401', async () => {
    const freeze = (s?: Session) =>
      t.app.inject({ method: 'POST', url: '/api/v1/databook/2021/freeze', headers: s?.headers ?? {}, payload: {} });
    expect((await freeze()).statusCode).toBe(401);
    expect((await freeze(await as('po'))).statusCode).toBe(403);
    expect((await freeze(await as('researcher'))).statusCode).toBe(403);
    expect((await freeze(await as('staff'))).statusCode).toBe(202);
    const target = (s?: Session) =>
      t.app.inject({ method: 'PUT', url: '/api/v1/kpis/targets/2/licensings', headers: s?.headers ?? {}, payload: { target: 400 } });
    expect((await target()).statusCode).toBe(401);
    expect((await target(await as('executive'))).statusCode).toBe(403);
    expect((await target(await as('admin'))).statusCode).toBe(200);
    expect((await get('/api/v1/kpis/targets?period=2', await as('researcher'))).json().licensings).toBe(400);
  });

  it('shows the live Data Book and its diff to agency members only', async () => {
    expect((await get('/api/v1/databook/2023')).statusCode).toBe(401);
    expect((await get('/api/v1/databook/2023', await as('researcher'))).statusCode).toBe(403);
    expect((await get('/api/v1/databook/2023', await as('dc'))).statusCode).toBe(200);
    expect((await get('/api/v1/databook/2023/diff', await as('po'))).statusCode).toBe(404);
  });
});
