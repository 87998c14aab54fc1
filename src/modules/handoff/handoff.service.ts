import type { Db } from '../../db/client.ts';
import { toNumber } from '../../db/sql.ts';
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '../../errors.ts';
import { fiscalYearOf } from '../../lib/fiscal-year.ts';
import { formatYen } from '../../lib/money.ts';
import { searchTextOf } from '../../lib/text-search.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import type { ProjectsService } from '../projects/projects.service.ts';
import { nearFinalGate, type Reason, recommendSuccessors } from './handoff.matching.ts';
import { createHandoffRepository } from './handoff.repository.ts';
import type { HandoffPath, Measures, NewFastPath, NewPairing, Pairing, Recommendations } from './handoff.schemas.ts';

const PAIRING = { ja: 'ペアリング', en: 'Pairing' };
const MILESTONE_LABEL: Record<string, { ja: string; en: string }> = {
  licensing: { ja: '企業導出', en: 'Licensing' },
  approval: { ja: '薬事承認', en: 'Approval' },
  insurance_listing: { ja: '保険収載', en: 'Insurance listing' },
};
const STAGE_JA: Record<string, string> = {
  basic: '基礎研究',
  applied: '応用研究',
  nonclinical: '非臨床',
  clinical: '臨床研究・治験',
  practical: '実用化',
};
const MODALITY_JA: Record<string, string> = {
  drug: '医薬品',
  device: '医療機器',
  regenerative: '再生・細胞医療・遺伝子治療',
  diagnostic: '診断薬',
  other: 'その他',
};

export function reasonText(r: Reason): { textJa: string; textEn: string; terms: string[] } {
  switch (r.kind) {
    case 'modality':
      return {
        textJa: `この事業の過去の課題のうち${r.count}件が同じモダリティ（${MODALITY_JA[r.modality] ?? r.modality}）`,
        textEn: `${r.count} past projects of this program share the modality (${r.modality})`,
        terms: [],
      };
    case 'stage':
      return {
        textJa: `${r.count}件がより後の開発段階（主に${STAGE_JA[r.stage] ?? r.stage}）を支援`,
        textEn: `${r.count} past projects were at a later stage (mostly ${r.stage})`,
        terms: [],
      };
    case 'disease_area':
      return { textJa: `${r.count}件が同じ疾患領域`, textEn: `${r.count} past projects share a disease area`, terms: [] };
    case 'terms':
      return {
        textJa: `この事業の過去の課題${r.count}件が用語「${r.terms.join('」「')}」を共有`,
        // The terms are words of Japanese titles: the English text counts them instead of quoting them.
        textEn: `${r.count} past projects of this program share ${r.terms.length === 1 ? 'a key term' : `${r.terms.length} key terms`} with this one`,
        terms: r.terms,
      };
  }
}

