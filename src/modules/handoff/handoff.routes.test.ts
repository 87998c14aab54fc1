import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/helpers/app.ts';
import { buildProject, buildUser } from '../../../test/helpers/factories.ts';
import { auditLog, fundRequests, fundRounds, handoffPairings, projectLinks, projectMembers, projects } from '../../db/schema.ts';
import { queryRows, toNumber } from '../../db/sql.ts';
import { loadDemoAgency } from '../demo/demo.loader.ts';
import { STORY_ADJUSTMENTS } from '../demo/generate.stories.ts';
import { termsOf } from './handoff.matching.ts';

let t: TestApp;
const db = () => t.database.db;
let exec: Session;
let staff: Session;
let researcher: Session;
let otherPo: Session;
const idOf = async (titlePrefix: string) =>
  (await queryRows<{ id: number }>(db(), sql`select id from projects where title_ja like ${`${titlePrefix}%`} order by id limit 1`))[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoAgency(db(), { scale: 0.1, password: 'demo-password-1' });
  const login = async (u: { email: string; password: string }) => t.login(u.email, u.password);
  exec = await login(await buildUser(db(), 'executive'));
  staff = await login(await buildUser(db(), 'staff'));
  researcher = await login(await buildUser(db(), 'researcher'));
  const elsewhere = await buildProject(db());
  otherPo = await login(await buildUser(db(), 'po', { scopeId: elsewhere.programId }));
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const call = (method: 'GET' | 'POST', url: string, s?: Session, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: s?.headers ?? {}, payload });

describe('the APOA2-iTQ path', () => {
  it('shows every program, year and amount from 次世代がん事業 through 調整費 to 革新がん事業, licensing, approval and insurance listing', async () => {
    const first = await idOf('タンパク質・ペプチド修飾解析');
    const res = await call('GET', `/projects/${first}/handoff-path`, exec);
    expect(res.statusCode, res.body).toBe(200);
    const path = res.json();
    const programs = path.nodes.map((n: { program: { nameJa: string } }) => n.program.nameJa);
    expect(programs[0]).toContain('次世代がん');
    expect(programs.some((p: string) => p.includes('革新的がん医療実用化'))).toBe(true);
    const [jisedai, kakushin] = [
      path.nodes[0],
      path.nodes.find((n: { program: { nameJa: string } }) => n.program.nameJa.includes('革新的がん医療実用化')),
    ];
    expect([jisedai.startFiscalYear, jisedai.endFiscalYear, kakushin.startFiscalYear, kakushin.endFiscalYear]).toEqual([
      2016, 2021, 2021, 2023,
    ]);
    for (const node of path.nodes) {
      const [stored] = await queryRows<{ total: unknown }>(
        db(),
        sql`select sum(amount_yen) as total from project_budgets where project_id = ${node.id}`,
      );
      expect(node.totalYen).toBe(toNumber(stored!.total));
      const years = new Set(node.budgets.map((b: { fiscalYear: number }) => b.fiscalYear));
      for (let fy = node.startFiscalYear; fy <= node.endFiscalYear; fy++) expect(years.has(fy), `${node.grantNumber} FY${fy}`).toBe(true);
    }
    const adjustments = jisedai.budgets.filter((b: { source: string }) => b.source === 'adjustment');
    expect(adjustments.map((b: { fiscalYear: number; amountYen: number }) => [b.fiscalYear, b.amountYen])).toEqual(
      STORY_ADJUSTMENTS.map((a) => [a.fy, a.amount]),
    );
    expect(path.milestones.map((m: { kind: string; occurredOn: string }) => `${m.kind} ${m.occurredOn}`)).toEqual(
      expect.arrayContaining(['licensing 2020-10-15', 'approval 2023-06-20', 'insurance_listing 2024-02-01']),
    );
    const link = (from: string, to: string) =>
      path.sankey.links.find((l: { source: string; target: string }) => l.source.startsWith(from) && l.target.startsWith(to));
    expect(link('adjustment:', `project:${jisedai.id}`).valueYen).toBe(350_000_000);
    expect(link(`project:${jisedai.id}`, `project:${kakushin.id}`).valueYen).toBe(kakushin.totalYen - kakushin.adjustmentYen);
    const labels = path.sankey.nodes.map((n: { labelJa: string }) => n.labelJa).join(' / ');
    expect(labels).toContain('調整費 FY2017・FY2019・FY2021');
    expect(labels).toContain('薬事承認 2023-06');
    expect(labels).toContain('保険収載 2024-02');
    expect(labels).toContain('企業導出 2020-10');
  });

  it('answers 401 to anonymous callers and hides a private project from a researcher (404)', async () => {
    const hidden = await idOf('膵がん高リスク群を対象とした');
    expect((await call('GET', `/projects/${hidden}/handoff-path`)).statusCode).toBe(401);
    expect((await call('GET', `/projects/${hidden}/handoff-path`, researcher)).statusCode).toBe(404);
  });
});

