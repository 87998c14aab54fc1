import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProgram, buildUser } from '../../../test/helpers/factories.ts';
import { createCallsService } from '../calls/calls.service.ts';
import { actorFor, buildCall, contentOf } from '../calls/calls.testing.ts';
import { createApplicationsService } from './applications.service.ts';

let t: TestApp;
let callId: number;
let typeId: number;
let programId: number;
const s: Record<string, Session> = {};
const u: Record<string, Awaited<ReturnType<typeof buildUser>>> = {};
const num: Record<string, string> = {};
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');

async function inject(who: string | null, method: string, url: string, payload?: unknown) {
  return t.app.inject({ method: method as 'GET', url: `/api/v1${url}`, headers: who ? s[who]!.headers : {}, payload: payload as object });
}

async function draft(who = 'pi') {
  const res = await inject(who, 'POST', '/applications', { callId, callTypeId: typeId });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: number; version: number };
}

const team = () => [
  { researcherNumber: num.pi!, role: 'pi' as const, effortPercent: 30 },
  { researcherNumber: num.co!, role: 'co' as const, effortPercent: 10 },
];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const program = await buildProgram(db);
  programId = program.id;
  const built = await buildCall(db, {
    programId,
    requiredAttachments: [{ code: 'plan', ja: '研究開発提案書', en: 'Proposal', required: true, maxMegabytes: 1 }],
    ppiQuestions: [{ code: 'ppi1', ja: '患者・市民参画', en: 'PPI' }],
  });
  callId = built.call.id;
  typeId = built.type.id;
  u.pi = await buildUser(db, 'researcher');
  u.co = await buildUser(db, 'researcher');
  u.stranger = await buildUser(db, 'researcher');
  u.staff = await buildUser(db, 'staff');
  u.reviewer = await buildUser(db, 'reviewer');
  for (const [k, v] of Object.entries(u)) s[k] = await t.login(v.email, v.password);
  const { researchers } = await import('../../db/schema.ts');
  const rows = await db.select().from(researchers);
  for (const k of ['pi', 'co', 'stranger']) num[k] = rows.find((r) => r.id === u[k]!.researcherId)!.researcherNumber;
});
afterAll(async () => {
  await t?.close();
});

describe('drafts are private to their team', () => {
  it('answers 404 to another researcher, staff and a reviewer for a draft, and 401 to an anonymous caller', async () => {
    const { id } = await draft();
    expect((await inject('pi', 'GET', `/applications/${id}`)).statusCode).toBe(200);
    for (const who of ['stranger', 'staff', 'reviewer'])
      expect((await inject(who, 'GET', `/applications/${id}`)).statusCode, who).toBe(404);
    expect((await inject(null, 'GET', `/applications/${id}`)).statusCode).toBe(401);
    const mine = await inject('stranger', 'GET', '/my/applications');
    expect(mine.json().items.some((a: { id: number }) => a.id === id)).toBe(false);
    expect((await inject('stranger', 'PUT', `/applications/${id}`, { ...contentOf(team()), version: 1 })).statusCode).toBe(404);
  });

  it('lets only researchers start a draft', async () => {
    expect((await inject('staff', 'POST', '/applications', { callId, callTypeId: typeId })).statusCode).toBe(403);
    const staffMine = await inject('staff', 'GET', '/my/applications');
    expect(staffMine.statusCode).toBe(200);
    expect(staffMine.json().items).toEqual([]);
    expect((await inject(null, 'GET', '/my/applications')).statusCode).toBe(401);
    expect((await inject(null, 'POST', '/applications', { callId, callTypeId: typeId })).statusCode).toBe(401);
  });
});

