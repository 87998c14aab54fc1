/**
 * Demo adjustment funds and hand-off, built from the demo agency once it is written:
 * - one adjustment-fund round per fiscal year FY2024 and FY2025 whose pool is the year's
 *   adjustment money on project budgets (175億円 at scale 1), with one approved request per
 *   budget line, so the round's allocation equals the projects' adjustment lines exactly;
 * - the president's discretionary pool FY2025–FY2026 with pending, scored requests for the
 *   optimiser and the what-if view;
 * - a pairing of the preparatory APOA2 screening project with 革新がん事業 (agreed, not yet executed).
 * Deterministic: everything derives from the deterministic demo rows, in id order.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows, toNumber } from '../../db/sql.ts';

const placement = (
  fy: number,
) => sql`(select pp.integrated_project_id from program_placements pp join plan_periods per on per.id = pp.period_id
  where pp.program_id = p.program_id and ${fy} between per.start_fiscal_year and per.end_fiscal_year limit 1)`;

export async function loadSteeringDemo(db: Db): Promise<void> {
  for (const fy of [2024, 2025]) await adjustmentRound(db, fy);
  await discretionaryPool(db);
  await apoa2Pairing(db);
}

async function adjustmentRound(db: Db, fy: number) {
  const [sum] = await queryRows<{ total: unknown }>(
    db,
    sql`select coalesce(sum(amount_yen), 0) as total from project_budgets where source = 'adjustment' and fiscal_year = ${fy}`,
  );
  const pool = toNumber(sum?.total);
  if (pool === 0) return;
  const [round] = await queryRows<{ id: number }>(
    db,
    sql`insert into fund_rounds (kind, name_ja, name_en, fiscal_year, end_fiscal_year, pool_yen, allocated_yen, status)
      values ('adjustment', ${`${fy}年度 調整費（医療分野の研究開発関連の調整費）`}, ${`FY${fy} adjustment funds`}, ${fy}, ${fy}, ${pool}, ${pool}, 'closed')
      returning id`,
  );
  await db.execute(sql`insert into fund_requests (round_id, project_id, integrated_project_id, budget_fiscal_year, amount_yen,
      reason_ja, reason_en, expected_effect_ja, expected_effect_en, score, rank, status, decided_at)
    select ${round!.id}, b.project_id, ${placement(fy)}, ${fy}, b.amount_yen,
      '有望な成果が得られており、' || case when p.stage like '%clinical%' or p.stage like '%trial%' then '治験の前倒し' else '非臨床試験の加速' end || 'のため追加配分を要求する。',
      'Promising results; an additional allocation is requested to ' || case when p.stage like '%clinical%' or p.stage like '%trial%' then 'bring the trial forward.' else 'accelerate non-clinical studies.' end,
      '実用化までの期間を短縮する。', 'Shortens the time to practical use.',
      50 + (b.project_id * 37) % 51, row_number() over (order by b.amount_yen desc, b.project_id), 'approved', ${`${fy}-10-01`}::timestamptz
    from project_budgets b join projects p on p.id = b.project_id
    where b.source = 'adjustment' and b.fiscal_year = ${fy} order by b.project_id`);
}

async function discretionaryPool(db: Db) {
  const [round] = await queryRows<{ id: number }>(
    db,
    sql`insert into fund_rounds (kind, name_ja, name_en, fiscal_year, end_fiscal_year, pool_yen)
      values ('discretionary', '理事長裁量型経費（2025〜2026年度）', 'President''s discretionary funds (FY2025–FY2026)', 2025, 2026, 1500000000)
      returning id`,
  );
  const ipLimit = await queryRows<{ id: number }>(db, sql`select id from integrated_projects where code = 'P3-DRUG' limit 1`);
  if (ipLimit[0])
    await db.execute(
      sql`insert into fund_round_limits (round_id, integrated_project_id, limit_yen) values (${round!.id}, ${ipLimit[0].id}, 500000000)`,
    );
  await db.execute(sql`insert into fund_requests (round_id, project_id, integrated_project_id, budget_fiscal_year, amount_yen,
      reason_ja, reason_en, expected_effect_ja, expected_effect_en, score, rank, status)
    select ${round!.id}, x.id, x.ip, 2025, x.amount, '年度をまたいで有望なシーズを継続支援するため。', 'To keep supporting a promising seed across fiscal years.',
      '次の開発段階への移行を早める。', 'Brings the next development stage forward.', x.score, x.n, 'pending'
    from (select p.id, ${placement(2025)} as ip, (10 + (p.id * 53) % 41) * 10000000 as amount, 40 + (p.id * 29) % 61 as score,
        row_number() over (order by p.id) as n
      from projects p where p.status = 'active' and p.start_fiscal_year <= 2025 and p.end_fiscal_year >= 2026 and p.id % 97 = 3 order by p.id limit 14) x`);
}

async function apoa2Pairing(db: Db) {
  const [source] = await queryRows<{ id: number }>(
    db,
    sql`select id from projects where title_ja like '膵がん高リスク群を対象とした血液バイオマーカー%' order by id limit 1`,
  );
  const [target] = await queryRows<{ id: number }>(db, sql`select id from programs where code = 'KAKUSHIN-GAN' limit 1`);
  if (!source || !target) return;
  await db.execute(sql`insert into handoff_pairings (project_id, successor_program_id, agreed_at, go_check_ja, go_check_en, ip_status_ja, ip_status_en,
      plan_ja, plan_en, successor_start_fiscal_year, successor_end_fiscal_year)
    values (${source.id}, ${target.id}, 'award',
      '前向きスクリーニングで感度80%以上・特異度90%以上を確認し、ステージゲートでGo判定を受けること',
      'Prospective screening confirms sensitivity of at least 80% and specificity of at least 90%, and the stage gate decides Go',
      'APOA2アイソフォーム測定法の特許は企業に実施許諾済み', 'The APOA2 isoform assay patent is licensed to the company',
      '高リスク群5,000例の多施設前向き研究により、膵がん検診へのAPOA2-iTQの組み込みを検証する。',
      'A multicentre prospective study of 5,000 high-risk people tests APOA2-iTQ as part of pancreatic cancer screening.', 2027, 2029)`);
}
