import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProgram, buildProject, buildUser } from '../../../test/helpers/factories.ts';
import { auditLog, outcomes } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { createProjectsService } from '../projects/projects.service.ts';
import { createOutcomeRecordsService } from './outcomes.records.ts';

let t: TestApp;
const db = () => t.database.db;
let project: { id: number; grantNumber: string };
let other: { id: number; grantNumber: string };
let researcher: Session;
let researcherActor: Actor;
let po: Session;
let poOther: Session;
let staff: Session;
let records: ReturnType<typeof createOutcomeRecordsService>;

const paper = {
  kind: 'paper',
  fiscalYear: 2023,
  titleJa: '膵がんの新規バイオマーカー',
  titleEn: 'A new pancreatic cancer biomarker',
  topJournal: true,
  details: { doi: '10.1000/xyz123', pmid: '12345678', journal: 'Nature' },
};

beforeAll(async () => {
  t = await createTestApp();
  const program = await buildProgram(db());
  const r = await buildUser(db(), 'researcher');
  project = await buildProject(db(), { programId: program.id, piResearcherId: r.researcherId!, grantNumber: 'JP23ck0100001' });
  other = await buildProject(db(), { grantNumber: 'JP23ck0100002' });
  researcher = await t.login(r.email, r.password);
  const p = await buildUser(db(), 'po', { scopeId: program.id });
  po = await t.login(p.email, p.password);
  const p2 = await buildUser(db(), 'po', { scopeId: (await buildProgram(db())).id });
  poOther = await t.login(p2.email, p2.password);
  const s = await buildUser(db(), 'staff');
  staff = await t.login(s.email, s.password);
  records = createOutcomeRecordsService({ db: db(), projects: createProjectsService({ db: db() }) });
  researcherActor = {
    userId: r.id,
    email: r.email,
    displayName: 'r',
    locale: 'ja',
    roles: [{ role: 'researcher', scopeType: 'self', scopeId: null }],
    researcherId: r.researcherId,
  };
});
afterAll(async () => {
  await t?.close();
});

const post = (url: string, payload: object, s?: Session) => t.app.inject({ method: 'POST', url, headers: s?.headers ?? {}, payload });

describe('reporting and verifying outcomes', () => {
  it('lets the PI report a paper for their project, recorded as reported with an audit record', async () => {
    const res = await post(`/api/v1/projects/${project.id}/outcomes`, paper, researcher);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'reported', source: 'manual', details: { pmid: '12345678' } });
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'outcome.report'));
    expect(audit.length).toBe(1);
  });

  it('refuses bad details field by field and stores nothing', async () => {
    const res = await post(
      `/api/v1/projects/${project.id}/outcomes`,
      { ...paper, kind: 'clinical_trial', details: { registry: 'jRCT', trialId: 'X1', phase: 'II' } },
      researcher,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('details.trialId');
    expect((await db().select().from(outcomes).where(eq(outcomes.kind, 'clinical_trial'))).length).toBe(0);
  });

  it("refuses a researcher reporting for someone else's project (403) and hides non-public ones (404), 401 anonymous", async () => {
    expect((await post(`/api/v1/projects/${other.id}/outcomes`, paper, researcher)).statusCode).toBe(403);
    expect((await post(`/api/v1/projects/${project.id}/outcomes`, paper)).statusCode).toBe(401);
  });

  it('lets the PO of the program verify with the version read, refuses a PO of another program and stale versions', async () => {
    const list = (await t.app.inject({ method: 'GET', url: `/api/v1/projects/${project.id}/outcomes`, headers: po.headers })).json();
    expect(list.permissions).toEqual({ canReport: true, canVerify: true });
    const o = list.items[0];
    expect((await post(`/api/v1/outcomes/${o.id}/verify`, { version: o.version, decision: 'verified' }, poOther)).statusCode).toBe(403);
    expect((await post(`/api/v1/outcomes/${o.id}/verify`, { version: o.version, decision: 'verified' }, researcher)).statusCode).toBe(403);
    const ok = await post(`/api/v1/outcomes/${o.id}/verify`, { version: o.version, decision: 'verified' }, po);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'verified', version: o.version + 1 });
    expect((await post(`/api/v1/outcomes/${o.id}/verify`, { version: o.version, decision: 'rejected' }, po)).statusCode).toBe(409);
    expect((await post('/api/v1/outcomes/999999/verify', { version: 1, decision: 'rejected' }, staff)).statusCode).toBe(404);
  });
});