describe('matching', () => {
  it('recommends successor programs for a project near its final gate, with reasons that match the data', async () => {
    const id = await idOf('iPS細胞由来心筋細胞を用いた重症心不全');
    const res = await call('GET', `/projects/${id}/successor-recommendations?fiscalYear=2025`, staff);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.nearFinalGate).toBe(true);
    expect(body.items.length).toBeGreaterThan(0);
    const [me] = await queryRows<{ modality: string; program_id: number }>(
      db(),
      sql`select modality, program_id from projects where id = ${id}`,
    );
    for (const item of body.items) {
      expect(item.program.id).not.toBe(me!.program_id);
      const peers = await queryRows<{ modality: string; search_text: string }>(
        db(),
        sql`select p.modality, p.search_text from projects p where p.program_id = ${item.program.id} and (p.modality = ${me!.modality}
          or exists (select 1 from project_disease_areas d join project_disease_areas mine on mine.disease_area_id = d.disease_area_id
            where d.project_id = p.id and mine.project_id = ${id}))`,
      );
      expect(item.pastProjects).toBe(peers.length);
      for (const r of item.reasons) {
        if (r.kind === 'modality') expect(r.count).toBe(peers.filter((p) => p.modality === me!.modality).length);
        if (r.kind === 'terms') {
          expect(r.count).toBe(peers.filter((p) => r.terms.every((term: string) => termsOf(p.search_text).has(term))).length);
          expect(r.textJa).toContain(`${r.count}件`);
          expect(r.textJa).toContain(r.terms.join('」「'));
          // English pages carry no Japanese words: the English reason counts the shared terms.
          expect(r.textEn).toContain(`${r.count} past projects`);
          expect(r.textEn).toContain(r.terms.length === 1 ? 'a key term' : `${r.terms.length} key terms`);
          expect(r.textEn).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        }
      }
    }
  });

  it('says a project far from its final gate is not near it, and refuses researchers', async () => {
    const id = await idOf('iPS細胞由来心筋細胞を用いた重症心不全');
    expect((await call('GET', `/projects/${id}/successor-recommendations?fiscalYear=2020`, staff)).json().nearFinalGate).toBe(false);
    expect((await call('GET', `/projects/${id}/successor-recommendations`, researcher)).statusCode).toBe(403);
    expect((await call('GET', `/projects/${id}/successor-recommendations`)).statusCode).toBe(401);
  });
});

