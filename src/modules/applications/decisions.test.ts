import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProgram, buildProject, buildUser } from '../../../test/helpers/factories.ts';
import { applications as applicationsTable, mailOutbox, projectBudgets, projects as projectsTable, researchers } from '../../db/schema.ts';
import { createCallsService } from '../calls/calls.service.ts';
import { actorFor, buildCall, contentOf } from '../calls/calls.testing.ts';
import { createMailer } from '../mail/mail.service.ts';
import { createProjectsService } from '../projects/projects.service.ts';
import { createApplicationsService } from './applications.service.ts';
import { createChecksService } from './checks.service.ts';
import { createDecisionsService } from './decisions.service.ts';

let t: TestApp;
let programId: number;
const s: Record<string, Session> = {};
const u: Record<string, Awaited<ReturnType<typeof buildUser>>> = {};

async function inject(who: string | null, method: string, url: string, payload?: unknown) {
  return t.app.inject({ method: method as 'GET', url: `/api/v1${url}`, headers: who ? s[who]!.headers : {}, payload: payload as object });
}

async function numberOf(researcherId: number) {
  const [r] = await t.database.db.select().from(researchers).where(eq(researchers.id, researcherId));
  return r!.researcherNumber;
}

/** A submitted application in a call that is in review: the PI at `effort`%. */
async function submittedApplication(opts: { effort: number; over?: Record<string, unknown>; who?: string }) {
  const db = t.database.db;
  const { call, type } = await buildCall(db, { programId });
  const who = opts.who ?? 'pi';
  const created = await inject(who, 'POST', '/applications', { callId: call.id, callTypeId: type.id });
  const id = created.json().id as number;
  const team = [{ researcherNumber: await numberOf(u[who]!.researcherId!), role: 'pi', effortPercent: opts.effort }];
  expect((await inject(who, 'PUT', `/applications/${id}`, { ...contentOf(team as never, opts.over), version: 1 })).statusCode).toBe(200);
  expect((await inject(who, 'POST', `/applications/${id}/submit`, { version: 2 })).statusCode).toBe(200);
  await db.execute(`update calls set status = 'review' where id = ${call.id}` as never);
  return { id, callId: call.id, version: 3 };
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  programId = (await buildProgram(db)).id;
  const otherProgram = (await buildProgram(db)).id;
  u.pi = await buildUser(db, 'researcher');
  u.busy = await buildUser(db, 'researcher');
  u.staff = await buildUser(db, 'staff');
  u.ps = await buildUser(db, 'ps', { scopeId: programId });
  u.psOther = await buildUser(db, 'ps', { scopeId: otherProgram });
  u.reviewer = await buildUser(db, 'reviewer');
  for (const [k, v] of Object.entries(u)) s[k] = await t.login(v.email, v.password);
  // The busy researcher already spends 80% on an active project with a very similar theme and a large budget.
  await buildProject(db, {
    piResearcherId: u.busy.researcherId!,
    grantNumber: 'JP25ck0000001',
    titleJa: '膵がん早期診断のための血液バイオマーカー探索',
    titleEn: 'Blood biomarkers for early detection of pancreatic cancer',
    startFiscalYear: 2024,
    endFiscalYear: 2026,
    budgets: [{ fiscalYear: 2025, source: 'initial', amountYen: 250_000_000 }],
  });
  await db.execute(`update project_members set effort_percent = 80 where researcher_id = ${u.busy.researcherId}` as never);
});
afterAll(async () => {
  await t?.close();
});

