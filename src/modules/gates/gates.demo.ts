import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/sql.ts';
import { Rng } from '../demo/demo.random.ts';
import { LADDERS, type Modality } from '../projects/stages.ts';
import { createGatesService } from './gates.service.ts';
import { gateReviews, milestones, progressReports } from './gates.tables.ts';

type P = { id: number; grantNumber: string; modality: Modality; stage: string; status: string; start: number; end: number };
const CHUNK = 2000;
const KINDS: Record<Modality, { kind: string; ja: string; en: string }> = {
  drug: { kind: 'first_in_human', ja: '臨床試験（First in Human）の開始', en: 'First-in-human trial starts' },
  device: { kind: 'pmda_consultation', ja: 'PMDA対面助言の実施', en: 'PMDA consultation held' },
  regenerative: { kind: 'pmda_consultation', ja: 'PMDA再生医療等製品相談の実施', en: 'PMDA regenerative-product consultation held' },
  diagnostic: { kind: 'approval_filing', ja: '体外診断用医薬品の薬事申請', en: 'IVD regulatory filing' },
  other: { kind: 'licensing', ja: '企業への導出', en: 'Licensing to a company' },
};

/**
 * Milestones, progress reports (some overdue) and gate reviews with decisions for the projects
 * active in FY2024–FY2025, every modality included. Deterministic: one seeded generator per
 * grant number. Decided reviews describe the gate a project already passed (its stage is the
 * gate's target), so the demo's stages and budgets stay as generated.
 */
export async function loadGatesDemo(db: Db, createdBy: number | null): Promise<{ milestones: number; reports: number; reviews: number }> {
  await createGatesService({ db }).seedDefaults();
  const templates = await queryRows<{
    id: number;
    modality: Modality;
    gates: { code: string; fromStages: string[]; toStage: string; items: { code: string }[] }[];
  }>(db, sql`select id, modality, gates from gate_templates where is_active`);
  const tpl = new Map(templates.map((t) => [t.modality, t]));
  const rows = await queryRows<P>(
    db,
    sql`select id, grant_number as "grantNumber", modality, stage, status, start_fiscal_year as start, end_fiscal_year as "end"
        from projects where end_fiscal_year >= 2024 order by id`,
  );
  const filer = createdBy ?? (await queryRows<{ id: number }>(db, sql`select id from users order by id limit 1`))[0]?.id;
  const ms: (typeof milestones.$inferInsert)[] = [];
  const reports: (typeof progressReports.$inferInsert)[] = [];
  const reviews: (typeof gateReviews.$inferInsert)[] = [];
  for (const p of rows) {
    const rng = new Rng(`gates:${p.grantNumber}`);
    const exit = KINDS[p.modality];
    const mid = Math.min(p.end, Math.max(p.start, 2024));
    ms.push(
      {
        projectId: p.id,
        dueFiscalYear: p.start,
        dueQuarter: 4,
        titleJa: '研究計画の初年度目標の達成',
        titleEn: 'First-year goals met',
        deliverable: '年次報告',
        status: 'achieved',
        achievedOn: `${p.start + 1}-03-15`,
      },
      {
        projectId: p.id,
        dueFiscalYear: mid,
        dueQuarter: rng.int(1, 4),
        titleJa: '中間目標（非臨床PoC）の達成',
        titleEn: 'Interim goal (non-clinical PoC)',
        deliverable: '試験報告書',
        status: mid < 2024 ? 'achieved' : rng.chance(0.3) ? 'planned' : rng.chance(0.8) ? 'achieved' : 'missed',
      },
      {
        projectId: p.id,
        dueFiscalYear: p.end,
        dueQuarter: 4,
        kind: exit.kind,
        titleJa: exit.ja,
        titleEn: exit.en,
        deliverable: '出口戦略に関する資料',
        status: 'planned',
      },
    );
    if (p.start <= 2024) reports.push({ projectId: p.id, fiscalYear: 2024, kind: 'annual', dueOn: '2025-05-31', ...reportState(rng, 0.9) });
    if (p.end >= 2025 && p.start <= 2025)
      reports.push({ projectId: p.id, fiscalYear: 2025, kind: 'annual', dueOn: '2026-05-31', ...reportState(rng, 0.55) });
    const review = reviewOf(p, rng, tpl.get(p.modality), filer);
    if (review) reviews.push(review);
  }
  for (let i = 0; i < ms.length; i += CHUNK) await db.insert(milestones).values(ms.slice(i, i + CHUNK));
  for (let i = 0; i < reports.length; i += CHUNK)
    await db
      .insert(progressReports)
      .values(reports.slice(i, i + CHUNK))
      .onConflictDoNothing();
  for (let i = 0; i < reviews.length; i += CHUNK) await db.insert(gateReviews).values(reviews.slice(i, i + CHUNK));
  return { milestones: ms.length, reports: reports.length, reviews: reviews.length };
}

