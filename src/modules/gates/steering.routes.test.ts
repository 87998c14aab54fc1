import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProgram, buildProject, buildUser } from '../../../test/helpers/factories.ts';
import { auditLog, mailOutbox, progressReports } from '../../db/schema.ts';
import { createSteeringService } from './steering.service.ts';

let t: TestApp;
const db = () => t.database.db;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, s?: Session, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: s?.headers ?? {}, payload });
const login = (u: { email: string; password: string }) => t.login(u.email, u.password);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const SUBMISSION = { version: 1, summary: '概要', achievements: '成果', nextPlan: '次年度計画' };

async function setup() {
  const program = await buildProgram(db());
  const pi = await buildUser(db(), 'researcher');
  const project = await buildProject(db(), { programId: program.id, piResearcherId: pi.researcherId!, isPublic: true });
  return { program, project, pi: await login(pi), po: await login(await buildUser(db(), 'po', { scopeId: program.id })) };
}

describe('milestones', () => {
  it('lets the PO add milestones and mark them achieved; a past-due planned milestone shows as overdue', async () => {
    const { project, po } = await setup();
    const past = await call('POST', `/projects/${project.id}/milestones`, po, {
      dueFiscalYear: 2020,
      dueQuarter: 4,
      kind: 'pmda_consultation',
      titleJa: 'PMDA対面助言',
      titleEn: 'PMDA consultation',
    });
    expect(past.statusCode, past.body).toBe(201);
    const future = await call('POST', `/projects/${project.id}/milestones`, po, {
      dueFiscalYear: 2090,
      dueQuarter: 1,
      titleJa: '導出',
      titleEn: 'Licensing',
      kind: 'licensing',
    });
    const view = (await call('GET', `/projects/${project.id}/steering`, po)).json();
    expect(view.milestones.map((m: { overdue: boolean }) => m.overdue)).toEqual([true, false]);
    const done = await call('PATCH', `/milestones/${future.json().id}`, po, { version: 1, status: 'achieved' });
    expect(done.json()).toMatchObject({ status: 'achieved', version: 2 });
    expect((await call('PATCH', `/milestones/${future.json().id}`, po, { version: 1, status: 'missed' })).statusCode).toBe(409);
  });

  it('refuses milestones from a researcher, a PO of another program and an anonymous caller', async () => {
    const { project, pi } = await setup();
    const other = await setup();
    const body = { dueFiscalYear: 2025, dueQuarter: 2, titleJa: 'x', titleEn: 'x' };
    expect((await call('POST', `/projects/${project.id}/milestones`, pi, body)).statusCode).toBe(403);
    expect((await call('POST', `/projects/${project.id}/milestones`, other.po, body)).statusCode).toBe(403);
    expect((await call('POST', `/projects/${project.id}/milestones`, undefined, body)).statusCode).toBe(401);
  });
});

