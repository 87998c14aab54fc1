import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProgram, buildProject, buildUser, integratedProjectOf } from '../../../test/helpers/factories.ts';
import { auditLog, projectBudgets, projects } from '../../db/schema.ts';

let t: TestApp;
const db = () => t.database.db;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const call = (method: 'GET' | 'POST', url: string, s?: Session, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: s?.headers ?? {}, payload });

const G2_SCORES = ['efficacy', 'safety', 'reproducibility', 'ip_position'].map((item) => ({ item, score: 4 }));
const review = {
  gateCode: 'drug_g2',
  fiscalYear: 2024,
  summary: '候補化合物を取得',
  evidence: [{ label: '薬効薬理試験報告書' }],
  scores: G2_SCORES,
};

/** A drug project in screening, funded FY2022–FY2026, with its program's PO, PS and the IP's PD. */
async function setup() {
  const program = await buildProgram(db());
  const budgets = [2022, 2023, 2024, 2025, 2026].map((fiscalYear) => ({ fiscalYear, source: 'initial', amountYen: 50_000_000 }));
  const project = await buildProject(db(), { programId: program.id, startFiscalYear: 2022, endFiscalYear: 2026, budgets });
  const users = {
    po: await buildUser(db(), 'po', { scopeId: program.id }),
    ps: await buildUser(db(), 'ps', { scopeId: program.id }),
    pd: await buildUser(db(), 'pd', { scopeId: program.integratedProjectId }),
  };
  const login = async (u: { email: string; password: string }) => t.login(u.email, u.password);
  return { program, project, po: await login(users.po), ps: await login(users.ps), pd: await login(users.pd) };
}

describe('gate templates', () => {
  it('holds AMED-style defaults: drugs 4 gates, devices 3, regenerative medicine 2', async () => {
    const s = await t.login(...creds(await buildUser(db(), 'staff')));
    const res = await call('GET', '/gates/templates', s);
    expect(res.statusCode).toBe(200);
    const count = Object.fromEntries(res.json().items.map((x: { modality: string; gates: unknown[] }) => [x.modality, x.gates.length]));
    expect(count).toMatchObject({ drug: 4, device: 3, regenerative: 2 });
  });

  it('lets only an admin publish a new version, which replaces the active one', async () => {
    const admin = await t.login(...creds(await buildUser(db(), 'admin')));
    const staff = await t.login(...creds(await buildUser(db(), 'staff')));
    const body = {
      modality: 'other',
      gates: [
        {
          code: 'x_g1',
          ja: '第1ゲート',
          en: 'Gate 1',
          fromStages: ['basic'],
          toStage: 'applied',
          items: [{ code: 'efficacy', ja: '有効性', en: 'Efficacy' }],
        },
      ],
    };
    expect((await call('POST', '/gates/templates', staff, body)).statusCode).toBe(403);
    expect((await call('POST', '/gates/templates', undefined, body)).statusCode).toBe(401);
    const bad = await call('POST', '/gates/templates', admin, { ...body, gates: [{ ...body.gates[0], toStage: 'drug_clinical' }] });
    expect(bad.statusCode).toBe(400);
    const res = await call('POST', '/gates/templates', admin, body);
    expect(res.statusCode).toBe(201);
    expect(res.json().version).toBe(2);
    const active = (await call('GET', '/gates/templates', admin)).json().items.filter((x: { modality: string }) => x.modality === 'other');
    expect(active).toHaveLength(1);
    expect(active[0].gates[0].code).toBe('x_g1');
    const researcher = await t.login(...creds(await buildUser(db(), 'researcher')));
    expect((await call('GET', '/gates/templates', researcher)).statusCode).toBe(403);
  });
});

