import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProgram, buildProject, buildUser, diseaseAreaOf } from '../../../test/helpers/factories.ts';
import { fiscalYearOf } from '../../lib/fiscal-year.ts';
import { createHomeRegistry } from './home.registry.ts';
import type { HomeResponse } from './home.schemas.ts';

let t: TestApp;
const db = () => t.database.db;
const FY = fiscalYearOf(new Date());

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const home = async (s?: Session) => t.app.inject({ method: 'GET', url: '/api/v1/home', headers: s?.headers ?? {} });
const homeOf = async (s: Session) => {
  const res = await home(s);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as HomeResponse;
};
const money = (current: number, previous: number) => [
  { fiscalYear: FY, source: 'initial', amountYen: current },
  { fiscalYear: FY - 1, source: 'initial', amountYen: previous },
];

describe('GET /api/v1/home', () => {
  it('answers an anonymous caller with 401', async () => {
    const res = await home();
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it("shows a PO only their own program: projects by status and stage, this year's money against last year's", async () => {
    const mine = await buildProgram(db(), { periodId: 3 });
    const other = await buildProgram(db(), { periodId: 3 });
    const run = { startFiscalYear: FY - 1, endFiscalYear: FY + 1 };
    await buildProject(db(), { programId: mine.id, ...run, stage: 'drug_screening', budgets: money(50_000_000, 40_000_000) });
    await buildProject(db(), { programId: mine.id, ...run, stage: 'drug_clinical', isPublic: false, budgets: money(30_000_000, 0) });
    await buildProject(db(), { programId: mine.id, startFiscalYear: FY - 1, endFiscalYear: FY, budgets: money(10_000_000, 10_000_000) });
    await buildProject(db(), { programId: other.id, ...run, budgets: money(999_000_000, 0) });
    const po = await buildUser(db(), 'po', { scopeId: mine.id });
    const h = await homeOf(await t.login(po.email, po.password));

    expect(h.fiscalYear).toBe(FY);
    expect(h.scopes).toHaveLength(1);
    const s = h.scopes[0]!;
    expect(s).toMatchObject({ role: 'po', kind: 'program', id: mine.id, nameJa: mine.nameJa, projectCount: 3 });
    expect(s.budgetYen).toBe(90_000_000);
    expect(s.previousBudgetYen).toBe(50_000_000);
    expect(s.byStatus.active).toBe(3);
    expect(s.byStage.clinical).toBe(1);
    expect(s.link).toBe(`/projects?fiscalYear=${FY}&program=${mine.id}`);
    // The project in its last year is an item that needs the PO, due at the end of the fiscal year.
    expect(h.items).toEqual([
      expect.objectContaining({ kind: 'projects.ending', count: 1, severity: 'warning', dueDate: `${FY + 1}-03-31`, link: s.link }),
    ]);
  });

  it('shows a DC their disease area and a PD their integrated project', async () => {
    const program = await buildProgram(db(), { periodId: 3 });
    const area = await diseaseAreaOf(db(), 3, 2);
    await buildProject(db(), {
      programId: program.id,
      startFiscalYear: FY,
      endFiscalYear: FY + 2,
      diseaseAreaIds: [area.id],
      budgets: money(7_000_000, 0),
    });
    const dc = await buildUser(db(), 'dc', { scopeId: area.id });
    const dcHome = await homeOf(await t.login(dc.email, dc.password));
    expect(dcHome.scopes).toEqual([
      expect.objectContaining({ kind: 'disease_area', id: area.id, projectCount: 1, newProjectCount: 1, budgetYen: 7_000_000 }),
    ]);

    const pd = await buildUser(db(), 'pd', { scopeId: program.integratedProjectId });
    const pdHome = await homeOf(await t.login(pd.email, pd.password));
    expect(pdHome.scopes).toHaveLength(1);
    expect(pdHome.scopes[0]).toMatchObject({ kind: 'integrated_project', id: program.integratedProjectId });
    expect(pdHome.scopes[0]!.projectCount).toBeGreaterThanOrEqual(1);
  });

  it("counts a researcher's own unpublished project but never another researcher's, and keeps the agency overview from them", async () => {
    const program = await buildProgram(db(), { periodId: 3 });
    const me = await buildUser(db(), 'researcher');
    const other = await buildUser(db(), 'researcher');
    const run = { programId: program.id, startFiscalYear: FY, endFiscalYear: FY };
    await buildProject(db(), { ...run, piResearcherId: me.researcherId!, isPublic: false, budgets: money(5_000_000, 0) });
    await buildProject(db(), { ...run, piResearcherId: other.researcherId!, isPublic: false, budgets: money(8_000_000, 0) });
    const s = await t.login(me.email, me.password);
    const h = await homeOf(s);
    expect(h.scopes).toEqual([expect.objectContaining({ kind: 'self', projectCount: 1, budgetYen: 5_000_000 })]);
    expect(h.items).toEqual([expect.objectContaining({ kind: 'projects.own', count: 1, link: `/projects?fiscalYear=${FY}&mine=true` })]);
    const overview = await t.app.inject({ method: 'GET', url: '/api/v1/overview', headers: s.headers });
    expect(overview.statusCode).toBe(403);
  });

  it('gives a reviewer an empty home (no projects followed, no items yet) and no overview', async () => {
    const reviewer = await buildUser(db(), 'reviewer');
    const s = await t.login(reviewer.email, reviewer.password);
    const h = await homeOf(s);
    expect(h.scopes).toEqual([]);
    expect(h.items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/overview', headers: s.headers })).statusCode).toBe(403);
  });

  it('gives an executive the whole agency, counting unpublished projects too', async () => {
    const exec = await buildUser(db(), 'executive');
    const h = await homeOf(await t.login(exec.email, exec.password));
    expect(h.scopes).toHaveLength(1);
    expect(h.scopes[0]).toMatchObject({ kind: 'agency', id: null });
    // every project created above with money this year, unpublished ones included
    expect(h.scopes[0]!.budgetYen).toBe(50_000_000 + 30_000_000 + 10_000_000 + 999_000_000 + 7_000_000 + 5_000_000 + 8_000_000);
  });
});

describe('the home registry', () => {
  const actor = { userId: 1, email: 'a@b', displayName: 'a', locale: 'ja' as const, roles: [], researcherId: null };
  const item = { titleJa: 'テスト', titleEn: 'Test', count: 1, link: '/x', dueDate: null };

  it('collects every contributor, most urgent first, then by due date', async () => {
    const r = createHomeRegistry();
    r.register('a', async () => [{ ...item, kind: 'a.info', severity: 'info' }]);
    r.register('b', async () => [
      { ...item, kind: 'b.late', severity: 'warning', dueDate: '2026-05-01' },
      { ...item, kind: 'b.soon', severity: 'warning', dueDate: '2026-04-01' },
      { ...item, kind: 'b.critical', severity: 'critical' },
    ]);
    expect((await r.collect(actor)).map((i) => i.kind)).toEqual(['b.critical', 'b.soon', 'b.late', 'a.info']);
  });

  it('refuses a contributor registered twice and an item that breaks the contract', async () => {
    const r = createHomeRegistry();
    r.register('a', async () => [{ ...item, kind: 'a', severity: 'info', link: 'https://elsewhere.example' }]);
    expect(() => r.register('a', async () => [])).toThrow(/twice/);
    await expect(r.collect(actor)).rejects.toThrow();
  });
});
