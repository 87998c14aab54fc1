import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/client.ts';
import { searchTextOf, toTsQuery } from '../../lib/text-search.ts';
import { verifyPassword } from '../auth/password.ts';
import { PROGRAMS, seedReferenceData } from '../catalog/catalog.reference.ts';
import { createOutcomesService } from '../outcomes/outcomes.service.ts';
import { DEVICE_LADDER, isStageOf, type Modality } from '../projects/stages.ts';
import { generateDemo } from './demo.generator.ts';
import { DEMO_ACCOUNTS, type DemoSummary, isDemoLoaded, loadDemoAgency } from './demo.loader.ts';
import { orcidCheckDigit } from './demo.random.ts';

const PASSWORD = 'demo-password-1';
const OKU = 100_000_000;
let database: Database;
let cleanup: () => Promise<void>;
let summary: DemoSummary;

async function rows<T>(query: SQL): Promise<T[]> {
  const res = (await database.db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
async function one<T>(query: SQL): Promise<T> {
  return (await rows<T>(query))[0] as T;
}
const within = (value: number, target: number, tolerance: number) => Math.abs(value - target) <= target * tolerance;

beforeAll(async () => {
  ({ database, cleanup } = await createTestDatabase());
  expect(await isDemoLoaded(database.db)).toBe(false);
  summary = await loadDemoAgency(database.db, { scale: 1, password: PASSWORD });
  console.log(`demo scale 1 loaded in ${summary.seconds.toFixed(1)} s: ${summary.projects} projects, ${summary.outcomes} outcomes`);
}, 180_000);

afterAll(async () => {
  await cleanup?.();
});

describe('reference catalog', () => {
  it('has 9, 6 and 8 integrated projects in periods 1, 2 and 3, the 1st split into cross-cutting and disease projects', async () => {
    const byPeriod = await rows<{ period_id: number; n: number; disease: number }>(
      sql`select period_id, count(*)::int as n, count(*) filter (where kind = 'disease')::int as disease from integrated_projects group by period_id order by period_id`,
    );
    expect(byPeriod.map((r) => [r.period_id, r.n, r.disease])).toEqual([
      [1, 9, 4],
      [2, 6, 0],
      [3, 8, 0],
    ]);
    const areas = await rows<{ n: number }>(sql`select count(*)::int as n from disease_areas group by period_id order by period_id`);
    expect(areas.map((r) => r.n)).toEqual([4, 7, 3]);
  });

  it('places every program once per period it runs in, and gives every integrated project several programs', async () => {
    const progs = await one<{ n: number }>(sql`select count(*)::int as n from programs`);
    expect(progs.n).toBeGreaterThanOrEqual(40);
    expect(progs.n).toBeLessThanOrEqual(55);
    const bad = await rows(sql`
      select p.code from programs p cross join plan_periods pp
      left join program_placements pl on pl.program_id = p.id and pl.period_id = pp.id
      left join integrated_projects ip on ip.id = pl.integrated_project_id
      where (p.start_fiscal_year <= pp.end_fiscal_year and coalesce(p.end_fiscal_year, 9999) >= pp.start_fiscal_year) <> (pl.program_id is not null)
         or (ip.id is not null and ip.period_id <> pp.id)`);
    expect(bad).toEqual([]);
    const thin = await rows(
      sql`select ip.code, count(pl.program_id)::int as n from integrated_projects ip left join program_placements pl on pl.integrated_project_id = ip.id group by ip.code having count(pl.program_id) < 3`,
    );
    expect(thin).toEqual([]);
    const fy = await rows<{ fiscal_year: number; starts_on: string; ends_on: string }>(
      sql`select fiscal_year, starts_on::text, ends_on::text from fiscal_years order by fiscal_year`,
    );
    expect(fy).toHaveLength(15);
    expect(fy[9]).toEqual({ fiscal_year: 2024, starts_on: '2024-04-01', ends_on: '2025-03-31' });
  });

  it('seeds idempotently', async () => {
    const before = await one<{ n: number }>(
      sql`select (select count(*) from programs) + (select count(*) from program_placements) + (select count(*) from fiscal_years) as n`,
    );
    await seedReferenceData(database.db);
    const after = await one<{ n: number }>(
      sql`select (select count(*) from programs) + (select count(*) from program_placements) + (select count(*) from fiscal_years) as n`,
    );
    expect(Number(after.n)).toBe(Number(before.n));
    expect(PROGRAMS.length).toBe(Number((await one<{ n: number }>(sql`select count(*)::int as n from programs`)).n));
  });
});

type YearRow = { fy: number; active: number; new: number; subsidy: number; adjustment: number; supplementary: number };
async function years(): Promise<YearRow[]> {
  return rows<YearRow>(sql`
    with act as (select distinct b.project_id, b.fiscal_year from project_budgets b join projects p on p.id = b.project_id
                 where b.fiscal_year between p.start_fiscal_year and p.end_fiscal_year)
    select fy.fiscal_year as fy,
      (select count(*) from act where act.fiscal_year = fy.fiscal_year)::int as active,
      (select count(*) from act join projects p on p.id = act.project_id where act.fiscal_year = fy.fiscal_year and p.start_fiscal_year = fy.fiscal_year)::int as new,
      (select coalesce(sum(amount_yen), 0) from project_budgets where fiscal_year = fy.fiscal_year and source in ('initial', 'operating_grant'))::float8 / ${OKU} as subsidy,
      (select coalesce(sum(amount_yen), 0) from project_budgets where fiscal_year = fy.fiscal_year and source = 'adjustment')::float8 / ${OKU} as adjustment,
      (select coalesce(sum(amount_yen), 0) from project_budgets where fiscal_year = fy.fiscal_year and source = 'supplementary')::float8 / ${OKU} as supplementary
    from fiscal_years fy where fy.fiscal_year between 2015 and 2025 order by fy.fiscal_year`);
}

describe('projects and money per fiscal year', () => {
  it('has about 2,600 active and 1,000 new projects a year, FY2023 within the slide ranges', async () => {
    const ys = await years();
    console.table(
      ys.map((y) => ({
        ...y,
        subsidy: y.subsidy.toFixed(2),
        supplementary: y.supplementary.toFixed(1),
        total: (y.subsidy + y.adjustment + y.supplementary).toFixed(0),
      })),
    );
    for (const y of ys) {
      expect(y.active, `FY${y.fy}`).toBeGreaterThanOrEqual(2300);
      expect(y.active, `FY${y.fy}`).toBeLessThanOrEqual(2800);
      if (y.fy > 2015) expect(Math.abs(y.new - 1000), `FY${y.fy}`).toBeLessThanOrEqual(150);
    }
    const fy23 = ys.find((y) => y.fy === 2023)!;
    expect(fy23.active).toBeGreaterThanOrEqual(2400);
    expect(fy23.new).toBeGreaterThanOrEqual(900);
    expect(fy23.new).toBeLessThanOrEqual(1100);
  });

  it('runs projects 1–5 years, mostly 3 (the 6-year APOA2 project of the slides apart)', async () => {
    const d = await rows<{ years: number; n: number }>(
      sql`select end_fiscal_year - start_fiscal_year + 1 as years, count(*)::int as n from projects where start_fiscal_year between 2016 and 2020 group by 1 order by 2 desc`,
    );
    expect(d[0]!.years).toBe(3);
    expect(d.filter((r) => r.years < 1 || r.years > 5)).toEqual([{ years: 6, n: 1 }]);
  });

  it('matches the subsidies of the slides (FY2015 1,248億円, FY2024 1,245億円) and 175億円 of adjustment funds every year', async () => {
    const ys = await years();
    expect(within(ys.find((y) => y.fy === 2015)!.subsidy, 1248, 0.02)).toBe(true);
    expect(within(ys.find((y) => y.fy === 2024)!.subsidy, 1245, 0.02)).toBe(true);
    for (const y of ys) {
      expect(y.subsidy, `FY${y.fy}`).toBeGreaterThanOrEqual(1240);
      expect(y.subsidy, `FY${y.fy}`).toBeLessThanOrEqual(1280);
      expect(y.adjustment, `FY${y.fy}`).toBe(175);
      const total = y.subsidy + y.adjustment + y.supplementary;
      if (y.fy >= 2020 && y.fy <= 2024) expect(within(total, 2500, 0.06), `FY${y.fy} total ${total}`).toBe(true);
      else expect(y.supplementary, `FY${y.fy}`).toBeLessThan(300);
    }
    const adj = await rows<{ fy: number; n: number; active: number }>(sql`
      select fiscal_year as fy, count(*) filter (where source = 'adjustment')::int as n, count(distinct project_id)::int as active from project_budgets group by fiscal_year`);
    for (const a of adj) expect(a.n / a.active).toBeLessThan(0.15);
  });

  it('keeps money in whole thousands of yen, with awards from a few million to several hundred million yen', async () => {
    const r = await one<{ odd: number; nonpos: number; p05: number; p95: number }>(sql`
      select count(*) filter (where amount_yen % 1000 <> 0)::int as odd, count(*) filter (where amount_yen <= 0)::int as nonpos,
        percentile_cont(0.05) within group (order by amount_yen)::float8 as p05, percentile_cont(0.95) within group (order by amount_yen)::float8 as p95
      from project_budgets where source = 'initial' and fiscal_year = 2023`);
    expect(r.odd).toBe(0);
    expect(r.nonpos).toBe(0);
    expect(r.p05).toBeGreaterThan(2_000_000);
    expect(r.p05).toBeLessThan(20_000_000);
    expect(r.p95).toBeGreaterThan(100_000_000);
  });

  it('shows SCARDA supporting 40 projects with 221億円 in FY2023', async () => {
    const r = await one<{ n: number; oku: number }>(sql`
      select count(distinct b.project_id)::int as n, sum(b.amount_yen)::float8 / ${OKU} as oku
      from project_budgets b join projects p on p.id = b.project_id join programs g on g.id = p.program_id join departments d on d.id = g.department_id
      where d.code = 'D-SCARDA' and b.fiscal_year = 2023`);
    expect(r.n).toBe(40);
    expect(within(r.oku, 221, 0.02)).toBe(true);
  });

  it('spreads FY2023 projects with 疾患基礎研究 and 医薬品 largest by count and devices fewer', async () => {
    const r = await rows<{ code: string; n: number }>(sql`
      select ip.code, count(distinct p.id)::int as n from projects p
      join program_placements pl on pl.program_id = p.program_id and pl.period_id = 2
      join integrated_projects ip on ip.id = pl.integrated_project_id
      join project_budgets b on b.project_id = p.id and b.fiscal_year = 2023
      group by ip.code order by n desc`);
    expect(
      r
        .slice(0, 2)
        .map((x) => x.code)
        .sort(),
    ).toEqual(['P2-DISEASE', 'P2-DRUG']);
    expect(r.find((x) => x.code === 'P2-DEVICE')!.n).toBeLessThan(r.find((x) => x.code === 'P2-SEEDS')!.n);
  });
});

describe('projects', () => {
  it('have AMED-style unique grant numbers, consistent modality, stage, status, areas and search text', async () => {
    const bad = await one<{ grant: number; stage: number; status: number; areas: number; many: number }>(sql`
      select
        (select count(*) from projects where grant_number !~ '^JP[0-9]{2}[a-z]{2}[0-9]{7}$' or substr(grant_number, 3, 2)::int <> start_fiscal_year % 100)::int as grant,
        (select count(*) from projects where modality not in ('drug', 'device', 'regenerative', 'diagnostic', 'other'))::int as stage,
        (select count(*) from projects where (end_fiscal_year < 2025 and status = 'active') or (end_fiscal_year >= 2025 and status <> 'active'))::int as status,
        (select count(*) from project_disease_areas pa join projects p on p.id = pa.project_id join disease_areas a on a.id = pa.disease_area_id
           join fiscal_years fy on fy.fiscal_year = p.start_fiscal_year where a.period_id <> fy.period_id)::int as areas,
        (select count(*) from (select project_id from project_disease_areas group by project_id having count(*) > 2) x)::int as many`);
    expect(bad).toEqual({ grant: 0, stage: 0, status: 0, areas: 0, many: 0 });
    const all = await rows<{ modality: Modality; stage: string }>(sql`select distinct modality, stage from projects`);
    for (const p of all) expect(isStageOf(p.modality, p.stage), `${p.modality}/${p.stage}`).toBe(true);
    const shares = await one<{ pub: number; term: number }>(
      sql`select avg(is_public::int)::float8 as pub, count(*) filter (where status = 'terminated')::int as term from projects`,
    );
    expect(shares.pub).toBeGreaterThan(0.95);
    expect(shares.pub).toBeLessThan(0.99);
    expect(shares.term).toBeGreaterThan(0);
    const sample = await rows<{ t: string; te: string; a: string; ae: string; g: string; s: string }>(
      sql`select title_ja as t, title_en as te, abstract_ja as a, abstract_en as ae, grant_number as g, search_text as s from projects where id % 41 = 0`,
    );
    for (const p of sample) expect(p.s).toBe(searchTextOf(p.t, p.te, p.a, p.ae, p.g));
  });

  it('links a few hundred predecessors to successors', async () => {
    const links = await rows<{ kind: string; n: number }>(sql`select kind, count(*)::int as n from project_links group by kind`);
    const total = links.reduce((s, l) => s + l.n, 0);
    expect(total).toBeGreaterThan(200);
    expect(links.every((l) => ['handoff', 'continuation', 'fast_path'].includes(l.kind))).toBe(true);
    const gaps = await one<{ n: number }>(
      sql`select count(*)::int as n from project_links l join projects a on a.id = l.predecessor_id join projects b on b.id = l.successor_id where b.start_fiscal_year > a.end_fiscal_year + 1`,
    );
    expect(gaps.n).toBe(0);
  });
});

async function search(q: string) {
  return rows<{ id: number; title_ja: string; program: string; start: number; stage: string; is_public: boolean }>(sql`
    select p.id, p.title_ja, g.code as program, p.start_fiscal_year as start, p.stage, p.is_public from projects p join programs g on g.id = p.program_id
    where p.is_public and p.search_vector @@ to_tsquery('simple', ${toTsQuery(q)}) order by p.start_fiscal_year`);
}

describe('the stories of the slides', () => {
  it('tells the APOA2-iTQ story: 次世代がん → 革新がん, adjustment funds, licensing, approval and insurance listing', async () => {
    const found = (await search('膵がん')).filter(
      (p) => p.title_ja.includes('バイオマーカー') && ['JISEDAI-GAN', 'KAKUSHIN-GAN'].includes(p.program),
    );
    const first = found.find((p) => p.title_ja.startsWith('タンパク質・ペプチド修飾解析'))!;
    const second = found.find((p) => p.title_ja.startsWith('膵外分泌機能を評価する'))!;
    expect(first.program).toBe('JISEDAI-GAN');
    expect(second.program).toBe('KAKUSHIN-GAN');
    expect(
      (await rows(sql`select 1 from project_links where predecessor_id = ${first.id} and successor_id = ${second.id} and kind = 'handoff'`))
        .length,
    ).toBe(1);
    const adj = await rows<{ fy: number }>(
      sql`select fiscal_year as fy from project_budgets where project_id = ${first.id} and source = 'adjustment' order by 1`,
    );
    expect(adj.map((a) => a.fy)).toEqual([2017, 2019, 2021]);
    const outs = await rows<{ kind: string; fy: number; on: string; product: string | null; category: string | null }>(sql`
      select kind, fiscal_year as fy, occurred_on::text as on, details->>'product' as product, details->>'category' as category from outcomes
      where project_id in (${first.id}, ${second.id}) order by occurred_on`);
    expect(outs.find((o) => o.kind === 'licensing')).toBeTruthy();
    expect(outs.find((o) => o.kind === 'approval')).toMatchObject({ fy: 2023, product: 'APOA2-iTQ', category: 'ivd' });
    expect(outs.find((o) => o.kind === 'approval')!.on.startsWith('2023-06')).toBe(true);
    expect(outs.find((o) => o.kind === 'insurance_listing')).toMatchObject({ fy: 2023 });
    expect(outs.find((o) => o.kind === 'insurance_listing')!.on.startsWith('2024-02')).toBe(true);
  });

  it('tells the JOHAKU story across three programs with the device ladder advancing', async () => {
    const chain = (await search('JOHAKU')).concat((await search('迷走神経')).filter((p) => p.program === 'TENKAI'));
    const byProgram = new Map(chain.map((p) => [p.program, p]));
    const steps = ['TENKAI', 'IKO-RENKEI', 'KIKI-KAIHATSU'].map((c) => byProgram.get(c)!);
    expect(steps.map((s) => s.start)).toEqual([2016, 2019, 2022]);
    const rung = (s: string) => DEVICE_LADDER.findIndex((r) => r.code === s);
    expect(rung(steps[0]!.stage)).toBeLessThan(rung(steps[1]!.stage));
    expect(rung(steps[1]!.stage)).toBeLessThan(rung(steps[2]!.stage));
    const links = await rows(
      sql`select 1 from project_links where kind = 'handoff' and ((predecessor_id = ${steps[0]!.id} and successor_id = ${steps[1]!.id}) or (predecessor_id = ${steps[1]!.id} and successor_id = ${steps[2]!.id}))`,
    );
    expect(links).toHaveLength(2);
    const trials = await rows(sql`select 1 from outcomes where project_id = ${steps[2]!.id} and kind = 'clinical_trial'`);
    expect(trials.length).toBeGreaterThan(0);
  });

  it('counts exactly 40 approvals, 434 licensings, 357 non-clinical PoCs and 6,090 top-journal papers in FY2020–FY2023', async () => {
    const r = await one<Record<string, number>>(sql`
      select count(*) filter (where kind = 'approval')::int as approval, count(*) filter (where kind = 'licensing')::int as licensing,
        count(*) filter (where kind = 'nonclinical_poc')::int as poc, count(*) filter (where kind = 'paper' and top_journal)::int as top,
        count(*) filter (where kind = 'paper' and not top_journal)::int as other
      from outcomes where fiscal_year between 2020 and 2023`);
    expect(r).toMatchObject({ approval: 40, licensing: 434, poc: 357, top: 6090 });
    expect(r.other).toBeGreaterThan(0);
    // the indicator service the web app shows gives the same figures
    const kpis = await createOutcomesService({ db: database.db }).kpis({ period: 2, throughFiscalYear: 2023 });
    expect(await createOutcomesService({ db: database.db }).kpis({ throughFiscalYear: 2023 })).toEqual(kpis);
    expect(kpis).toMatchObject({
      fromFiscalYear: 2020,
      throughFiscalYear: 2023,
      approvals: 40,
      licensings: 434,
      nonClinicalPoc: 357,
      topJournalPapers: 6090,
    });
    expect(kpis.byFiscalYear.map((y) => y.fiscalYear)).toEqual([2020, 2021, 2022, 2023]);
    const malformed = await one<{ n: number }>(sql`
      select count(*)::int as n from outcomes where
        (kind = 'paper' and (details->>'doi' is null or details->>'journal' is null)) or
        (kind = 'licensing' and details->>'company' is null) or
        (kind = 'clinical_trial' and (details->>'registry' not in ('jRCT', 'NCT') or details->>'trialId' is null or details->>'phase' is null)) or
        (kind = 'approval' and (details->>'category' not in ('drug', 'device', 'regenerative', 'ivd') or details->>'indication' not in ('new', 'extended') or jsonb_typeof(details->'conditional') <> 'boolean'))`);
    expect(malformed.n).toBe(0);
    const other = await rows<{ fy: number; n: number }>(
      sql`select fiscal_year as fy, count(*)::int as n from outcomes where kind = 'approval' group by 1`,
    );
    expect(other.filter((o) => o.fy < 2020 || o.fy > 2023).every((o) => o.n > 0 && o.n < 15)).toBe(true);
  });

  it('includes the eight approvals of the slides with their dates and kinds', async () => {
    const a = await rows<{ product: string; on: string; fy: number; category: string; conditional: boolean; program: string }>(sql`
      select o.details->>'product' as product, o.occurred_on::text as on, o.fiscal_year as fy, o.details->>'category' as category,
        (o.details->>'conditional')::boolean as conditional, g.code as program
      from outcomes o join projects p on p.id = o.project_id join programs g on g.id = p.program_id
      where o.kind = 'approval' and o.details->>'product' in ('ラパリムス', 'エザルミア', 'ダイチロナ筋注', 'ユニツキシン', 'APOA2-iTQ', 'デリタクト注', 'シンフォリウム', 'ビズノバ')
      order by o.occurred_on`);
    const months = a.map((x) => `${x.product}:${x.on.slice(0, 7)}:${x.fy}:${x.category}`);
    expect(months).toEqual([
      'デリタクト注:2021-06:2021:regenerative',
      'ユニツキシン:2021-06:2021:drug',
      'ラパリムス:2021-09:2021:drug',
      'エザルミア:2022-09:2022:drug',
      'ビズノバ:2023-03:2022:regenerative',
      'APOA2-iTQ:2023-06:2023:ivd',
      'シンフォリウム:2023-07:2023:device',
      'ダイチロナ筋注:2023-08:2023:drug',
      'ラパリムス:2024-01:2023:drug',
    ]);
    expect(a.find((x) => x.product === 'デリタクト注')!.conditional).toBe(true);
    expect(a.find((x) => x.product === 'ダイチロナ筋注')!.program).toBe('COVID-VACCINE');
  });
});

describe('people and users', () => {
  it('has real institutions and fictional researchers with valid researcher numbers and ORCID iDs', async () => {
    const r = await one<{ inst: number; res: number; orcid: number }>(sql`
      select (select count(*) from institutions)::int as inst, (select count(*) from researchers)::int as res, (select avg((orcid is not null)::int) from researchers)::float8 as orcid`);
    expect(r.inst).toBeGreaterThanOrEqual(230);
    expect(within(r.res, 8000, 0.01)).toBe(true);
    expect(r.orcid).toBeGreaterThan(0.55);
    expect(r.orcid).toBeLessThan(0.65);
    const ids = await rows<{ orcid: string }>(sql`select orcid from researchers where orcid is not null`);
    for (const { orcid } of ids) {
      expect(orcid).toMatch(/^0000-000\d-\d{4}-\d{3}[\dX]$/);
      const digits = orcid.replace(/-/g, '');
      expect(orcidCheckDigit(digits.slice(0, 15))).toBe(digits[15]);
    }
    expect(new Set(ids.map((i) => i.orcid)).size).toBe(ids.length);
  });

  it('gives every project one PI and up to four co-investigators, and nobody more than 100% effort in any year', async () => {
    const teams = await one<{ pis: number; big: number; steps: number }>(sql`
      select (select count(*) from (select project_id from project_members group by project_id having count(*) filter (where role = 'pi') <> 1) x)::int as pis,
        (select count(*) from (select project_id from project_members group by project_id having count(*) filter (where role = 'co') > 4) x)::int as big,
        (select count(*) from project_members where effort_percent % 5 <> 0 or effort_percent = 0)::int as steps`);
    expect(teams).toEqual({ pis: 0, big: 0, steps: 0 });
    const over = await one<{ n: number }>(sql`
      select count(*)::int as n from (
        select m.researcher_id, fy.fiscal_year from project_members m join projects p on p.id = m.project_id
        join fiscal_years fy on fy.fiscal_year between p.start_fiscal_year and p.end_fiscal_year
        group by 1, 2 having sum(m.effort_percent) > 100) x`);
    expect(over.n).toBe(0);
    const piMatches = await one<{ n: number }>(
      sql`select count(*)::int as n from projects p join project_members m on m.project_id = p.id and m.role = 'pi' where m.researcher_id <> p.pi_researcher_id`,
    );
    expect(piMatches.n).toBe(0);
  });

  it('names a holder for every PD, PS, PO and DC post, without passwords', async () => {
    const missing = await rows(sql`
      select 'pd ' || code from integrated_projects ip where period_id >= 2 and not exists (select 1 from user_roles r where r.role = 'pd' and r.scope_id = ip.id)
      union all select 'ps ' || code from programs g where not exists (select 1 from user_roles r where r.role = 'ps' and r.scope_id = g.id)
      union all select 'po ' || code from programs g where not exists (select 1 from user_roles r where r.role = 'po' and r.scope_id = g.id)
      union all select 'dc ' || code from disease_areas a where period_id >= 2 and not exists (select 1 from user_roles r where r.role = 'dc' and r.scope_id = a.id)`);
    expect(missing).toEqual([]);
    const withPassword = await one<{ n: number }>(sql`select count(*)::int as n from users where password_hash is not null`);
    expect(withPassword.n).toBe(DEMO_ACCOUNTS.length);
  });

  it('creates the sign-in accounts with the demo password and their scopes', async () => {
    expect(summary.accounts.map((a) => a.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
    const pd = summary.accounts.find((a) => a.email === 'pd@seedline.example')!;
    expect(pd.scopeNameJa).toContain('医薬品PJ');
    const u = await one<{ password_hash: string }>(sql`select password_hash from users where email = 'po@seedline.example'`);
    expect(await verifyPassword(u.password_hash, PASSWORD)).toBe(true);
    const po = await one<{ code: string }>(
      sql`select g.code from users u join user_roles r on r.user_id = u.id join programs g on g.id = r.scope_id where u.email = 'po@seedline.example'`,
    );
    expect(po.code).toBe('JISEDAI-GAN');
  });

  it('links the researcher accounts to PIs with unpublished projects, the first one to the APOA2-iTQ projects', async () => {
    const r = await rows<{ email: string; titles: string[]; hidden: number }>(sql`
      select u.email, array_agg(p.title_ja order by p.start_fiscal_year) as titles, count(*) filter (where not p.is_public)::int as hidden
      from users u join researchers re on re.user_id = u.id join projects p on p.pi_researcher_id = re.id
      where u.email in ('researcher@seedline.example', 'researcher2@seedline.example') group by u.email order by u.email`);
    expect(r).toHaveLength(2);
    expect(r.find((x) => x.email === 'researcher@seedline.example')!.titles.some((t) => t.startsWith('膵外分泌機能'))).toBe(true);
    expect(r.every((x) => x.hidden >= 1)).toBe(true);
  });
});

describe('generation', () => {
  const digest = (scale: number) =>
    createHash('sha256')
      .update(JSON.stringify(generateDemo(scale)))
      .digest('hex');

  it('is deterministic: the same scale gives identical rows', () => {
    expect(digest(0.2)).toBe(digest(0.2));
    expect(digest(0.2)).not.toBe(digest(0.3));
  });

  it('loads a small demo (scale 0.1) quickly, with the stories and accounts', async () => {
    const small = await createTestDatabase();
    try {
      const s = await loadDemoAgency(small.database.db, { scale: 0.1, password: PASSWORD });
      console.log(`demo scale 0.1 loaded in ${s.seconds.toFixed(1)} s: ${s.projects} projects`);
      expect(s.seconds).toBeLessThan(15);
      expect(s.projects).toBeGreaterThan(1000);
      expect(s.projects).toBeLessThan(1500);
      expect(s.accounts).toHaveLength(DEMO_ACCOUNTS.length);
      expect(await isDemoLoaded(small.database.db)).toBe(true);
    } finally {
      await small.cleanup();
    }
  }, 60_000);
});
