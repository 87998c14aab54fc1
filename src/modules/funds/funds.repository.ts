import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { fundRequests, fundRoundLimits, fundRounds } from '../../db/schema.ts';
import { queryRows, toNumber } from '../../db/sql.ts';

export type RoundRow = typeof fundRounds.$inferSelect;
export type RequestRow = typeof fundRequests.$inferSelect;

/** What a fund decision needs to know about a project: its program and integrated project in a year. */
export type ProjectScope = {
  id: number;
  programId: number;
  integratedProjectId: number | null;
  startFiscalYear: number;
  endFiscalYear: number;
};

export function createFundsRepository(db: Db) {
  return {
    listRounds(fiscalYear: number | undefined) {
      return db
        .select()
        .from(fundRounds)
        .where(fiscalYear ? sql`${fundRounds.fiscalYear} <= ${fiscalYear} and ${fundRounds.endFiscalYear} >= ${fiscalYear}` : undefined)
        .orderBy(desc(fundRounds.fiscalYear), asc(fundRounds.id));
    },

    async findRound(id: number, trx: Db = db) {
      const [row] = await trx.select().from(fundRounds).where(eq(fundRounds.id, id));
      return row ?? null;
    },

    /** Locks the round row until the transaction ends: approvals against one pool queue here. */
    async lockRound(id: number, trx: Db) {
      const rows = await queryRows<{ id: number; pool_yen: unknown; allocated_yen: unknown; status: string }>(
        trx,
        sql`select id, pool_yen, allocated_yen, status from fund_rounds where id = ${id} for update`,
      );
      const r = rows[0];
      return r ? { id: r.id, poolYen: toNumber(r.pool_yen), allocatedYen: toNumber(r.allocated_yen), status: r.status } : null;
    },

    limitsOf(roundId: number, trx: Db = db) {
      return trx.select().from(fundRoundLimits).where(eq(fundRoundLimits.roundId, roundId));
    },

    requestsOf(roundId: number, trx: Db = db) {
      return trx.select().from(fundRequests).where(eq(fundRequests.roundId, roundId)).orderBy(asc(fundRequests.rank), asc(fundRequests.id));
    },

    async findRequest(id: number, trx: Db = db) {
      const [row] = await trx.select().from(fundRequests).where(eq(fundRequests.id, id));
      return row ?? null;
    },

    async approvedInGroup(roundId: number, integratedProjectId: number, trx: Db) {
      const [row] = await trx
        .select({ sum: sql<string>`coalesce(sum(${fundRequests.amountYen}), 0)` })
        .from(fundRequests)
        .where(
          and(
            eq(fundRequests.roundId, roundId),
            eq(fundRequests.integratedProjectId, integratedProjectId),
            eq(fundRequests.status, 'approved'),
          ),
        );
      return toNumber(row?.sum);
    },

    async insertRound(values: typeof fundRounds.$inferInsert, limits: { integratedProjectId: number; limitYen: number }[], trx: Db) {
      const [row] = await trx.insert(fundRounds).values(values).returning();
      if (limits.length) await trx.insert(fundRoundLimits).values(limits.map((l) => ({ ...l, roundId: row!.id })));
      return row!;
    },

    async insertRequest(values: typeof fundRequests.$inferInsert, trx: Db) {
      const [row] = await trx.insert(fundRequests).values(values).returning();
      return row!;
    },

    /** Optimistic update of a request still in `status`; null when the version or status moved on. */
    async updateRequest(id: number, version: number, status: string, changes: Partial<typeof fundRequests.$inferInsert>, trx: Db) {
      const [row] = await trx
        .update(fundRequests)
        .set({ ...changes, version: sql`${fundRequests.version} + 1` })
        .where(and(eq(fundRequests.id, id), eq(fundRequests.version, version), eq(fundRequests.status, status)))
        .returning();
      return row ?? null;
    },

    async addAllocated(roundId: number, amountYen: number, trx: Db) {
      await trx
        .update(fundRounds)
        .set({ allocatedYen: sql`${fundRounds.allocatedYen} + ${amountYen}`, version: sql`${fundRounds.version} + 1` })
        .where(eq(fundRounds.id, roundId));
    },

    /** Adds approved money to the project's budget line for the year, source 'adjustment'. */
    async addAdjustmentBudget(projectId: number, fiscalYear: number, amountYen: number, trx: Db) {
      await trx.execute(sql`insert into project_budgets (project_id, fiscal_year, source, amount_yen)
        values (${projectId}, ${fiscalYear}, 'adjustment', ${amountYen})
        on conflict (project_id, fiscal_year, source) do update set amount_yen = project_budgets.amount_yen + excluded.amount_yen`);
    },

    async projectScope(projectId: number, fiscalYear: number, trx: Db = db): Promise<ProjectScope | null> {
      const rows = await queryRows<ProjectScope>(
        trx,
        sql`select p.id, p.program_id as "programId", p.start_fiscal_year as "startFiscalYear", p.end_fiscal_year as "endFiscalYear",
          (select pp.integrated_project_id from program_placements pp join plan_periods per on per.id = pp.period_id
            where pp.program_id = p.program_id and ${fiscalYear} between per.start_fiscal_year and per.end_fiscal_year limit 1) as "integratedProjectId"
          from projects p where p.id = ${projectId}`,
      );
      return rows[0] ?? null;
    },

    projectLabels(ids: number[]) {
      if (ids.length === 0) return Promise.resolve([]);
      return queryRows<{ id: number; grantNumber: string; titleJa: string; titleEn: string; programId: number }>(
        db,
        sql`select id, grant_number as "grantNumber", title_ja as "titleJa", title_en as "titleEn", program_id as "programId"
          from projects where id in (${sql.join(
            ids.map((i) => sql`${i}`),
            sql`, `,
          )})`,
      );
    },

    integratedProjectNames() {
      return queryRows<{ id: number; nameJa: string; nameEn: string }>(
        db,
        sql`select id, name_ja as "nameJa", name_en as "nameEn" from integrated_projects`,
      );
    },

    /** Adjustment money on project budgets per fiscal year (the demo's rounds must add up to it). */
    adjustmentBudgetTotal(fiscalYear: number) {
      return queryRows<{ total: unknown }>(
        db,
        sql`select coalesce(sum(amount_yen), 0) as total from project_budgets where source = 'adjustment' and fiscal_year = ${fiscalYear}`,
      ).then((r) => toNumber(r[0]?.total));
    },
  };
}

export type FundsRepository = ReturnType<typeof createFundsRepository>;
