import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProject, buildUser, diseaseAreaOf } from '../../../test/helpers/factories.ts';
import { diseaseAreas } from '../../db/schema.ts';
import { createProjectsService } from '../projects/projects.service.ts';
import { categorise, evaluate } from './categories.match.ts';
import { createCategoriesService } from './categories.service.ts';

const text = (titleJa: string, titleEn: string, abstractJa = '', abstractEn = '') => ({
  id: 1,
  periodId: 2,
  titleJa,
  titleEn,
  abstractJa,
  abstractEn,
});

describe('term definitions', () => {
  it('assigns a disease area and a finer category with the terms that matched, in both languages', () => {
    const a = categorise(text('膵がんの早期診断法の開発', 'Early diagnosis of pancreatic cancer'));
    const area = a.find((x) => x.scheme === 'area')!;
    expect(area.code).toBe('P2-CANCER');
    expect(area.matches).toContainEqual({ term: 'がん', lang: 'ja', field: 'title' });
    expect(area.matches).toContainEqual({ term: 'cancer', lang: 'en', field: 'title' });
    expect(a.find((x) => x.code === 'pancreatic-cancer')?.matches.map((m) => m.term)).toEqual(['膵がん', 'pancreatic cancer']);
  });

  it('matches English terms as whole words only, and a designated intractable disease by its MHLW name', () => {
    expect(categorise(text('', 'Painting of cells')).some((x) => x.code === 'pain')).toBe(false);
    const r = categorise(text('筋萎縮性側索硬化症の病態解明', 'Pathology of ALS'));
    expect(r.find((x) => x.code === 'intractable-1')?.matches[0]?.term).toBe('筋萎縮性側索硬化症');
    expect(r.some((x) => x.scheme === 'area' && x.code === 'P2-RARE')).toBe(true);
  });

  it('needs a title term or two abstract terms for a disease area, and maps to the areas of the plan period', () => {
    expect(categorise(text('基盤技術', 'Platform', '感染症の研究', 'A study')).filter((x) => x.scheme === 'area')).toEqual([]);
    expect(
      categorise({ ...text('小児がん', 'Paediatric cancer'), periodId: 3 })
        .filter((x) => x.scheme === 'area')
        .map((x) => x.code)
        .sort(),
    ).toEqual(['P3-CANCER', 'P3-LIFECOURSE']);
  });

  it('computes micro precision and recall', () => {
    const e = evaluate(
      new Map([
        [1, new Set(['A', 'B'])],
        [2, new Set(['A'])],
      ]),
      new Map([
        [1, new Set(['A'])],
        [2, new Set(['B'])],
      ]),
    );
    expect(e).toMatchObject({ tp: 1, fp: 2, fn: 1, precision: 0.333, recall: 0.5 });
  });
});

describe('categorisation and overrides', () => {
  let t: TestApp;
  let dc: Session;
  let otherDc: Session;
  let po: Session;
  let project: { id: number };
  beforeAll(async () => {
    t = await createTestApp();
    project = await buildProject(t.database.db, { titleJa: '膵がんの早期診断', titleEn: 'Early diagnosis of pancreatic cancer' });
    // The DC of the project's disease area (the categoriser puts 膵がん under P2-CANCER).
    const [cancer] = await t.database.db.select().from(diseaseAreas).where(eq(diseaseAreas.code, 'P2-CANCER'));
    const d = await buildUser(t.database.db, 'dc', { scopeId: cancer!.id });
    dc = await t.login(d.email, d.password);
    const o = await buildUser(t.database.db, 'dc', { scopeId: (await diseaseAreaOf(t.database.db, 2, 3)).id });
    otherDc = await t.login(o.email, o.password);
    const p = await buildUser(t.database.db, 'po');
    po = await t.login(p.email, p.password);
    await createCategoriesService({ db: t.database.db, projects: createProjectsService({ db: t.database.db }) }).run();
  });
  afterAll(async () => {
    await t?.close();
  });
  const override = (body: object, s?: Session) =>
    t.app.inject({ method: 'POST', url: `/api/v1/projects/${project.id}/categories/overrides`, headers: s?.headers ?? {}, payload: body });

  it('shows why a project matched, and keeps a curator exclusion and inclusion over re-runs', async () => {
    const before = (await t.app.inject({ method: 'GET', url: `/api/v1/projects/${project.id}/categories`, headers: po.headers })).json();
    expect(before.assigned.find((a: { code: string }) => a.code === 'pancreatic-cancer').matches.length).toBe(2);
    expect(
      (await override({ scheme: 'category', code: 'pancreatic-cancer', action: 'exclude', reason: '診断機器が主' }, dc)).statusCode,
    ).toBe(200);
    const after = (await override({ scheme: 'area', code: 'P2-RARE', action: 'include' }, dc)).json();
    expect(after.assigned.map((a: { code: string }) => a.code)).not.toContain('pancreatic-cancer');
    expect(after.assigned.find((a: { code: string }) => a.code === 'P2-RARE').overridden).toBe(true);
    await createCategoriesService({ db: t.database.db, projects: createProjectsService({ db: t.database.db }) }).run();
    const again = (await t.app.inject({ method: 'GET', url: `/api/v1/projects/${project.id}/categories`, headers: dc.headers })).json();
    expect(again.excluded.map((a: { code: string }) => a.code)).toContain('pancreatic-cancer');
    expect(again.overrides.length).toBe(2);
  });

  it('lets curators (DC, staff, admin) override: 403 for a PO, 401 anonymous, 400 for an unknown code, 404 for no project', async () => {
    expect((await override({ scheme: 'category', code: 'diabetes', action: 'include' }, po)).statusCode).toBe(403);
    expect((await override({ scheme: 'category', code: 'diabetes', action: 'include' })).statusCode).toBe(401);
    expect((await override({ scheme: 'category', code: 'nope', action: 'include' }, dc)).statusCode).toBe(400);
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/v1/projects/999999/categories/overrides',
      headers: dc.headers,
      payload: { scheme: 'category', code: 'diabetes', action: 'include' },
    });
    expect(none.statusCode).toBe(404);
  });

  it("keeps a DC to their own disease area: another area's DC may not curate the project, only include or exclude their own area", async () => {
    const refused = await override({ scheme: 'category', code: 'diabetes', action: 'include' }, otherDc);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await override({ scheme: 'area', code: 'P2-CANCER', action: 'exclude' }, otherDc)).statusCode).toBe(403);
    const [own] = await t.database.db
      .select()
      .from(diseaseAreas)
      .where(eq(diseaseAreas.id, (await diseaseAreaOf(t.database.db, 2, 3)).id));
    expect((await override({ scheme: 'area', code: own!.code, action: 'include', reason: '対象疾患' }, otherDc)).statusCode).toBe(200);
  });

  it('queues categorisation as a job for staff only and lists the definitions to anyone signed in', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/categories/runs', headers: dc.headers })).statusCode).toBe(403);
    const staff = await buildUser(t.database.db, 'staff');
    const s = await t.login(staff.email, staff.password);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/categories/runs', headers: s.headers })).statusCode).toBe(202);
    const defs = (await t.app.inject({ method: 'GET', url: '/api/v1/categories', headers: po.headers })).json();
    expect(defs.categories.find((c: { code: string }) => c.code === 'dementia').rcdc).toContain("Alzheimer's Disease");
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).statusCode).toBe(401);
  });
});