describe('importing outcomes', () => {
  const csv = (rows: string[]) => ['grantNumber,kind,fiscalYear,titleJa,titleEn,journal,doi,company,scope', ...rows].join('\r\n');

  it('queues an import as a job (202) for a signed-in user, 401 anonymous', async () => {
    expect((await post('/api/v1/outcomes/imports', { format: 'csv', filename: 'a.csv', content: csv([]) })).statusCode).toBe(401);
    const res = await post('/api/v1/outcomes/imports', { format: 'csv', filename: 'a.csv', content: csv([]) }, researcher);
    expect(res.statusCode).toBe(202);
    expect(res.json().jobId).toMatch(/\w/);
  });

  it('imports a CSV all or nothing: one bad row reports its row and column and saves nothing', async () => {
    const bad = await records.runImport({
      format: 'csv',
      filename: 'x.csv',
      actor: researcherActor,
      content: csv([
        `${project.grantNumber},licensing,2023,"導出, 国内",Licensed,,,製薬A社,japan`,
        `${project.grantNumber},paper,2023,論文,Paper,,not-a-doi,,`,
        `JP99zz9999999,paper,2023,論文,Paper,Cell,,,`,
        `${other.grantNumber},paper,2023,論文,Paper,Cell,,,`,
      ]),
    });
    expect(bad.imported).toBe(0);
    expect(bad.errors).toEqual([
      { row: 3, field: 'doi', message: 'DOI like 10.1000/xyz' },
      { row: 3, field: 'journal', message: expect.any(String) },
      { row: 4, field: 'grantNumber', message: 'no project with this grant number' },
      { row: 5, field: 'grantNumber', message: 'you may not report outcomes for this project' },
    ]);
    expect((await db().select().from(outcomes).where(eq(outcomes.source, 'import'))).length).toBe(0);
    const good = await records.runImport({
      format: 'csv',
      filename: 'y.csv',
      actor: researcherActor,
      content: csv([`${project.grantNumber},licensing,2023,"導出, 国内",Licensed,,,製薬A社,japan`]),
    });
    expect(good).toMatchObject({ imported: 1, errors: [] });
    const [row] = await db().select().from(outcomes).where(eq(outcomes.source, 'import'));
    expect(row).toMatchObject({ titleJa: '導出, 国内', status: 'reported', details: { company: '製薬A社', scope: 'japan' } });
  });

  it('reads the same template from Excel', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('outcomes');
    ws.addRow(['grantNumber', 'kind', 'fiscalYear', 'titleJa', 'titleEn', 'applicationNumber']);
    ws.addRow([project.grantNumber, 'patent', 2024, '特許出願', 'Patent application', '特願2024-000123']);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(await records.runImport({ format: 'xlsx', filename: 'p.xlsx', actor: researcherActor, content })).toMatchObject({
      imported: 1,
      errors: [],
    });
  });

  it('matches PubMed, Crossref and RIS records to projects by the grant numbers in their funding acknowledgements', async () => {
    const pubmed = `<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">38000001</PMID><Article><Journal><Title>Nature Medicine</Title><JournalIssue><PubDate><Year>2024</Year><Month>Feb</Month></PubDate></JournalIssue></Journal><ArticleTitle>Early detection of pancreatic cancer.</ArticleTitle><GrantList><Grant><GrantID>${project.grantNumber}</GrantID><Agency>AMED</Agency></Grant></GrantList></Article></MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="doi">10.1038/s41591-024-0001</ArticleId></ArticleIdList></PubmedData></PubmedArticle><PubmedArticle><MedlineCitation><PMID>38000002</PMID><Article><Journal><Title>Cell</Title></Journal><ArticleTitle>Unfunded.</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>`;
    const p = await records.runImport({ format: 'pubmed', filename: 'pubmed.xml', actor: researcherActor, content: pubmed });
    expect(p).toMatchObject({ imported: 1, errors: [], unmatched: [{ row: 3 }] });
    const crossref = JSON.stringify({
      message: {
        items: [
          {
            DOI: '10.1000/cr.1',
            title: ['Crossref paper'],
            'container-title': ['Lancet'],
            issued: { 'date-parts': [[2023, 5]] },
            funder: [{ name: 'AMED', award: [project.grantNumber] }],
          },
        ],
      },
    });
    expect(await records.runImport({ format: 'crossref', filename: 'c.json', actor: researcherActor, content: crossref })).toMatchObject({
      imported: 1,
    });
    const ris = `TY  - JOUR\nTI  - RIS paper\nJO  - BMJ\nPY  - 2023/07/01\nDO  - 10.1000/ris.1\nN1  - Funded by AMED (${project.grantNumber}).\nER  - \n`;
    expect(await records.runImport({ format: 'ris', filename: 'r.ris', actor: researcherActor, content: ris })).toMatchObject({
      imported: 1,
    });
    const papers = await db().select().from(outcomes).where(eq(outcomes.source, 'import'));
    const pm = papers.find((x) => x.details.pmid === '38000001')!;
    expect(pm).toMatchObject({
      fiscalYear: 2023,
      projectId: project.id,
      details: { journal: 'Nature Medicine', doi: '10.1038/s41591-024-0001' },
    });
    expect(papers.find((x) => x.details.doi === '10.1000/ris.1')!.fiscalYear).toBe(2023);
  });
});
