import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieOf } from '../../../test/helpers/app.ts';
import { createTestDatabase } from '../../../test/helpers/database.ts';
import { buildInstitution, buildProject, buildResearcher, buildUser, PASSWORD } from '../../../test/helpers/factories.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { seedReferenceData } from '../catalog/catalog.reference.ts';
import { type JobQueue, startJobQueue } from '../jobs/jobs.service.ts';
import { projectMembers } from '../projects/projects.tables.ts';
import { inMemorySubjects, type ReviewSubject } from './review.ports.ts';
import { reviewAssignments, reviewers } from './review.tables.ts';

let app: FastifyInstance;
let database: Database;
let jobs: JobQueue;
let cleanup: () => Promise<void>;
const subjects: ReviewSubject[] = [];
const sessions: Record<string, Record<string, string>> = {};

async function login(email: string) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
  const cookie = cookieOf(res);
  return { cookie, 'x-csrf-token': res.json().csrfToken as string };
}

beforeAll(async () => {
  ({ database, cleanup } = await createTestDatabase());
  await seedReferenceData(database.db);
  jobs = await startJobQueue(database, { work: false });
  app = await buildApp({
    database,
    jobs,
    serveWeb: false,
    config: loadConfig({ NODE_ENV: 'test', SEEDLINE_DATA_DIR: '/tmp/seedline-test', SEEDLINE_DEMO: 'off' }),
    reviewSubjects: inMemorySubjects(subjects),
  });
  await app.ready();
  const db = database.db;
  const applicantInst = await buildInstitution(db);
  const pi = await buildResearcher(db, { institutionId: applicantInst.id });
  const otherInst = await buildInstitution(db);
  subjects.push(
    {
      id: 101,
      callId: 7,
      title: '膵がんの新規治療法',
      abstract: 'KRAS',
      keywords: ['膵がん'],
      requestedYen: 30_000_000,
      memberResearcherIds: [pi.id],
      institutionIds: [applicantInst.id],
    },
    {
      id: 102,
      callId: 7,
      title: 'Cardiac myosin',
      abstract: 'HFpEF',
      keywords: [],
      requestedYen: 20_000_000,
      memberResearcherIds: [pi.id],
      institutionIds: [applicantInst.id],
    },
  );
  // clean: another institution, never worked with the PI
  const clean = await buildUser(db, 'reviewer', { email: 'clean@test.example' });
  const cleanR = await buildResearcher(db, { institutionId: otherInst.id });
  // same institution as the applicant
  const sameInst = await buildUser(db, 'reviewer', { email: 'same@test.example' });
  // co-investigator of the PI on a current project
  const coinv = await buildUser(db, 'reviewer', { email: 'coinv@test.example' });
  const coinvR = await buildResearcher(db, { institutionId: otherInst.id });
  const project = await buildProject(db, { piResearcherId: pi.id, institutionId: applicantInst.id });
  await db.insert(projectMembers).values({ projectId: project.id, researcherId: coinvR.id, role: 'co', effortPercent: 10 });
  const rows = await db
    .insert(reviewers)
    .values([
      { userId: clean.id, researcherId: cleanR.id, name: 'Clean', institutionId: otherInst.id },
      { userId: sameInst.id, name: 'Same institution', institutionId: applicantInst.id },
      { userId: coinv.id, researcherId: coinvR.id, name: 'Co-investigator', institutionId: otherInst.id },
    ])
    .returning();
  for (const r of rows) await db.insert(reviewAssignments).values({ callId: 7, applicationId: 101, reviewerId: r.id });
  await buildUser(db, 'staff', { email: 'staff@test.example' });
  for (const e of ['clean', 'same', 'coinv', 'staff']) sessions[e] = await login(`${e}@test.example`);
});

afterAll(async () => {
  await app.close();
  await jobs.stop();
  await cleanup();
});

const subjectUrl = (id: number) => `/api/v1/review/assignments/${id}/subject`;

describe('a reviewer’s view of an assigned application', () => {
  it('stays closed (403) until the reviewer confirms no conflict, then opens', async () => {
    const h = sessions.clean as Record<string, string>;
    expect((await app.inject({ method: 'GET', url: subjectUrl(101), headers: h })).statusCode).toBe(403);
    const c = await app.inject({
      method: 'POST',
      url: '/api/v1/review/assignments/101/confirm-no-conflict',
      headers: h,
      payload: { version: 1 },
    });
    expect(c.statusCode).toBe(200);
    expect(c.json()).toMatchObject({ status: 'confirmed', version: 2 });
    const res = await app.inject({ method: 'GET', url: subjectUrl(101), headers: h });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: 101, title: '膵がんの新規治療法' });
    const stale = await app.inject({
      method: 'POST',
      url: '/api/v1/review/assignments/101/confirm-no-conflict',
      headers: h,
      payload: { version: 1 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('gives 403 to a reviewer from the applicant’s institution, who cannot confirm either', async () => {
    const h = sessions.same as Record<string, string>;
    const c = await app.inject({
      method: 'POST',
      url: '/api/v1/review/assignments/101/confirm-no-conflict',
      headers: h,
      payload: { version: 1 },
    });
    expect(c.statusCode).toBe(403);
    const res = await app.inject({ method: 'GET', url: subjectUrl(101), headers: { ...h, 'accept-language': 'en' } });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('膵がん');
  });

  it('gives 403 to a co-investigator of the PI on a recent project', async () => {
    const h = sessions.coinv as Record<string, string>;
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/review/assignments/101/confirm-no-conflict', headers: h, payload: { version: 1 } }))
        .statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'GET', url: subjectUrl(101), headers: h })).statusCode).toBe(403);
  });

  it('answers 404 for an application the reviewer is not assigned to', async () => {
    expect((await app.inject({ method: 'GET', url: subjectUrl(102), headers: sessions.clean })).statusCode).toBe(404);
  });

  it('forbids other roles (403) and anonymous callers (401)', async () => {
    expect((await app.inject({ method: 'GET', url: subjectUrl(101), headers: sessions.staff })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: subjectUrl(101) })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/review/my-assignments' })).statusCode).toBe(401);
  });

  it('lists the reviewer’s own assignments only', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/review/my-assignments', headers: sessions.coinv });
    expect(res.json().items).toEqual([{ applicationId: 101, callId: 7, status: 'assigned', version: 1 }]);
  });

  it('records a declared conflict, after which the application stays closed even for a clean reviewer', async () => {
    const h = sessions.clean as Record<string, string>;
    const d = await app.inject({
      method: 'POST',
      url: '/api/v1/review/assignments/101/declare-conflict',
      headers: h,
      payload: { reason: '共同研究の予定がある' },
    });
    expect(d.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: subjectUrl(101), headers: h })).statusCode).toBe(403);
  });
});
