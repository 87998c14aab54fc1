import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, reviewAssignments, reviewConflicts, reviewers } from '../src/db/schema.ts';
import { buildCall } from '../src/modules/calls/calls.testing.ts';
import { CATEGORIES } from '../src/modules/categories/categories.terms.ts';
import type { Role } from '../src/modules/people/roles.ts';
import { type Ctx, type Entry, GATE_REVIEW, MATRIX, type Rule } from './authorization-matrix.ts';
import { createTestApp, type Session, type TestApp } from './helpers/app.ts';
import { buildProject, buildTwoScopes, buildUser } from './helpers/factories.ts';

// Every registered route, checked for every role in and out of scope and for an anonymous
// caller, against the one table in authorization-matrix.ts.

type Persona = { name: string; role: Role | null; inScope: boolean; email?: string; password?: string; session?: Session };

let t: TestApp;
let ctx: Ctx;
/** Texts only those who may read the unpublished project (or the draft call) may ever see. */
const secrets: { project: string[]; draftCall: string[] } = { project: [], draftCall: [] };
const personas: Persona[] = [];
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function ok(res: { statusCode: number; body: string }, what: string, status = [200, 201, 202]) {
  if (!status.includes(res.statusCode)) throw new Error(`${what}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return JSON.parse(res.body || 'null');
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const { ipA, ipB, programA, programB, areaA: areaD, areaB: areaOther } = await buildTwoScopes(db);

  const u = {
    admin: await buildUser(db, 'admin'),
    staff: await buildUser(db, 'staff'),
    executive: await buildUser(db, 'executive'),
    pd: await buildUser(db, 'pd', { scopeId: ipA.id }),
    pdOut: await buildUser(db, 'pd', { scopeId: ipB.id }),
    ps: await buildUser(db, 'ps', { scopeId: programA.id }),
    psOut: await buildUser(db, 'ps', { scopeId: programB.id }),
    po: await buildUser(db, 'po', { scopeId: programA.id }),
    poOut: await buildUser(db, 'po', { scopeId: programB.id }),
    dc: await buildUser(db, 'dc', { scopeId: areaD.id }),
    dcOut: await buildUser(db, 'dc', { scopeId: areaOther.id }),
    researcher: await buildUser(db, 'researcher'),
    researcherOut: await buildUser(db, 'researcher'),
    reviewer: await buildUser(db, 'reviewer'),
    reviewerOut: await buildUser(db, 'reviewer'),
    reviewerConflict: await buildUser(db, 'reviewer'),
  };
  const scopeOf: Record<keyof typeof u, [Role, boolean]> = {
    admin: ['admin', true],
    staff: ['staff', true],
    executive: ['executive', true],
    pd: ['pd', true],
    pdOut: ['pd', false],
    ps: ['ps', true],
    psOut: ['ps', false],
    po: ['po', true],
    poOut: ['po', false],
    dc: ['dc', true],
    dcOut: ['dc', false],
    researcher: ['researcher', true],
    researcherOut: ['researcher', false],
    reviewer: ['reviewer', true],
    reviewerOut: ['reviewer', false],
    reviewerConflict: ['reviewer', false],
  };
  for (const [name, user] of Object.entries(u) as [keyof typeof u, (typeof u)['admin']][]) {
    const [role, inScope] = scopeOf[name];
    personas.push({ name, role, inScope, email: user.email, password: user.password, session: await t.login(user.email, user.password) });
  }
  personas.push({ name: 'anonymous', role: null, inScope: false });
  const s = (name: keyof typeof u) => personas.find((p) => p.name === name)!.session!.headers;
  const post = (who: keyof typeof u, url: string, payload: unknown, method: 'POST' | 'PUT' = 'POST') =>
    t.app.inject({ method, url, headers: s(who), payload: payload as object });

  const project = await buildProject(db, {
    programId: programA.id,
    piResearcherId: u.researcher.researcherId!,
    isPublic: false,
    diseaseAreaIds: [areaD.id],
    startFiscalYear: 2022,
    endFiscalYear: 2024,
  });
  const publicProject = await buildProject(db, { programId: programB.id, isPublic: true, startFiscalYear: 2022, endFiscalYear: 2024 });

  const draftCall = await buildCall(db, { programId: programA.id, status: 'draft' });
  const openCall = await buildCall(db, {
    programId: programA.id,
    requiredAttachments: [{ code: 'plan', ja: '研究開発提案書', en: 'Proposal', required: true, maxMegabytes: 1 }],
  });
  const draft = await ok(
    await post('researcher', '/api/v1/applications', { callId: openCall.call.id, callTypeId: openCall.type.id }),
    'draft application',
  );
  const attachment = await ok(
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${draft.id}/attachments/by-kind/plan?fileName=plan.pdf`,
      headers: { ...s('researcher'), 'content-type': 'application/pdf' },
      payload: PDF,
    }),
    'application attachment',
  );
  // Submitted (the submission rules are the applications module's own tests).
  await db.update(applications).set({ status: 'submitted', submittedAt: new Date() }).where(eq(applications.id, draft.id));
  const [rIn, rOut, rConflict] = await db
    .insert(reviewers)
    .values([
      { userId: u.reviewer.id, name: 'In scope' },
      { userId: u.reviewerOut.id, name: 'Not assigned' },
      { userId: u.reviewerConflict.id, name: 'Conflicted' },
    ])
    .returning();
  void rOut;
  await db.insert(reviewAssignments).values([
    { callId: openCall.call.id, applicationId: draft.id, reviewerId: rIn!.id, status: 'confirmed', noConflictConfirmedAt: new Date() },
    { callId: openCall.call.id, applicationId: draft.id, reviewerId: rConflict!.id },
  ]);
  await db.insert(reviewConflicts).values({ reviewerId: rConflict!.id, applicationId: draft.id, kind: 'declared', source: 'reviewer' });

  const outcome = await ok(
    await post('researcher', `/api/v1/projects/${project.id}/outcomes`, {
      kind: 'paper',
      fiscalYear: 2023,
      titleJa: '論文',
      titleEn: 'Paper',
      details: { journal: 'Nature' },
    }),
    'outcome',
  );
  const milestone = await ok(
    await post('po', `/api/v1/projects/${project.id}/milestones`, {
      dueFiscalYear: 2024,
      dueQuarter: 1,
      kind: 'licensing',
      titleJa: '導出',
      titleEn: 'Licensing',
    }),
    'milestone',
  );
  const report = await ok(
    await post('po', `/api/v1/projects/${project.id}/reports`, { fiscalYear: 2022, kind: 'annual', dueOn: '2023-05-31' }),
    'report',
  );
  const reportAttachment = await ok(
    await post('researcher', `/api/v1/reports/${report.id}/attachments`, { filename: '報告.pdf', contentBase64: PDF.toString('base64') }),
    'report attachment',
  );
  const gateReview = await ok(await post('po', `/api/v1/projects/${project.id}/gate-reviews`, GATE_REVIEW), 'gate review');
  const shortlist = await ok(await post('staff', '/api/v1/shortlists', { nameJa: '目利き' }), 'shortlist');
  const synonym = await ok(await post('admin', '/api/v1/search/synonyms', { terms: ['膵がん', '膵臓がん'] }), 'synonym');
  const round = await ok(
    await post('executive', '/api/v1/fund-rounds', { kind: 'adjustment', nameJa: '配分', nameEn: 'Round', fiscalYear: 2023, poolYen: 1e9 }),
    'fund round',
  );
  const job = await ok(await post('admin', '/api/v1/categories/runs', undefined), 'job');

  secrets.project = [project.grantNumber, project.titleJa, project.titleEn];
  secrets.draftCall = [draftCall.call.code, draftCall.call.titleJa, draftCall.call.titleEn];
  ctx = {
    project: project.id,
    publicProject: publicProject.id,
    program: programA.id,
    otherProgram: programB.id,
    categoryCode: CATEGORIES[0]!.code,
    integratedProject: ipA.id,
    diseaseArea: areaD.id,
    fiscalYear: 2023,
    period: 2,
    call: draftCall.call.id,
    publishedCall: openCall.call.id,
    application: draft.id,
    applicationAttachment: attachment.id,
    outcome: outcome.id,
    gateReview: gateReview.id,
    milestone: milestone.id,
    report: report.id,
    reportAttachment: reportAttachment.id,
    shortlist: shortlist.id,
    synonym: synonym.id,
    fundRound: round.id,
    job: job.jobId,
    researcherNumber: '',
  };
});
afterAll(async () => {
  await t?.close();
});

