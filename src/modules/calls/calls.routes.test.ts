import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProgram, buildUser } from '../../../test/helpers/factories.ts';
import { phaseOf } from './calls.service.ts';
import { buildCall, REVIEW_FORM } from './calls.testing.ts';

let t: TestApp;
let program: Awaited<ReturnType<typeof buildProgram>>;
let other: Awaited<ReturnType<typeof buildProgram>>;
const s: Record<string, Session> = {};
let openCallId: number;
let draftCallId: number;

const newCall = (programId: number, code: string) => ({
  code,
  programId,
  fiscalYear: 2025,
  titleJa: '先端国際共同研究推進プログラム（ASPIRE）令和7年度公募',
  titleEn: 'ASPIRE FY2025 call',
  opensAt: '2025-04-01T10:00:00+09:00',
  deadlineAt: '2025-05-30T12:00:00+09:00',
  budgetYen: 2_000_000_000,
  partnerCountries: ['GB', 'US'],
  ppiQuestions: [{ code: 'ppi1', ja: '患者・市民参画の計画', en: 'Plan for patient and public involvement' }],
  requiredAttachments: [{ code: 'plan', ja: '研究開発提案書', en: 'Proposal', required: true, maxMegabytes: 10 }],
  reviewForm: REVIEW_FORM,
  types: [
    { code: 'A', nameJa: 'タイプA', nameEn: 'Type A', budgetCapYen: 380_000_000, durationYears: 5, plannedAwards: 3 },
    { code: 'B', nameJa: 'タイプB', nameEn: 'Type B', budgetCapYen: 115_000_000, durationYears: 3, plannedAwards: 5 },
  ],
});

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  program = await buildProgram(db);
  other = await buildProgram(db);
  const users = {
    staff: await buildUser(db, 'staff'),
    ps: await buildUser(db, 'ps', { scopeId: program.id }),
    psOther: await buildUser(db, 'ps', { scopeId: other.id }),
    researcher: await buildUser(db, 'researcher'),
  };
  for (const [k, u] of Object.entries(users)) s[k] = await t.login(u.email, u.password);
  openCallId = (await buildCall(db, { programId: program.id })).call.id;
  draftCallId = (await buildCall(db, { programId: program.id, status: 'draft' })).call.id;
});
afterAll(async () => {
  await t?.close();
});

describe('open calls in public', () => {
  it('lists open calls to an anonymous caller and hides drafts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/calls' });
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((c: { id: number }) => c.id);
    expect(ids).toContain(openCallId);
    expect(ids).not.toContain(draftCallId);
    expect(res.json().items.find((c: { id: number }) => c.id === openCallId).phase).toBe('open');
  });

  it('answers 404 for a draft call in public and to a researcher, but shows it to staff', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/calls/${draftCallId}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/calls/${draftCallId}`, headers: s.researcher!.headers })).statusCode).toBe(
      404,
    );
    const staff = await t.app.inject({ method: 'GET', url: `/api/v1/calls/${draftCallId}`, headers: s.staff!.headers });
    expect(staff.statusCode).toBe(200);
    expect(staff.json().permissions.canEdit).toBe(true);
  });
});

describe('creating and editing calls', () => {
  it('lets staff and the PS of the program create a call, with its types and review form', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calls',
      headers: s.ps!.headers,
      payload: newCall(program.id, 'ASPIRE-25'),
    });
    expect(res.statusCode).toBe(201);
    const call = res.json();
    expect(call.status).toBe('draft');
    expect(call.types.map((x: { code: string }) => x.code)).toEqual(['A', 'B']);
    expect(call.types[0].budgetCapYen).toBe(380_000_000);
    expect(call.deadlineAt).toBe('2025-05-30T03:00:00.000Z');
    expect(call.reviewForm.fundableFrom).toBe(6);
    const staff = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calls',
      headers: s.staff!.headers,
      payload: newCall(other.id, 'STAFF-25'),
    });
    expect(staff.statusCode).toBe(201);
  });

  it('refuses a PS of another program (403), a researcher (403) and an anonymous caller (401)', async () => {
    const body = newCall(program.id, 'NOPE-25');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/calls', headers: s.psOther!.headers, payload: body })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/calls', headers: s.researcher!.headers, payload: body })).statusCode).toBe(
      403,
    );
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/calls', payload: body })).statusCode).toBe(401);
  });

  it('refuses a deadline before the opening and changes nothing', async () => {
    const body = { ...newCall(program.id, 'BAD-25'), deadlineAt: '2025-03-01T12:00:00+09:00' };
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/calls', headers: s.staff!.headers, payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('deadlineAt');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/calls', headers: s.staff!.headers });
    expect(list.json().items.some((c: { code: string }) => c.code === 'BAD-25')).toBe(false);
  });

  it('publishes with the version read, and answers 409 to a stale edit', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calls',
      headers: s.staff!.headers,
      payload: newCall(program.id, 'PUB-25'),
    });
    const { id, version } = created.json();
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/calls/${id}`,
      headers: s.staff!.headers,
      payload: { version, status: 'published' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('published');
    // A patch changes only what it names: the PPI questions and documents stay.
    expect(ok.json().ppiQuestions).toHaveLength(1);
    expect(ok.json().requiredAttachments).toHaveLength(1);
    expect(ok.json().partnerCountries).toEqual(['GB', 'US']);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/calls/${id}`,
      headers: s.staff!.headers,
      payload: { version, budgetYen: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    const ps = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/calls/${id}`,
      headers: s.psOther!.headers,
      payload: { version: version + 1, budgetYen: 1 },
    });
    expect(ps.statusCode).toBe(403);
    const researcher = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/calls/${id}`,
      headers: s.researcher!.headers,
      payload: { version: version + 1 },
    });
    expect(researcher.statusCode).toBe(404);
  });

  it('lists calls for any signed-in user, drafts only for agency members', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/calls', headers: s.researcher!.headers });
    expect(r.statusCode).toBe(200);
    expect(r.json().items.every((c: { status: string }) => c.status !== 'draft')).toBe(true);
    const staff = await t.app.inject({ method: 'GET', url: '/api/v1/calls?phase=draft', headers: s.staff!.headers });
    expect(staff.json().items.some((c: { id: number }) => c.id === draftCallId)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calls' })).statusCode).toBe(401);
  });
});

describe('phaseOf', () => {
  const call = { status: 'published', opensAt: new Date('2025-04-01T01:00:00Z'), deadlineAt: new Date('2025-05-30T03:00:00Z') };
  it('is open from the opening to one millisecond before the deadline, closed at the deadline', () => {
    expect(phaseOf(call, new Date('2025-03-31T00:00:00Z'))).toBe('upcoming');
    expect(phaseOf(call, new Date('2025-05-30T02:59:59.999Z'))).toBe('open');
    expect(phaseOf(call, new Date('2025-05-30T03:00:00Z'))).toBe('closed');
    expect(phaseOf({ ...call, status: 'review' }, new Date('2025-05-01T00:00:00Z'))).toBe('review');
  });
});
