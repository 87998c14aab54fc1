import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import {
  buildInstitution,
  buildProgram,
  buildProject,
  buildUser,
  diseaseAreaOf,
  integratedProjectOf,
} from '../../../test/helpers/factories.ts';
import { auditLog, projects } from '../../db/schema.ts';

let t: TestApp;
const db = () => t.database.db;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, s?: Session, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers: { ...(s?.headers ?? {}), ...headers } });
const patch = (id: number, payload: object, s: Session) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/projects/${id}`, headers: s.headers, payload });

describe('who may read', () => {
  it('answers 401 problem+json to an anonymous caller on every staff route', async () => {
    const p = await buildProject(db());
    for (const [method, url] of [
      ['GET', '/api/v1/projects'],
      ['GET', `/api/v1/projects/${p.id}`],
      ['PATCH', `/api/v1/projects/${p.id}`],
      ['GET', '/api/v1/overview?fiscalYear=2023'],
      ['GET', '/api/v1/catalog/periods'],
      ['GET', '/api/v1/catalog/programs'],
      ['GET', '/api/v1/jobs'],
    ] as const) {
      const res = await t.app.inject({ method, url, payload: method === 'PATCH' ? { version: 1, titleJa: 'x' } : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe('unauthenticated');
    }
  });

  it("never shows a researcher another researcher's non-public project, but shows their own and public ones", async () => {
    const me = await buildUser(db(), 'researcher');
    const other = await buildUser(db(), 'researcher');
    const mine = await buildProject(db(), { piResearcherId: me.researcherId!, isPublic: false, titleJa: '自分の非公開課題' });
    const theirs = await buildProject(db(), { piResearcherId: other.researcherId!, isPublic: false, titleJa: '他人の非公開課題' });
    const open = await buildProject(db(), { piResearcherId: other.researcherId!, isPublic: true });
    const s = await t.login(me.email, me.password);

    expect((await get(`/api/v1/projects/${mine.id}`, s)).statusCode).toBe(200);
    expect((await get(`/api/v1/projects/${open.id}`, s)).statusCode).toBe(200);
    const hidden = await get(`/api/v1/projects/${theirs.id}`, s);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('他人の非公開課題');

    const onlyMine = (await get('/api/v1/projects?mine=true', s)).json();
    expect(onlyMine.items.map((i: { id: number }) => i.id)).toEqual([mine.id]);
    const list = (await get('/api/v1/projects?pageSize=200', s)).json();
    const ids = list.items.map((i: { id: number }) => i.id);
    expect(ids).toContain(mine.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(theirs.id);
    expect(list.total).toBe(list.items.length);
  });

  it('lets agency staff read non-public projects', async () => {
    const staff = await buildUser(db(), 'dc', { scopeId: (await diseaseAreaOf(db(), 3)).id });
    const p = await buildProject(db(), { isPublic: false });
    const s = await t.login(staff.email, staff.password);
    const res = await get(`/api/v1/projects/${p.id}`, s);
    expect(res.statusCode).toBe(200);
    expect(res.json().permissions.canEdit).toBe(false);
  });
});

describe('who may change', () => {
  it('lets a PO edit a project of their program, bumps the version and records before and after', async () => {
    const program = await buildProgram(db());
    const po = await buildUser(db(), 'po', { scopeId: program.id });
    const p = await buildProject(db(), { programId: program.id });
    const s = await t.login(po.email, po.password);
    const res = await patch(p.id, { version: 1, titleJa: '改訂された課題名', stage: 'drug_preclinical' }, s);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ titleJa: '改訂された課題名', stage: 'drug_preclinical', version: 2 });
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'project'), eq(auditLog.entityId, String(p.id))));
    expect(audit).toMatchObject({ action: 'project.update', actorUserId: po.id });
    expect(audit!.before).toMatchObject({ titleJa: p.titleJa, version: 1 });
    expect(audit!.after).toMatchObject({ titleJa: '改訂された課題名', version: 2 });
    // the new title is searchable at once
    const found = (await get(`/api/v1/projects?q=${encodeURIComponent('改訂')}`, s)).json();
    expect(found.items.map((i: { id: number }) => i.id)).toContain(p.id);
  });

  it("shows a project's history to staff but not to a PO or an anonymous caller", async () => {
    const staff = await buildUser(db(), 'staff');
    const program = await buildProgram(db());
    const po = await buildUser(db(), 'po', { scopeId: program.id });
    const p = await buildProject(db(), { programId: program.id });
    const s = await t.login(staff.email, staff.password);
    expect((await patch(p.id, { version: 1, titleEn: 'Renamed' }, s)).statusCode).toBe(200);
    const history = await get(`/api/v1/audit?entityType=project&entityId=${p.id}`, s);
    expect(history.statusCode).toBe(200);
    expect(history.json().items).toEqual([
      expect.objectContaining({
        action: 'project.update',
        actor: { id: staff.id, displayName: staff.displayName },
        before: expect.objectContaining({ titleEn: p.titleEn }),
        after: expect.objectContaining({ titleEn: 'Renamed' }),
      }),
    ]);
    const asPo = await t.login(po.email, po.password);
    expect((await get(`/api/v1/audit?entityType=project&entityId=${p.id}`, asPo)).statusCode).toBe(403);
    expect((await get(`/api/v1/audit?entityType=project&entityId=${p.id}`)).statusCode).toBe(401);
  });

  it('forbids a PO to change a project of another program, and changes nothing', async () => {
    const mine = await buildProgram(db());
    const po = await buildUser(db(), 'po', { scopeId: mine.id });
    const p = await buildProject(db()); // another program
    const s = await t.login(po.email, po.password);
    const res = await patch(p.id, { version: 1, titleJa: '書き換え' }, s);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    const [row] = await db().select().from(projects).where(eq(projects.id, p.id));
    expect(row).toMatchObject({ titleJa: p.titleJa, version: 1 });
    expect((await get(`/api/v1/projects/${p.id}`, s)).json().permissions.canEdit).toBe(false);
  });

  it('lets a PD edit within their integrated project only', async () => {
    const ip = await integratedProjectOf(db(), 2, 1);
    const otherIp = await integratedProjectOf(db(), 2, 2);
    const pd = await buildUser(db(), 'pd', { scopeId: ip.id });
    const inside = await buildProject(db(), { programId: (await buildProgram(db(), { integratedProjectId: ip.id })).id });
    const outside = await buildProject(db(), { programId: (await buildProgram(db(), { integratedProjectId: otherIp.id })).id });
    const s = await t.login(pd.email, pd.password);
    expect((await patch(inside.id, { version: 1, status: 'terminated' }, s)).statusCode).toBe(200);
    expect((await patch(outside.id, { version: 1, status: 'terminated' }, s)).statusCode).toBe(403);
  });

  it('forbids researchers and reviewers to edit projects', async () => {
    const researcher = await buildUser(db(), 'researcher');
    const p = await buildProject(db(), { piResearcherId: researcher.researcherId! });
    const s = await t.login(researcher.email, researcher.password);
    expect((await patch(p.id, { version: 1, titleJa: '変更' }, s)).statusCode).toBe(403);
  });

  it('answers a stale edit with 409 stale_version and keeps the newer text', async () => {
    const staff = await buildUser(db(), 'staff');
    const p = await buildProject(db());
    const s = await t.login(staff.email, staff.password);
    expect((await patch(p.id, { version: 1, titleEn: 'First edit' }, s)).statusCode).toBe(200);
    const stale = await patch(p.id, { version: 1, titleEn: 'Second edit from an old page' }, s);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    const [row] = await db().select().from(projects).where(eq(projects.id, p.id));
    expect(row).toMatchObject({ titleEn: 'First edit', version: 2 });
  });

  it('rejects a stage off the modality ladder, unknown fields and a missing CSRF token', async () => {
    const staff = await buildUser(db(), 'admin');
    const p = await buildProject(db(), { modality: 'device', stage: 'device_principle' });
    const s = await t.login(staff.email, staff.password);
    const wrongLadder = await patch(p.id, { version: 1, stage: 'drug_clinical' }, s);
    expect(wrongLadder.statusCode).toBe(400);
    expect(wrongLadder.json().errors[0].path).toBe('stage');
    expect((await patch(p.id, { version: 1, budget: 1 }, s)).statusCode).toBe(400);
    const emptyTitle = await patch(p.id, { version: 1, titleJa: '' }, s);
    expect(emptyTitle.statusCode).toBe(400);
    expect(emptyTitle.json().errors[0]).toMatchObject({ path: 'titleJa', in: 'body' });
    const noCsrf = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/projects/${p.id}`,
      headers: { cookie: s.cookie },
      payload: { version: 1, titleJa: 'x' },
    });
    expect(noCsrf.statusCode).toBe(403);
    const [row] = await db().select().from(projects).where(eq(projects.id, p.id));
    expect(row!.version).toBe(1);
  });
});