/** What the persona should get under the rule: allowed or refused. */
function allowed(rule: Rule, p: Persona): boolean {
  return rule === 'allow' || (rule === 'scoped' && p.inScope);
}

const tally = { checks: 0, routes: 0, strong: 0, gateOnly: 0 };

async function check(key: string, entry: Entry, p: Persona): Promise<string | null> {
  const [method] = key.split(' ') as [string];
  const { url, payload, headers } = entry.req(ctx);
  let session = p.session;
  if (entry.freshSession && p.email) session = await t.login(p.email, p.password!);
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers: { 'accept-language': 'en', ...(session?.headers ?? {}), ...(headers ?? {}) },
    payload: payload as string,
  });
  tally.checks++;
  const status = res.statusCode;
  const code = status >= 400 ? ` ${String((JSON.parse(res.body || '{}') as { code?: string }).code ?? '')}` : '';
  const what = `${key} as ${p.name} → ${status}${code}`;
  if (status >= 500) return what;
  const problem = String(res.headers['content-type'] ?? '').startsWith('application/problem+json');
  if (!p.role) {
    if (entry.public) return status === 401 && !entry.allowedStatus?.includes(401) ? `${what} (public route)` : null;
    return status === 401 && problem ? null : `${what} (anonymous must get 401 problem+json)`;
  }
  const rule = entry.rules[p.role];
  if (allowed(rule, p)) {
    if (entry.allowedStatus?.includes(status)) return null;
    if (WRITES.has(method)) {
      const refused = entry.gateOnly ? [401, 403] : [401, 403, 404];
      return refused.includes(status) ? `${what} (should be allowed)` : null;
    }
    return status >= 200 && status < 300 ? null : `${what} (should be allowed: 2xx)`;
  }
  const refusals = entry.checkedAfterValidation || (entry.gateOnly && rule === 'scoped') ? [400, 403, 404, 409] : [403, 404];
  return refusals.includes(status) && problem ? null : `${what} (should be refused with 403/404 problem+json)`;
}