describe('pairing and fast path', () => {
  it('executes the demo pairing: successor project in 革新がん事業 with the same team, linked as hand-off, audited, once', async () => {
    const source = await idOf('膵がん高リスク群を対象とした');
    const list = (await call('GET', `/projects/${source}/pairings`, exec)).json().items;
    expect(list).toHaveLength(1);
    const pairing = list[0];
    expect((await call('POST', `/handoff-pairings/${pairing.id}/execute`, otherPo, { version: 1 })).statusCode).toBe(403);
    expect((await call('POST', `/handoff-pairings/${pairing.id}/execute`, researcher, { version: 1 })).statusCode).toBe(403);
    expect((await call('POST', `/handoff-pairings/${pairing.id}/execute`, undefined, { version: 1 })).statusCode).toBe(401);
    const res = await call('POST', `/handoff-pairings/${pairing.id}/execute`, staff, { version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const successorId = res.json().successorProjectId as number;
    const [succ] = await db().select().from(projects).where(eq(projects.id, successorId));
    expect([succ!.programId, succ!.startFiscalYear, succ!.endFiscalYear]).toEqual([pairing.successorProgramId, 2027, 2029]);
    const team = async (p: number) =>
      (await db().select().from(projectMembers).where(eq(projectMembers.projectId, p))).map((m) => m.researcherId).sort();
    expect(await team(successorId)).toEqual(await team(source));
    const links = await db()
      .select()
      .from(projectLinks)
      .where(and(eq(projectLinks.predecessorId, source), eq(projectLinks.successorId, successorId)));
    expect(links[0]?.kind).toBe('handoff');
    expect(await db().select().from(auditLog).where(eq(auditLog.action, 'handoff_pairing.execute'))).toHaveLength(1);
    const again = await call('POST', `/handoff-pairings/${pairing.id}/execute`, staff, { version: 2 });
    expect(again.statusCode).toBe(409);
    const [stored] = await db().select().from(handoffPairings).where(eq(handoffPairings.id, pairing.id));
    expect(stored!.status).toBe('executed');
  });

  it('records a new pairing and a fast path only for editors of the project', async () => {
    const id = await idOf('iPS細胞由来心筋細胞を用いた重症心不全');
    const [target] = await queryRows<{ id: number }>(db(), sql`select id from programs where code = 'KAKUSHIN-GAN'`);
    const body = {
      successorProgramId: target!.id,
      agreedAt: 'gate',
      goCheckJa: '非臨床PoCの確認',
      planJa: '臨床研究へ',
      successorStartFiscalYear: 2026,
      successorEndFiscalYear: 2028,
    };
    expect((await call('POST', `/projects/${id}/pairings`, otherPo, body)).statusCode).toBe(403);
    expect((await call('POST', `/projects/${id}/pairings`, staff, body)).statusCode).toBe(201);
    const fast = { companyJa: '試験製薬株式会社', companyEn: 'Test Pharma', agreedOn: '2025-11-01' };
    expect((await call('POST', `/projects/${id}/fast-paths`, researcher, fast)).statusCode).toBe(403);
    expect((await call('POST', `/projects/${id}/fast-paths`, staff, fast)).statusCode).toBe(201);
    expect((await call('POST', `/projects/${id}/fast-paths`, staff, { ...fast, agreedOn: 'soon' })).statusCode).toBe(400);
  });
});

describe('measures and demo rounds', () => {
  it('counts the hand-offs per year with the waiting time between programs', async () => {
    const res = await call('GET', '/handoff/measures', exec);
    expect(res.statusCode).toBe(200);
    const y2019 = res.json().years.find((y: { fiscalYear: number }) => y.fiscalYear === 2019);
    const [expected] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from project_links l join projects a on a.id = l.predecessor_id join projects b on b.id = l.successor_id
        where l.kind <> 'continuation' and a.program_id <> b.program_id and b.start_fiscal_year = 2019`,
    );
    expect(expected!.n).toBeGreaterThan(0);
    expect(y2019.movedOn).toBe(expected!.n);
    expect((await call('GET', '/handoff/measures', researcher)).statusCode).toBe(403);
  });

  it('has FY2024 and FY2025 adjustment rounds whose approved requests equal the adjustment money on project budgets', async () => {
    for (const fy of [2024, 2025]) {
      const [round] = await db()
        .select()
        .from(fundRounds)
        .where(and(eq(fundRounds.fiscalYear, fy), eq(fundRounds.kind, 'adjustment')));
      const [lines] = await queryRows<{ total: unknown }>(
        db(),
        sql`select sum(amount_yen) as total from project_budgets where source = 'adjustment' and fiscal_year = ${fy}`,
      );
      const [approved] = await db()
        .select({ sum: sql<string>`sum(${fundRequests.amountYen})` })
        .from(fundRequests)
        .where(and(eq(fundRequests.roundId, round!.id), eq(fundRequests.status, 'approved')));
      expect(round!.poolYen).toBe(toNumber(lines!.total));
      expect(Number(approved!.sum)).toBe(round!.poolYen);
      expect(round!.poolYen).toBe(17_5000_0000 * 0.1 * 10); // 175億円 × scale 0.1 = 17.5億円
    }
  });
});