describe('co-editing', () => {
  it('gives a stale save 409 with both versions, and the co-investigator then edits the team-invited draft', async () => {
    const { id } = await draft();
    const first = await inject('pi', 'PUT', `/applications/${id}`, { ...contentOf(team()), version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json().team.map((m: { role: string }) => m.role)).toEqual(['pi', 'co']);
    // The co-investigator, invited by the PI, now reads and edits it.
    const read = await inject('co', 'GET', `/applications/${id}`);
    expect(read.statusCode).toBe(200);
    const v = read.json().version;
    const coSave = await inject('co', 'PUT', `/applications/${id}`, {
      ...contentOf(team(), { titleEn: 'Co-investigator title' }),
      version: v,
    });
    expect(coSave.statusCode).toBe(200);
    // The PI saves on the version both had read: nothing of either is lost.
    const piSave = await inject('pi', 'PUT', `/applications/${id}`, { ...contentOf(team(), { titleEn: 'PI title' }), version: v });
    expect(piSave.statusCode).toBe(409);
    const problem = piSave.json();
    expect(problem.code).toBe('stale_version');
    expect(problem.current.titleEn).toBe('Co-investigator title');
    expect(problem.yours.titleEn).toBe('PI title');
    expect(problem.current.version).toBe(v + 1);
    const stored = await inject('pi', 'GET', `/applications/${id}`);
    expect(stored.json().titleEn).toBe('Co-investigator title');
  });

  it('lets only the PI change the team', async () => {
    const { id } = await draft();
    await inject('pi', 'PUT', `/applications/${id}`, { ...contentOf(team()), version: 1 });
    const more = [...team(), { researcherNumber: num.stranger!, role: 'co' as const, effortPercent: 5 }];
    const res = await inject('co', 'PUT', `/applications/${id}`, { ...contentOf(more), version: 2 });
    expect(res.statusCode).toBe(403);
    const bad = await inject('pi', 'PUT', `/applications/${id}`, {
      ...contentOf(team().map((m) => ({ ...m, effortPercent: 12 }))),
      version: 2,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a budget above the type cap and changes nothing', async () => {
    const { id } = await draft();
    const res = await inject('pi', 'PUT', `/applications/${id}`, {
      ...contentOf(team(), { budgets: [{ fiscalYear: 2025, amountYen: 400_000_000 }] }),
      version: 1,
    });
    expect(res.statusCode).toBe(400);
    expect((await inject('pi', 'GET', `/applications/${id}`)).json().version).toBe(1);
  });
});

describe('attachments', () => {
  it('stores a PDF with its checksum and refuses a file that is not a PDF by content', async () => {
    const { id } = await draft();
    const up = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${id}/attachments/by-kind/plan?fileName=${encodeURIComponent('提案書.pdf')}`,
      headers: { ...s.pi!.headers, 'content-type': 'application/pdf' },
      payload: PDF,
    });
    expect(up.statusCode).toBe(200);
    const att = up.json().attachments[0];
    expect(att.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(att.sizeBytes).toBe(PDF.length);
    const down = await inject('pi', 'GET', `/applications/${id}/attachments/${att.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect((await inject('stranger', 'GET', `/applications/${id}/attachments/${att.id}`)).statusCode).toBe(404);
    const fake = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${id}/attachments/by-kind/plan?fileName=evil.pdf`,
      headers: { ...s.pi!.headers, 'content-type': 'application/pdf' },
      payload: Buffer.from('MZ not a pdf at all, really not'),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().code).toBe('not_a_pdf');
  });
});

describe('submission and the deadline', () => {
  it('refuses a submission one second after the deadline with a clear message, and accepts one a second before', async () => {
    const db = t.database.db;
    const deadline = new Date('2025-05-30T03:00:00Z');
    const { call, type } = await buildCall(db, { programId, opensAt: new Date('2025-04-01T00:00:00Z'), deadlineAt: deadline });
    let clock = new Date('2025-05-01T00:00:00Z');
    const calls = createCallsService({ db, now: () => clock });
    const service = createApplicationsService({ db, calls });
    const pi = actorFor(u.pi!, 'researcher');
    const late = await service.create({ callId: call.id, callTypeId: type.id }, pi);
    const early = await service.create({ callId: call.id, callTypeId: type.id }, pi);
    for (const a of [late, early]) await service.save(a.id, { ...contentOf([team()[0]!]), version: 1 } as never, pi);
    clock = new Date(deadline.getTime() - 1000);
    expect((await service.submit(early.id, 2, pi)).status).toBe('submitted');
    clock = new Date(deadline.getTime() + 1000);
    const err = await service.submit(late.id, 2, pi).catch((e: unknown) => e as { code: string; detail: { ja: string; en: string } });
    expect(err).toMatchObject({ code: 'deadline_passed' });
    expect((err as { detail: { ja: string } }).detail.ja).toContain('2025年5月30日 12:00（日本時間）');
    expect((err as { detail: { en: string } }).detail.en).toContain('deadline');
    expect((await service.get(late.id, pi)).status).toBe('draft');
  });

  it('refuses a submission that lacks required items, naming them; submits a complete one once', async () => {
    const { id } = await draft();
    await inject('pi', 'PUT', `/applications/${id}`, { ...contentOf(team()), version: 1 });
    const incomplete = await inject('pi', 'POST', `/applications/${id}/submit`, { version: 2 });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors.map((e: { path: string }) => e.path)).toEqual(['ppiAnswers.ppi1', 'attachments.plan']);
    await inject('pi', 'PUT', `/applications/${id}`, {
      ...contentOf(team(), { ppiAnswers: [{ code: 'ppi1', answer: '患者会と協議' }] }),
      version: 2,
    });
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${id}/attachments/by-kind/plan?fileName=plan.pdf`,
      headers: { ...s.pi!.headers, 'content-type': 'application/pdf' },
      payload: PDF,
    });
    expect((await inject('co', 'POST', `/applications/${id}/submit`, { version: 3 })).statusCode).toBe(403);
    const ok = await inject('pi', 'POST', `/applications/${id}/submit`, { version: 3 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('submitted');
    expect(ok.json().history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['draft', 'submitted']);
    expect((await inject('pi', 'POST', `/applications/${id}/submit`, { version: 4 })).statusCode).toBe(409);
    // Once submitted, agency members read it; other researchers still do not.
    expect((await inject('staff', 'GET', `/applications/${id}`)).statusCode).toBe(200);
    expect((await inject('stranger', 'GET', `/applications/${id}`)).statusCode).toBe(404);
    expect((await inject('reviewer', 'GET', `/applications/${id}`)).statusCode).toBe(404);
    // Withdrawal by the PI, recorded in the history.
    expect((await inject('staff', 'POST', `/applications/${id}/withdraw`, { version: 4 })).statusCode).toBe(403);
    const withdrawn = await inject('pi', 'POST', `/applications/${id}/withdraw`, { version: 4, reason: '他制度で採択' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().history.at(-1)).toMatchObject({ toStatus: 'withdrawn', note: '他制度で採択' });
  });
});
