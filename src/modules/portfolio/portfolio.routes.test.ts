import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProgram, buildProject, buildUser, diseaseAreaOf, integratedProjectOf } from '../../../test/helpers/factories.ts';

let t: TestApp;
const db = () => t.database.db;
let s: Session;
let ip1: number;
let ip2: number;
let cancer: number;
let rare: number;

const get = (url: string, session: Session | null = s) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session?.headers ?? {} });
const budget = (yen: number) => [{ fiscalYear: 2024, source: 'initial', amountYen: yen }];

beforeAll(async () => {
  t = await createTestApp();
  ip1 = (await integratedProjectOf(db(), 2, 1)).id;
  ip2 = (await integratedProjectOf(db(), 2, 2)).id;
  cancer = (await diseaseAreaOf(db(), 2, 1)).id;
  rare = (await diseaseAreaOf(db(), 2, 5)).id;
  const a = await buildProgram(db(), { integratedProjectId: ip1 });
  const b = await buildProgram(db(), { integratedProjectId: ip2 });
  const fy = { startFiscalYear: 2023, endFiscalYear: 2025 };
  await buildProject(db(), { ...fy, programId: a.id, stage: 'drug_screening', budgets: budget(30_000_000), diseaseAreaIds: [cancer] });
  await buildProject(db(), { ...fy, programId: a.id, stage: 'drug_medchem', budgets: budget(20_000_000), diseaseAreaIds: [cancer, rare] });
  await buildProject(db(), { ...fy, programId: a.id, stage: 'drug_clinical', budgets: budget(100_000_000), diseaseAreaIds: [] });
  await buildProject(db(), {
    ...fy,
    programId: b.id,
    modality: 'device',
    stage: 'device_principle',
    budgets: budget(15_000_000),
    diseaseAreaIds: [rare],
  });
  await buildProject(db(), { startFiscalYear: 2020, endFiscalYear: 2021, programId: b.id, stage: 'drug_clinical', budgets: [] });
  s = await t.login(...cred(await buildUser(db(), 'executive')));
});
afterAll(async () => {
  await t?.close();
});

function cred(u: { email: string; password: string }): [string, string] {
  return [u.email, u.password];
}

describe('portfolio views', () => {
  it('counts projects and money of the fiscal year at each generic stage in the funnel', async () => {
    const f = (await get('/portfolio/funnel?fiscalYear=2024')).json();
    const by = Object.fromEntries(f.stages.map((x: { stage: string; projects: number; yen: number }) => [x.stage, [x.projects, x.yen]]));
    expect(by).toEqual({ basic: [0, 0], applied: [3, 65_000_000], nonclinical: [0, 0], clinical: [1, 100_000_000], practical: [0, 0] });
    expect(f.total).toEqual({ projects: 4, yen: 165_000_000 });
    expect((await get(`/portfolio/funnel?fiscalYear=2024&diseaseArea=${rare}`)).json().total).toEqual({ projects: 2, yen: 35_000_000 });
  });

  it('fills the integrated project × disease area × stage matrix and drills down to the projects of a cell', async () => {
    const m = (await get('/portfolio/matrix?fiscalYear=2024')).json();
    const cell = (ip: number, da: number | null, stage: string) =>
      m.cells.find(
        (c: { integratedProjectId: number; diseaseAreaId: number | null; stage: string }) =>
          c.integratedProjectId === ip && c.diseaseAreaId === da && c.stage === stage,
      );
    expect(cell(ip1, cancer, 'applied')).toMatchObject({ projects: 2, yen: 50_000_000 });
    expect(cell(ip1, rare, 'applied')).toMatchObject({ projects: 1, yen: 20_000_000 });
    expect(cell(ip1, null, 'clinical')).toMatchObject({ projects: 1, yen: 100_000_000 });
    expect(cell(ip2, rare, 'applied')).toMatchObject({ projects: 1, yen: 15_000_000 });
    expect(m.integratedProjects.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining([ip1, ip2]));
    const drill = (await get(`/portfolio/projects?fiscalYear=2024&integratedProject=${ip1}&diseaseArea=${cancer}&stage=applied`)).json();
    expect(drill.total).toBe(2);
    expect(drill.items.map((x: { yen: number }) => x.yen)).toEqual([30_000_000, 20_000_000]);
    const none = (await get(`/portfolio/projects?fiscalYear=2024&integratedProject=${ip1}&noDiseaseArea=true`)).json();
    expect(none.items.map((x: { stage: string }) => x.stage)).toEqual(['drug_clinical']);
  });

  it('gives the DC one disease area across integrated projects and the PD one integrated project by program', async () => {
    const dc = (await get(`/portfolio/disease-areas/${rare}?fiscalYear=2024`)).json();
    const rows = Object.fromEntries(
      dc.byIntegratedProject.map((r: { id: number; total: { projects: number } }) => [r.id, r.total.projects]),
    );
    expect(rows[ip1]).toBe(1);
    expect(rows[ip2]).toBe(1);
    const pd = (await get(`/portfolio/integrated-projects/${ip1}?fiscalYear=2024`)).json();
    expect(pd.funnel.total).toEqual({ projects: 3, yen: 150_000_000 });
    expect(pd.byProgram).toHaveLength(1);
    expect((await get('/portfolio/disease-areas/999999?fiscalYear=2024')).statusCode).toBe(404);
  });

  it('exports the matrix to Excel with real number cells', async () => {
    const res = await get('/portfolio/export?view=matrix&fiscalYear=2024&lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(4).value).toBe('Projects');
    const yen = ws.getColumn(5).values.slice(2) as unknown[];
    expect(yen.every((v) => typeof v === 'number')).toBe(true);
    expect((yen as number[]).reduce((a, b) => a + b, 0)).toBe(30_000_000 + 2 * 20_000_000 + 100_000_000 + 15_000_000);
    const pd = await get(`/portfolio/export?view=integrated-project&id=${ip1}&fiscalYear=2024`);
    expect(pd.statusCode).toBe(200);
    expect((await get('/portfolio/export?view=disease-area&fiscalYear=2024')).statusCode).toBe(400);
  });

  it('is for agency members only: a researcher gets 403, an anonymous caller 401', async () => {
    const r = await t.login(...cred(await buildUser(db(), 'researcher')));
    for (const url of [
      '/portfolio/funnel',
      '/portfolio/matrix',
      '/portfolio/projects',
      `/portfolio/disease-areas/${rare}`,
      `/portfolio/integrated-projects/${ip1}`,
      '/portfolio/export?view=funnel',
    ]) {
      expect((await get(url, r)).statusCode, url).toBe(403);
      expect((await get(url, null)).statusCode, url).toBe(401);
    }
    const dc = await t.login(...cred(await buildUser(db(), 'dc', { scopeId: rare })));
    expect((await get('/portfolio/matrix?fiscalYear=2024', dc)).statusCode).toBe(200);
  });
});