export function createHandoffService(deps: { db: Db; projects: ProjectsService }) {
  const { db, projects } = deps;
  const repo = createHandoffRepository(db);

  async function programNames() {
    return new Map((await repo.programNames()).map((p) => [p.id, p]));
  }

  function sankeyOf(
    nodes: HandoffPath['nodes'],
    edges: HandoffPath['edges'],
    milestones: HandoffPath['milestones'],
  ): HandoffPath['sankey'] {
    const out: HandoffPath['sankey'] = { nodes: [], links: [] };
    const add = (name: string, labelJa: string, labelEn: string) => {
      if (!out.nodes.some((n) => n.name === name)) out.nodes.push({ name, labelJa, labelEn });
    };
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const key = (n: HandoffPath['nodes'][number]) => `project:${n.id}`;
    for (const n of nodes) {
      const years = `FY${n.startFiscalYear}–FY${n.endFiscalYear}`;
      add(
        key(n),
        `${n.program.nameJa} ${years}（${formatYen(n.totalYen, 'ja')}）`,
        `${n.program.nameEn} ${years} (${formatYen(n.totalYen, 'en')})`,
      );
      if (n.adjustmentYen > 0) {
        const years = [...new Set(n.budgets.filter((b) => b.source === 'adjustment').map((b) => `FY${b.fiscalYear}`))].join('・');
        add(
          `adjustment:${n.id}`,
          `調整費 ${years}（${formatYen(n.adjustmentYen, 'ja')}）`,
          `Adjustment funds ${years} (${formatYen(n.adjustmentYen, 'en')})`,
        );
        out.links.push({ source: `adjustment:${n.id}`, target: key(n), valueYen: n.adjustmentYen });
      }
    }
    for (const e of edges) {
      const to = byId.get(e.to);
      const from = byId.get(e.from);
      if (from && to) out.links.push({ source: key(from), target: key(to), valueYen: to.totalYen - to.adjustmentYen || 1 });
    }
    let previous: string | null = null;
    for (const m of milestones.filter((x) => MILESTONE_LABEL[x.kind])) {
      const label = MILESTONE_LABEL[m.kind]!;
      const name = `${m.kind}:${m.projectId}:${m.occurredOn}`;
      const when = m.occurredOn ? m.occurredOn.slice(0, 7) : `FY${m.fiscalYear}`;
      add(name, `${label.ja} ${when}`, `${label.en} ${when}`);
      const owner = byId.get(m.projectId);
      const value = owner ? owner.totalYen || 1 : 1;
      out.links.push({ source: previous ?? (owner ? key(owner) : name), target: name, valueYen: value });
      if (owner && previous) out.links.push({ source: key(owner), target: name, valueYen: value });
      previous = name;
    }
    out.links = out.links.filter(
      (l, i, all) => l.source !== l.target && all.findIndex((x) => x.source === l.source && x.target === l.target) === i,
    );
    return out;
  }

  async function requireEditable(projectId: number, actor: Actor) {
    const detail = await projects.get(projectId, actor);
    if (!detail.permissions.canEdit) throw new ForbiddenError();
    return detail;
  }

  const toPairing = (r: Awaited<ReturnType<typeof repo.findPairing>> & {}): Pairing => ({ ...r, status: r.status as Pairing['status'] });

  /** Runs the pre-agreed Go hand-off: creates the successor project with the team and plan, linked as hand-off, with audit. */
  async function executePairing(pairingId: number, version: number, actor: Actor): Promise<Pairing> {
    const pairing = await repo.findPairing(pairingId);
    if (!pairing) throw new NotFoundError(PAIRING);
    await requireEditable(pairing.projectId, actor);
    const done = await db.transaction(async (tx) => {
      const source = await repo.projectRow(pairing.projectId, tx);
      if (!source) throw new NotFoundError(PAIRING);
      const now = await repo.findPairing(pairingId, tx);
      if (now?.status !== 'agreed')
        throw new ConflictError('already_executed', {
          ja: 'このペアリングはすでに実行済みです。',
          en: 'This pairing has already been executed.',
        });
      const search = searchTextOf(source.titleJa, source.titleEn, pairing.planJa, pairing.planEn, source.grantNumber);
      const successorId = await repo.createSuccessor(source, pairing, search, tx);
      const after = await repo.markExecuted(pairingId, version, successorId, tx);
      if (!after) throw new StaleVersionError(now.version);
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: 'handoff_pairing.execute',
        entityType: 'handoff_pairing',
        entityId: pairingId,
        before: { status: 'agreed' },
        after: { status: 'executed', successorProjectId: successorId },
        requestId: actor.requestId,
        ip: actor.ip,
      });
      return after;
    });
    return toPairing(done);
  }

  return {
    executePairing,

    async path(projectId: number, actor: Actor): Promise<HandoffPath> {
      const detail = await projects.get(projectId, actor);
      const ids = detail.lineage.nodes.map((n) => n.id);
      const [budgets, milestones, fastPaths] = await Promise.all([repo.budgetsOf(ids), repo.milestonesOf(ids), repo.fastPathsOf(ids)]);
      const nodes = detail.lineage.nodes
        .sort((a, b) => a.startFiscalYear - b.startFiscalYear || a.id - b.id)
        .map((n) => {
          const own = budgets
            .filter((b) => b.projectId === n.id)
            .map((b) => ({ fiscalYear: b.fiscalYear, source: b.source, amountYen: toNumber(b.amountYen) }));
          return {
            ...n,
            budgets: own,
            totalYen: own.reduce((s, b) => s + b.amountYen, 0),
            adjustmentYen: own.filter((b) => b.source === 'adjustment').reduce((s, b) => s + b.amountYen, 0),
          };
        });
      const ms = milestones.map((m) => ({
        projectId: m.projectId,
        kind: m.kind,
        occurredOn: m.occurredOn,
        fiscalYear: m.fiscalYear,
        titleJa: m.titleJa,
        titleEn: m.titleEn,
      }));
      return {
        projectId,
        nodes,
        edges: detail.lineage.edges,
        milestones: ms,
        fastPaths: fastPaths.map((f) => ({ projectId: f.projectId, companyJa: f.companyJa, companyEn: f.companyEn, agreedOn: f.agreedOn })),
        sankey: sankeyOf(nodes, detail.lineage.edges, ms),
      };
    },

    async recommendations(projectId: number, actor: Actor, fiscalYear = fiscalYearOf(new Date())): Promise<Recommendations> {
      await projects.get(projectId, actor);
      const p = await repo.projectRow(projectId);
      if (!p) throw new NotFoundError({ ja: '課題', en: 'Project' });
      const near = nearFinalGate(p, fiscalYear);
      if (!near) return { projectId, nearFinalGate: false, items: [] };
      const areaIds = await repo.areasOf(projectId);
      const searchText = searchTextOf(p.titleJa, p.titleEn, p.abstractJa, p.abstractEn);
      const peers = await repo.peers(p, areaIds);
      const programs = await programNames();
      const open = peers.filter((x) => {
        const end = programs.get(x.programId)?.endFiscalYear;
        return end === null || end === undefined || end >= fiscalYear;
      });
      const items = recommendSuccessors({ ...p, searchText, areaIds }, open).map((r) => ({
        program: programs.get(r.programId)!,
        score: r.score,
        pastProjects: r.pastProjects,
        reasons: r.reasons.map((x) => ({ kind: x.kind, count: x.count, ...reasonText(x) })),
      }));
      return {
        projectId,
        nearFinalGate: true,
        items: items.map((i) => ({ ...i, program: { id: i.program.id, nameJa: i.program.nameJa, nameEn: i.program.nameEn } })),
      };
    },

    async pairings(projectId: number, actor: Actor) {
      await projects.get(projectId, actor);
      return { items: (await repo.pairingsOf(projectId)).map(toPairing) };
    },

    async createPairing(projectId: number, input: NewPairing, actor: Actor): Promise<Pairing> {
      const detail = await requireEditable(projectId, actor);
      if (!(await repo.programExists(input.successorProgramId))) throw new NotFoundError({ ja: '後継事業', en: 'Successor program' });
      if (input.successorProgramId === detail.program.id || input.successorEndFiscalYear < input.successorStartFiscalYear)
        throw new ValidationError(
          {
            ja: '後継事業は別の事業とし、終了年度は開始年度以降にしてください。',
            en: 'The successor must be another program, and its end year cannot precede its start.',
          },
          [{ path: 'successorProgramId', message: 'same program or bad years' }],
        );
      const row = await db.transaction(async (tx) => {
        const r = await repo.insertPairing({ ...input, projectId, createdBy: actor.userId }, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'handoff_pairing.create',
          entityType: 'handoff_pairing',
          entityId: r.id,
          after: r,
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return r;
      });
      return toPairing(row);
    },

    async createFastPath(projectId: number, input: NewFastPath, actor: Actor) {
      await requireEditable(projectId, actor);
      return db.transaction(async (tx) => {
        const r = await repo.insertFastPath({ ...input, projectId, createdBy: actor.userId }, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'handoff_fast_path.create',
          entityType: 'handoff_fast_path',
          entityId: r.id,
          after: r,
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return { id: r.id, projectId, companyJa: r.companyJa, companyEn: r.companyEn, agreedOn: r.agreedOn };
      });
    },

    /** Per fiscal year: seeds that moved on to another program (by the successor's start), mean wait, share that reached a company. */
    async measures(): Promise<Measures> {
      const [links, ended] = await Promise.all([repo.handoffLinks(), repo.endedByYear()]);
      const years = new Map<number, Measures['years'][number]>();
      const at = (fy: number) => {
        const y = years.get(fy) ?? { fiscalYear: fy, movedOn: 0, meanWaitYears: null, ended: 0, reachedCompany: 0, companyShare: null };
        years.set(fy, y);
        return y;
      };
      const waits = new Map<number, number[]>();
      for (const l of links.filter((x) => x.kind !== 'continuation' && x.predProgram !== x.succProgram)) {
        at(l.succStart).movedOn++;
        waits.set(l.succStart, [...(waits.get(l.succStart) ?? []), Math.max(0, l.succStart - l.predEnd - 1)]);
      }
      for (const [fy, w] of waits) at(fy).meanWaitYears = Math.round((w.reduce((a, b) => a + b, 0) / w.length) * 100) / 100;
      for (const e of ended) {
        const y = at(e.fiscalYear);
        y.ended = e.ended;
        y.reachedCompany = e.licensed;
        y.companyShare = e.ended ? Math.round((e.licensed / e.ended) * 1000) / 1000 : null;
      }
      return { years: [...years.values()].sort((a, b) => a.fiscalYear - b.fiscalYear) };
    },
  };
}

export type HandoffService = ReturnType<typeof createHandoffService>;