describe('the authorization matrix', () => {
  it('has an entry for every registered route, and no entry for a route that is gone', () => {
    const registered = t.app.seedlineRoutes.map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((k) => !MATRIX[k]);
    expect(missing, `routes without an entry in test/authorization-matrix.ts: ${missing.join(', ')}`).toEqual([]);
    const stale = Object.keys(MATRIX).filter((k) => !registered.includes(k));
    expect(stale, `entries for routes the app no longer registers: ${stale.join(', ')}`).toEqual([]);
  });

  it('holds for every route, role, out-of-scope user and anonymous caller', async () => {
    const failures: string[] = [];
    // Refused callers first, so that an allowed write cannot hide what a refused one would see.
    const order = (entry: Entry) =>
      [...personas].sort((a, b) => {
        const rank = (p: Persona) => (!p.role ? 0 : allowed(entry.rules[p.role], p) ? 2 : 1);
        return rank(a) - rank(b);
      });
    for (const { method, url } of t.app.seedlineRoutes) {
      const key = `${method} ${url}`;
      const entry = MATRIX[key];
      if (!entry) continue;
      tally.routes++;
      if (entry.gateOnly) tally.gateOnly++;
      else tally.strong++;
      for (const p of order(entry)) {
        const failure = await check(key, entry, p);
        if (failure) failures.push(failure);
      }
    }
    const roles = new Set(personas.map((p) => p.role).filter(Boolean)).size;
    console.log(
      `authorization matrix: ${tally.routes} routes × ${roles} roles (${personas.length - 1} users in and out of scope) + anonymous = ${tally.checks} checks; ${tally.strong} routes with a request that passes validation, ${tally.gateOnly} role gate only; ${failures.length} failures`,
    );
    if (process.env.MATRIX_REPORT) (await import('node:fs')).writeFileSync(process.env.MATRIX_REPORT, failures.join('\n'));
    expect(failures).toEqual([]);
  }, 120_000);

  it('shows the unpublished project and the draft call in no answer of any read to those who may not read them', async () => {
    // Lists, exports, search, totals and details alike: the project's grant number and titles never
    // appear for another researcher, a reviewer or an anonymous caller; the draft call's code and
    // titles never for researchers, reviewers or anonymous callers.
    let scanned = 0;
    const leaks: string[] = [];
    const outsiders = personas.filter((p) => !p.role || p.role === 'reviewer' || (p.role === 'researcher' && !p.inScope));
    const nonAgency = personas.filter((p) => !p.role || p.role === 'reviewer' || p.role === 'researcher');
    for (const [key, entry] of Object.entries(MATRIX)) {
      if (!key.startsWith('GET ') || key.startsWith('GET /api/docs')) continue;
      for (const p of new Set([...outsiders, ...nonAgency])) {
        const { url, headers } = entry.req(ctx);
        const res = await t.app.inject({ method: 'GET', url, headers: { ...(p.session?.headers ?? {}), ...(headers ?? {}) } });
        scanned++;
        const body = res.rawPayload.toString('utf8');
        const hidden = [...(outsiders.includes(p) ? secrets.project : []), ...(nonAgency.includes(p) ? secrets.draftCall : [])];
        for (const text of hidden) if (body.includes(text)) leaks.push(`${key} as ${p.name} → ${res.statusCode} shows "${text}"`);
      }
    }
    console.log(`leak scan: ${scanned} answers scanned, ${leaks.length} leaks`);
    expect(scanned).toBeGreaterThan(300);
    expect(leaks).toEqual([]);
  }, 60_000);
});