describe('filing and deciding a gate review', () => {
  it('moves the project to the next stage on Go, records who decided and why, and keeps the audit', async () => {
    const { project, po, pd } = await setup();
    const filed = await call('POST', `/projects/${project.id}/gate-reviews`, po, review);
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ status: 'submitted', stageBefore: 'drug_screening', averageScore: 4 });
    const decided = await call('POST', `/gate-reviews/${filed.json().id}/decision`, pd, {
      version: 1,
      decision: 'go',
      reason: '薬効が再現された',
      nextYearBudgetYen: 80_000_000,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ decision: 'go', stageAfter: 'drug_pharmacology', reason: '薬効が再現された' });
    expect(decided.json().decidedBy.name).toMatch(/^pd/);
    const [p] = await db().select().from(projects).where(eq(projects.id, project.id));
    expect(p!.stage).toBe('drug_pharmacology');
    const [line] = await db()
      .select()
      .from(projectBudgets)
      .where(and(eq(projectBudgets.projectId, project.id), eq(projectBudgets.fiscalYear, 2025)));
    expect(Number(line!.amountYen)).toBe(80_000_000);
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'gate_review.decide.go'));
    expect(audit.some((a) => String(a.entityId) === String(filed.json().id))).toBe(true);
    const shown = (await call('GET', `/projects/${project.id}/gates`, pd)).json();
    expect(shown.stage).toBe('drug_pharmacology');
    expect(shown.nextGate).toBe('drug_g3');
    expect(shown.reviews[0].decision).toBe('go');
  });

  it('ends the future budget on No-go: lines after the decision year are removed, the project is terminated', async () => {
    const { project, po, ps } = await setup();
    const filed = (await call('POST', `/projects/${project.id}/gate-reviews`, po, review)).json();
    const res = await call('POST', `/gate-reviews/${filed.id}/decision`, ps, {
      version: 1,
      decision: 'no_go',
      reason: '有効性が示されなかった',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().budgetEffect).toEqual([
      { fiscalYear: 2025, source: 'initial', before: 50_000_000, after: 0 },
      { fiscalYear: 2026, source: 'initial', before: 50_000_000, after: 0 },
    ]);
    const years = (await db().select().from(projectBudgets).where(eq(projectBudgets.projectId, project.id))).map((b) => b.fiscalYear);
    expect(years.sort()).toEqual([2022, 2023, 2024]);
    const [p] = await db().select().from(projects).where(eq(projects.id, project.id));
    expect(p).toMatchObject({ status: 'terminated', endFiscalYear: 2024 });
    expect((await call('POST', `/projects/${project.id}/gate-reviews`, po, review)).statusCode).toBe(409);
  });

  it('keeps conditions and a deadline on a conditional Go and follows them up', async () => {
    const { project, po, pd } = await setup();
    const filed = (await call('POST', `/projects/${project.id}/gate-reviews`, po, review)).json();
    const missing = await call('POST', `/gate-reviews/${filed.id}/decision`, pd, {
      version: 1,
      decision: 'conditional_go',
      reason: '条件付き',
    });
    expect(missing.statusCode).toBe(400);
    const res = await call('POST', `/gate-reviews/${filed.id}/decision`, pd, {
      version: 1,
      decision: 'conditional_go',
      reason: '毒性データ待ち',
      conditions: 'GLP毒性試験の結果を提出',
      conditionDeadline: '2025-03-31',
    });
    expect(res.json()).toMatchObject({ conditionStatus: 'open', conditionDeadline: '2025-03-31', stageAfter: 'drug_pharmacology' });
    const follow = await call('POST', `/gate-reviews/${filed.id}/conditions`, pd, {
      version: res.json().version,
      outcome: 'met',
      note: '提出済み',
    });
    expect(follow.json().conditionStatus).toBe('met');
    expect((await call('POST', `/gate-reviews/${filed.id}/decision`, pd, { version: 3, decision: 'go', reason: 'x' })).statusCode).toBe(
      409,
    );
  });

  it('redirects to a chosen stage of the ladder and rejects a stage of another modality', async () => {
    const { project, po, pd } = await setup();
    const filed = (await call('POST', `/projects/${project.id}/gate-reviews`, po, review)).json();
    const bad = await call('POST', `/gate-reviews/${filed.id}/decision`, pd, {
      version: 1,
      decision: 'redirect',
      reason: 'x',
      redirectStage: 'device_principle',
    });
    expect(bad.statusCode).toBe(400);
    const res = await call('POST', `/gate-reviews/${filed.id}/decision`, pd, {
      version: 1,
      decision: 'redirect',
      reason: '標的を再検証',
      redirectStage: 'drug_target_validation',
    });
    expect(res.json().stageAfter).toBe('drug_target_validation');
  });

  it('rejects a review that does not score every check item or is for a gate the project is not at', async () => {
    const { project, po } = await setup();
    expect((await call('POST', `/projects/${project.id}/gate-reviews`, po, { ...review, scores: G2_SCORES.slice(1) })).statusCode).toBe(
      400,
    );
    expect((await call('POST', `/projects/${project.id}/gate-reviews`, po, { ...review, gateCode: 'drug_g4' })).statusCode).toBe(400);
    expect((await call('GET', `/projects/${project.id}/gates`, po)).json().reviews).toHaveLength(0);
  });
});

describe('who may file and decide', () => {
  it('a PO decides nothing, and files nothing outside their programs; a PD outside the integrated project decides nothing', async () => {
    const { project, po } = await setup();
    const other = await setup();
    const filed = (await call('POST', `/projects/${project.id}/gate-reviews`, po, review)).json();
    expect((await call('POST', `/gate-reviews/${filed.id}/decision`, po, { version: 1, decision: 'go', reason: 'x' })).statusCode).toBe(
      403,
    );
    expect((await call('POST', `/projects/${project.id}/gate-reviews`, other.po, review)).statusCode).toBe(403);
    expect(
      (await call('POST', `/gate-reviews/${filed.id}/decision`, other.ps, { version: 1, decision: 'go', reason: 'x' })).statusCode,
    ).toBe(403);
    const foreignPd = await buildUser(db(), 'pd', { scopeId: (await integratedProjectOf(db(), 2, 2)).id });
    const pd2 = await t.login(foreignPd.email, foreignPd.password);
    expect((await call('POST', `/gate-reviews/${filed.id}/decision`, pd2, { version: 1, decision: 'go', reason: 'x' })).statusCode).toBe(
      403,
    );
    expect(
      (await call('POST', `/gate-reviews/${filed.id}/decision`, undefined, { version: 1, decision: 'go', reason: 'x' })).statusCode,
    ).toBe(401);
    const [p] = await db().select().from(projects).where(eq(projects.id, project.id));
    expect(p!.stage).toBe('drug_screening');
  });

  it("shows a researcher the gates of their own project only; another researcher's answer is 404", async () => {
    const me = await buildUser(db(), 'researcher');
    const stranger = await buildUser(db(), 'researcher');
    const project = await buildProject(db(), { piResearcherId: me.researcherId!, isPublic: true });
    expect((await call('GET', `/projects/${project.id}/gates`, await t.login(me.email, me.password))).statusCode).toBe(200);
    expect((await call('GET', `/projects/${project.id}/gates`, await t.login(stranger.email, stranger.password))).statusCode).toBe(404);
    expect((await call('POST', `/projects/${project.id}/gate-reviews`, await t.login(me.email, me.password), review)).statusCode).toBe(403);
    expect((await call('GET', `/projects/${project.id}/gates`)).statusCode).toBe(401);
  });
});

function creds(u: { email: string; password: string }): [string, string] {
  return [u.email, u.password];
}