describe('progress reports', () => {
  it('runs request → PDF attachment → submission → return → resubmission → acceptance, with audit', async () => {
    const { project, po, pi } = await setup();
    const req = await call('POST', `/projects/${project.id}/reports`, po, { fiscalYear: 2024, kind: 'annual', dueOn: '2025-05-31' });
    expect(req.statusCode, req.body).toBe(201);
    const id = req.json().id;
    expect(
      (await call('POST', `/projects/${project.id}/reports`, po, { fiscalYear: 2024, kind: 'annual', dueOn: '2025-05-31' })).statusCode,
    ).toBe(409);
    const notPdf = await call('POST', `/reports/${id}/attachments`, pi, {
      filename: 'x.pdf',
      contentBase64: Buffer.from('hello world').toString('base64'),
    });
    expect(notPdf.statusCode).toBe(400);
    const att = await call('POST', `/reports/${id}/attachments`, pi, { filename: '進捗報告.pdf', contentBase64: PDF.toString('base64') });
    expect(att.statusCode, att.body).toBe(201);
    expect(att.json()).toMatchObject({ sizeBytes: PDF.length, contentType: 'application/pdf' });
    const dl = await call('GET', `/reports/${id}/attachments/${att.json().id}`, po);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toMatch(/application\/pdf/);
    expect(dl.rawPayload.equals(PDF)).toBe(true);

    expect((await call('PUT', `/reports/${id}`, po, SUBMISSION)).statusCode).toBe(403);
    const sub = await call('PUT', `/reports/${id}`, pi, SUBMISSION);
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json().status).toBe('submitted');
    expect((await call('POST', `/reports/${id}/review`, pi, { version: 2, outcome: 'accepted', comment: 'x' })).statusCode).toBe(403);
    const ret = await call('POST', `/reports/${id}/review`, po, {
      version: 2,
      outcome: 'returned',
      comment: '成果の根拠を追記してください',
    });
    expect(ret.json()).toMatchObject({ status: 'returned', reviewComment: '成果の根拠を追記してください' });
    await call('PUT', `/reports/${id}`, pi, { ...SUBMISSION, version: 3 });
    const ok = await call('POST', `/reports/${id}/review`, po, { version: 4, outcome: 'accepted', comment: '確認しました' });
    expect(ok.json().status).toBe('accepted');
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityType, 'progress_report'));
    expect(audit.filter((a) => String(a.entityId) === String(id)).map((a) => a.action)).toEqual(
      expect.arrayContaining(['report.request', 'report.attach', 'report.submit', 'report.review']),
    );
  });

  it('shows a researcher only the reports of their own projects', async () => {
    const a = await setup();
    const b = await setup();
    await call('POST', `/projects/${a.project.id}/reports`, a.po, { fiscalYear: 2024, kind: 'annual', dueOn: '2025-05-31' });
    const theirs = (
      await call('POST', `/projects/${b.project.id}/reports`, b.po, { fiscalYear: 2024, kind: 'interim', dueOn: '2024-10-31' })
    ).json();
    const mine = (await call('GET', '/reports/mine', a.pi)).json();
    expect(mine.items.map((r: { projectId: number }) => r.projectId)).toEqual([a.project.id]);
    expect((await call('GET', `/projects/${b.project.id}/steering`, a.pi)).statusCode).toBe(404);
    expect((await call('PUT', `/reports/${theirs.id}`, a.pi, SUBMISSION)).statusCode).toBe(404);
    expect((await call('GET', '/reports/mine', a.po)).statusCode).toBe(403);
    expect((await call('GET', `/projects/${a.project.id}/steering`, a.pi)).json().siteVisits).toEqual([]);
  });
});

describe('overdue items, site visits and reminders', () => {
  it('lists overdue reports to the PO of the program and the PD, not to a PO of another program or a researcher', async () => {
    const { program, project, po, pi } = await setup();
    const other = await setup();
    await call('POST', `/projects/${project.id}/reports`, po, { fiscalYear: 2023, kind: 'annual', dueOn: '2024-05-31' });
    const pd = await login(await buildUser(db(), 'pd', { scopeId: program.integratedProjectId }));
    const mineIds = (s: Session) =>
      call('GET', '/steering/overdue', s).then((r) => r.json().reports.map((x: { project: { id: number } }) => x.project.id));
    expect(await mineIds(po)).toContain(project.id);
    expect(await mineIds(pd)).toContain(project.id);
    expect(await mineIds(other.po)).not.toContain(project.id);
    expect((await call('GET', '/steering/overdue', pi)).statusCode).toBe(403);
    expect((await call('GET', '/steering/overdue')).statusCode).toBe(401);
  });

  it('records site visits for the PO and hides them from other programs’ POs', async () => {
    const { project, po } = await setup();
    const other = await setup();
    expect((await call('POST', `/projects/${project.id}/site-visits`, other.po, { visitedOn: '2024-11-20', notes: 'x' })).statusCode).toBe(
      403,
    );
    const res = await call('POST', `/projects/${project.id}/site-visits`, po, { visitedOn: '2024-11-20', notes: '実験設備を確認' });
    expect(res.statusCode, res.body).toBe(201);
    expect((await call('GET', `/projects/${project.id}/steering`, po)).json().siteVisits[0].notes).toBe('実験設備を確認');
  });

  it('queues reminders only for staff roles, and the run mails each PI once a week', async () => {
    const { project, po, pi } = await setup();
    const rep = (
      await call('POST', `/projects/${project.id}/reports`, po, { fiscalYear: 2023, kind: 'annual', dueOn: '2024-05-31' })
    ).json();
    expect((await call('POST', '/steering/reminders', pi)).statusCode).toBe(403);
    const queued = await call('POST', '/steering/reminders', po);
    expect(queued.statusCode).toBe(202);
    expect(queued.json().jobId).toMatch(/\w/);
    const steering = createSteeringService({ db: db() });
    const first = await steering.sendReminders();
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const [row] = await db().select().from(progressReports).where(eq(progressReports.id, rep.id));
    expect(row!.remindedAt).not.toBeNull();
    const mails = await db().select().from(mailOutbox);
    expect(mails.some((m) => m.subject.includes(project.grantNumber) && m.subject.includes('提出期限超過'))).toBe(true);
    const again = await steering.sendReminders();
    expect(again.reminded).toBe(0);
  });
});