describe('adoption', () => {
  it('creates the project with its team and a reduced budget in one transaction, and records the success rate', async () => {
    const app = await submittedApplication({ effort: 30 });
    const budgets = [
      { fiscalYear: 2025, amountYen: 40_000_000 },
      { fiscalYear: 2026, amountYen: 45_000_000 },
    ];
    const res = await inject('ps', 'POST', `/applications/${app.id}/decision`, {
      version: app.version,
      outcome: 'adopted',
      budgets,
      reasonJa: '計画が具体的',
    });
    expect(res.statusCode).toBe(200);
    const decision = res.json().decision;
    expect(decision.outcome).toBe('adopted');
    const project = await inject('staff', 'GET', `/projects/${decision.projectId}`);
    expect(project.statusCode).toBe(200);
    expect(project.json().budgets).toEqual(budgets.map((b) => ({ ...b, source: 'initial' })));
    expect(project.json().members[0]).toMatchObject({ role: 'pi', effortPercent: 30, researcherId: u.pi!.researcherId });
    const stats = await inject('staff', 'GET', `/calls/${app.callId}/stats`);
    expect(stats.json()).toMatchObject({ submitted: 1, adopted: 1, successRate: 1, awardedYen: 85_000_000 });
    expect((await inject('pi', 'GET', `/calls/${app.callId}/stats`)).statusCode).toBe(403);
  });

  it('refuses a budget above the request and a second decision', async () => {
    const app = await submittedApplication({ effort: 10 });
    const more = await inject('staff', 'POST', `/applications/${app.id}/decision`, {
      version: app.version,
      outcome: 'adopted',
      budgets: [{ fiscalYear: 2025, amountYen: 60_000_000 }],
    });
    expect(more.statusCode).toBe(400);
    expect(
      (await inject('staff', 'POST', `/applications/${app.id}/decision`, { version: app.version, outcome: 'rejected' })).statusCode,
    ).toBe(200);
    expect(
      (await inject('staff', 'POST', `/applications/${app.id}/decision`, { version: app.version + 1, outcome: 'adopted' })).statusCode,
    ).toBe(409);
  });

  it('blocks an award that takes effort above 100%, naming the projects, and creates nothing', async () => {
    const before = await t.database.db.select().from(projectsTable);
    const app = await submittedApplication({ effort: 30, who: 'busy' });
    const res = await inject('staff', 'POST', `/applications/${app.id}/decision`, { version: app.version, outcome: 'adopted' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('effort_exceeded');
    expect(res.json().detail).toContain('JP25ck0000001');
    expect(res.json().detail).toContain('110%');
    expect((await t.database.db.select().from(projectsTable)).length).toBe(before.length);
    const [row] = await t.database.db.select().from(applicationsTable).where(eq(applicationsTable.id, app.id));
    expect(row!.status).toBe('submitted');
    const register = await inject('staff', 'GET', `/applications/${app.id}/effort`);
    expect(register.json().lines[0].committedPercent).toBe(110);
  });

  it('leaves nothing behind when a step after the project insert fails', async () => {
    const db = t.database.db;
    const app = await submittedApplication({ effort: 20 });
    const calls = createCallsService({ db });
    const applications = createApplicationsService({ db, calls });
    const real = createProjectsService({ db });
    const projects = {
      ...real,
      createFromAward: async (...args: Parameters<typeof real.createFromAward>) => {
        await real.createFromAward(...args);
        throw new Error('disk full');
      },
    };
    const checks = createChecksService({ db, calls, applications, projects });
    const decisions = createDecisionsService({ db, calls, applications, checks, projects });
    const before = (await db.select().from(projectsTable)).length;
    const budgetsBefore = (await db.select().from(projectBudgets)).length;
    await expect(
      decisions.decide(app.id, { version: app.version, outcome: 'adopted', reasonJa: '', reasonEn: '' }, actorFor(u.staff!, 'staff')),
    ).rejects.toThrow('disk full');
    expect((await db.select().from(projectsTable)).length).toBe(before);
    expect((await db.select().from(projectBudgets)).length).toBe(budgetsBefore);
    expect((await applications.get(app.id, actorFor(u.staff!, 'staff'))).status).toBe('submitted');
  });

  it('lets only managers of the call decide: PS of another program 403, reviewer 403, researcher 403, anonymous 401', async () => {
    const app = await submittedApplication({ effort: 10 });
    const body = { version: app.version, outcome: 'rejected' };
    expect((await inject('psOther', 'POST', `/applications/${app.id}/decision`, body)).statusCode).toBe(403);
    expect((await inject('reviewer', 'POST', `/applications/${app.id}/decision`, body)).statusCode).toBe(403);
    expect((await inject('pi', 'POST', `/applications/${app.id}/decision`, body)).statusCode).toBe(403);
    expect((await inject(null, 'POST', `/applications/${app.id}/decision`, body)).statusCode).toBe(401);
  });
});

describe('checks before review', () => {
  it('flags duplication and concentration with evidence; staff dismiss a flag with a reason', async () => {
    const app = await submittedApplication({ effort: 15, who: 'busy' });
    const db = t.database.db;
    const calls = createCallsService({ db });
    const applications = createApplicationsService({ db, calls });
    const checks = createChecksService({ db, calls, applications, projects: createProjectsService({ db }) });
    const result = await checks.runForCall(app.callId);
    expect(result.applications).toBe(1);
    const flags = (await inject('staff', 'GET', `/applications/${app.id}/flags`)).json().items as {
      id: number;
      kind: string;
      evidence: Record<string, unknown>;
    }[];
    const dup = flags.find((f) => f.kind === 'duplication' && (f.evidence.other as { kind: string }).kind === 'project')!;
    expect(dup.evidence.other).toMatchObject({ kind: 'project', label: 'JP25ck0000001' });
    expect(dup.evidence.sharedTerms).toContain('膵');
    const conc = flags.find((f) => f.kind === 'concentration')!;
    expect(conc.evidence).toMatchObject({ totalYen: 300_000_000, limitYen: 200_000_000 });
    const list = await inject('ps', 'GET', `/calls/${app.callId}/applications`);
    // The same researcher's other pending application (from the effort test) has the same theme and counts for effort too.
    expect(list.json().items[0].openFlags).toEqual({ effort: 1, duplication: 2, concentration: 1 });
    expect(
      flags
        .filter((f) => f.kind === 'duplication')
        .map((f) => (f.evidence.other as { kind: string }).kind)
        .sort(),
    ).toEqual(['application', 'project']);
    expect((await inject('staff', 'POST', `/flags/${dup.id}/dismiss`, { reason: '' })).statusCode).toBe(400);
    expect((await inject('psOther', 'POST', `/flags/${dup.id}/dismiss`, { reason: '別テーマ' })).statusCode).toBe(403);
    const dismissed = await inject('staff', 'POST', `/flags/${dup.id}/dismiss`, { reason: '対象疾患は同じだが手法が異なる' });
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json().items.find((f: { id: number }) => f.id === dup.id)).toMatchObject({ status: 'dismissed' });
    await checks.runForCall(app.callId);
    const again = (await inject('staff', 'GET', `/applications/${app.id}/flags`)).json().items;
    expect(again.find((f: { id: number }) => f.id === dup.id).status).toBe('dismissed');
    expect((await inject('pi', 'GET', `/applications/${app.id}/flags`)).statusCode).toBe(403);
    expect((await inject('reviewer', 'GET', `/calls/${app.callId}/applications`)).statusCode).toBe(403);
  });

  it('queues the checks and the letters as jobs for managers of the call only', async () => {
    const app = await submittedApplication({ effort: 10 });
    const run = await inject('ps', 'POST', `/calls/${app.callId}/checks`);
    expect(run.statusCode).toBe(202);
    expect((await t.jobs.get(run.json().jobId))?.kind).toBe('applications.checks');
    expect((await inject('psOther', 'POST', `/calls/${app.callId}/checks`)).statusCode).toBe(403);
    expect((await inject('psOther', 'POST', `/calls/${app.callId}/letters`)).statusCode).toBe(403);
    expect((await inject('staff', 'POST', `/calls/${app.callId}/letters`)).statusCode).toBe(202);
    expect((await inject(null, 'POST', `/calls/${app.callId}/letters`)).statusCode).toBe(401);
  });
});

describe('the interface for the review module', () => {
  it('lists a call’s applications with text, budget, team and institutions, and lets a reader rule admit reviewers', async () => {
    const db = t.database.db;
    const app = await submittedApplication({ effort: 10 });
    const calls = createCallsService({ db });
    const applications = createApplicationsService({ db, calls });
    const [item] = await applications.forReview(app.callId);
    expect(item).toMatchObject({ id: app.id, requestedYen: 100_000_000, researcherIds: [u.pi!.researcherId] });
    expect(item!.titleJa).toContain('膵がん');
    expect(item!.institutionIds).toHaveLength(1);
    const reviewer = actorFor(u.reviewer!, 'reviewer');
    expect(await applications.access.canRead(reviewer, app.id)).toBe(false);
    applications.access.addReaderRule(async (actor, a) => actor.userId === u.reviewer!.id && a.id === app.id);
    expect(await applications.access.canRead(reviewer, app.id)).toBe(true);
    expect((await applications.get(app.id, reviewer)).id).toBe(app.id);
  });
});

describe('decision letters', () => {
  it('writes one letter per decision to the outbox with the reviewers’ comments, anonymously, and never twice', async () => {
    const db = t.database.db;
    const app = await submittedApplication({ effort: 10 });
    await inject('staff', 'POST', `/applications/${app.id}/decision`, {
      version: app.version,
      outcome: 'rejected',
      reasonJa: '新規性が不十分',
    });
    const mailer = await createMailer({
      db,
      jobs: t.jobs,
      config: { smtpUrl: null, from: 'x <x@example.jp>', outboxDir: '/tmp/seedline-test/outbox' },
    });
    const calls = createCallsService({ db });
    const applications = createApplicationsService({ db, calls });
    const projects = createProjectsService({ db });
    const decisions = createDecisionsService({
      db,
      calls,
      applications,
      projects,
      checks: createChecksService({ db, calls, applications, projects }),
    });
    const comments = async () => [{ text: '独創性は高いが計画が曖昧。' }, { text: '臨床的意義が不明確。' }];
    const first = await decisions.sendLetters(app.callId, (m, trx) => mailer.send(m, trx), comments);
    expect(first).toMatchObject({ sent: 1, skipped: 0 });
    const again = await decisions.sendLetters(app.callId, (m, trx) => mailer.send(m, trx), comments);
    expect(again.sent).toBe(0);
    const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.to, u.pi!.email));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.bodyText).toContain('評価委員1：独創性は高いが計画が曖昧。');
    expect(rows[0]!.bodyText).toContain('新規性が不十分');
    expect(rows[0]!.bodyText).not.toContain(u.reviewer!.email);
    mailer.stop();
  });
});