function reportState(rng: Rng, acceptedShare: number): Partial<typeof progressReports.$inferInsert> {
  const filled = { summary: '計画どおり進捗した。', achievements: '主要な実験を完了した。', nextPlan: '次年度は検証試験を行う。' };
  const x = rng.next();
  if (x < acceptedShare)
    return { ...filled, status: 'accepted', submittedAt: new Date('2025-05-20T00:00:00Z'), reviewComment: '確認しました。' };
  if (x < acceptedShare + (1 - acceptedShare) * 0.6)
    return { ...filled, status: 'submitted', submittedAt: new Date('2025-05-28T00:00:00Z') };
  return { status: 'requested' };
}

function reviewOf(
  p: P,
  rng: Rng,
  t: { id: number; gates: { code: string; fromStages: string[]; toStage: string; items: { code: string }[] }[] } | undefined,
  filer: number | undefined,
): typeof gateReviews.$inferInsert | null {
  if (!t || filer === undefined) return null;
  const scores = (g: { items: { code: string }[] }, base: number) =>
    g.items.map((i) => ({ item: i.code, score: Math.max(1, Math.min(5, base + rng.int(-1, 1))) }));
  const evidence = [{ label: '研究開発進捗報告書（令和6年度）' }, { label: 'ゲート評価用資料' }];
  const common = {
    projectId: p.id,
    templateId: t.id,
    fiscalYear: 2024,
    evidence,
    filedBy: filer,
    filedAt: new Date('2025-01-20T01:00:00Z'),
  };
  if (p.status === 'terminated') {
    const g = t.gates.find((x) => x.fromStages.includes(p.stage)) ?? t.gates[0]!;
    const decided = { decidedBy: filer, decidedAt: new Date('2025-02-10T01:00:00Z'), budgetEffect: [] };
    return {
      ...common,
      gateCode: g.code,
      status: 'decided',
      summary: '有効性の再現が得られなかった。',
      scores: scores(g, 2),
      decision: 'no_go',
      reason: '主要評価項目で有効性が示されず、中止とする。',
      stageBefore: p.stage,
      stageAfter: p.stage,
      ...decided,
    };
  }
  const passed = t.gates.find((x) => x.toStage === p.stage);
  if (passed && rng.chance(0.35)) {
    const conditional = rng.chance(0.25);
    const ladder = LADDERS[p.modality].map((r) => r.code);
    const before = passed.fromStages.filter((s) => ladder.includes(s)).at(-1) ?? passed.fromStages[0]!;
    return {
      ...common,
      gateCode: passed.code,
      status: 'decided',
      summary: '評価項目を満たす成果が得られた。',
      scores: scores(passed, 4),
      decision: conditional ? 'conditional_go' : 'go',
      reason: conditional ? '概ね良好だが追加データを条件とする。' : 'すべての評価項目で基準を満たした。',
      conditions: conditional ? '追加の安全性データを提出すること' : null,
      conditionDeadline: conditional ? '2025-09-30' : null,
      conditionStatus: conditional ? (rng.chance(0.5) ? 'open' : 'met') : null,
      stageBefore: before,
      stageAfter: p.stage,
      budgetEffect: [],
      decidedBy: filer,
      decidedAt: new Date('2025-02-10T01:00:00Z'),
    };
  }
  const facing = t.gates.find((x) => x.fromStages.includes(p.stage));
  if (facing && p.end >= 2025 && rng.chance(0.04))
    return {
      ...common,
      gateCode: facing.code,
      status: 'submitted',
      summary: '次段階への移行を審議中。',
      scores: scores(facing, 3),
      stageBefore: p.stage,
    };
  return null;
}