describe('finding projects', () => {
  it('filters by fiscal year, integrated project, program, disease area, stage and institution, and searches Japanese and English', async () => {
    const ip = await integratedProjectOf(db(), 2, 3);
    const program = await buildProgram(db(), { integratedProjectId: ip.id });
    const area = await diseaseAreaOf(db(), 2, 1);
    const inst = await buildInstitution(db(), { nameJa: '検索大学', nameEn: 'Search University' });
    const target = await buildProject(db(), {
      programId: program.id,
      institutionId: inst.id,
      startFiscalYear: 2021,
      endFiscalYear: 2023,
      stage: 'drug_clinical',
      titleJa: '膵がんの早期診断のための血液バイオマーカー開発',
      titleEn: 'Blood biomarkers for early detection of pancreatic cancer',
      diseaseAreaIds: [area.id],
      budgets: [
        { fiscalYear: 2022, source: 'initial', amountYen: 50_000_000 },
        { fiscalYear: 2022, source: 'adjustment', amountYen: 10_000_000 },
      ],
    });
    await buildProject(db(), { programId: program.id, startFiscalYear: 2024, endFiscalYear: 2025, titleJa: '認知症の新規治療薬' });
    const staff = await buildUser(db(), 'staff');
    const s = await t.login(staff.email, staff.password);
    const q = (params: string) => get(`/api/v1/projects?${params}`, s).then((r) => r.json());

    const combined = await q(
      `fiscalYear=2022&integratedProject=${ip.id}&program=${program.id}&diseaseArea=${area.id}&stage=clinical&institution=${inst.id}`,
    );
    expect(combined.total).toBe(1);
    expect(combined.items[0]).toMatchObject({ id: target.id, budgetYen: 60_000_000, isNew: false, integratedProject: { id: ip.id } });
    expect((await q(`program=${program.id}&fiscalYear=2021`)).items[0]).toMatchObject({ id: target.id, isNew: true });
    expect((await q(`program=${program.id}&fiscalYear=2024`)).items.map((i: { id: number }) => i.id)).not.toContain(target.id);
    expect((await q(`q=${encodeURIComponent('膵がん')}`)).items.map((i: { id: number }) => i.id)).toContain(target.id);
    expect((await q(`q=${encodeURIComponent('バイオマーカー 診断')}`)).items.map((i: { id: number }) => i.id)).toContain(target.id);
    expect((await q('q=pancreatic%20cancer')).items.map((i: { id: number }) => i.id)).toContain(target.id);
    expect((await q(`q=${encodeURIComponent('膵がん 認知症')}&program=${program.id}`)).total).toBe(0);
    expect((await q(`q=${encodeURIComponent("'); drop table projects; --")}`)).total).toBe(0);
  });

  it('sorts and pages with a stable total', async () => {
    const program = await buildProgram(db());
    for (let i = 0; i < 5; i++) {
      await buildProject(db(), {
        programId: program.id,
        grantNumber: `JP22zz000000${i}`,
        budgets: [{ fiscalYear: 2022, source: 'initial', amountYen: (i + 1) * 1_000_000 }],
      });
    }
    const staff = await buildUser(db(), 'staff');
    const s = await t.login(staff.email, staff.password);
    const page1 = (await get(`/api/v1/projects?program=${program.id}&sort=budget&order=desc&pageSize=2&page=1`, s)).json();
    const page3 = (await get(`/api/v1/projects?program=${program.id}&sort=budget&order=desc&pageSize=2&page=3`, s)).json();
    expect(page1.total).toBe(5);
    expect(page1.items.map((i: { budgetYen: number }) => i.budgetYen)).toEqual([5_000_000, 4_000_000]);
    expect(page3.items.map((i: { grantNumber: string }) => i.grantNumber)).toEqual(['JP22zz0000000']);
  });

  it('rejects bad filters with validation_failed in the caller language', async () => {
    const staff = await buildUser(db(), 'staff');
    const s = await t.login(staff.email, staff.password);
    const res = await get('/api/v1/projects?fiscalYear=abc&pageSize=100000', s, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', detail: 'The request is not valid.' });
  });

  it('shows budget by year and source, disease areas, team and lineage on the project page', async () => {
    const a = await buildProject(db(), {
      startFiscalYear: 2016,
      endFiscalYear: 2020,
      budgets: [{ fiscalYear: 2016, source: 'initial', amountYen: 1 }],
    });
    const b = await buildProject(db(), { startFiscalYear: 2021, endFiscalYear: 2023 });
    const { projectLinks } = await import('../../db/schema.ts');
    await db().insert(projectLinks).values({ predecessorId: a.id, successorId: b.id, kind: 'handoff' });
    const staff = await buildUser(db(), 'executive');
    const s = await t.login(staff.email, staff.password);
    const detail = (await get(`/api/v1/projects/${b.id}`, s)).json();
    expect(detail.lineage.nodes.map((n: { id: number }) => n.id)).toEqual([a.id, b.id]);
    expect(detail.lineage.edges).toEqual([{ from: a.id, to: b.id, kind: 'handoff' }]);
    expect(detail.members[0]).toMatchObject({ role: 'pi' });
    expect(detail.budgets).toEqual([{ fiscalYear: 2021, source: 'initial', amountYen: 30_000_000 }]);
  });

  it('sums the overview from the same rows the lists show', async () => {
    const staff = await buildUser(db(), 'executive');
    const s = await t.login(staff.email, staff.password);
    const o = (await get('/api/v1/overview?fiscalYear=2022', s)).json();
    const all = (await get('/api/v1/projects?fiscalYear=2022&pageSize=200', s)).json();
    expect(o.projectCount).toBe(all.total);
    const sum = all.items.reduce((acc: number, i: { budgetYen: number }) => acc + i.budgetYen, 0);
    expect(o.totalYen).toBe(sum);
    expect(o.byIntegratedProject).toHaveLength(6);
  });

  it('opens the overview on the latest fiscal year that has money when none is asked for', async () => {
    await buildProject(db(), {
      startFiscalYear: 2025,
      endFiscalYear: 2025,
      budgets: [{ fiscalYear: 2025, source: 'initial', amountYen: 5_000_000 }],
    });
    const staff = await buildUser(db(), 'executive');
    const s = await t.login(staff.email, staff.password);
    const o = (await get('/api/v1/overview', s)).json();
    expect(o).toMatchObject({ fiscalYear: 2025, latestFiscalYear: 2025 });
    expect(o.budgetBySource.initial).toBeGreaterThanOrEqual(5_000_000);
  });
});
