import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows, toNumber } from '../../db/sql.ts';
import { projectBudgets, projects } from '../projects/projects.tables.ts';
import { gateReviews, gateTemplates } from './gates.tables.ts';

export type ProjectFacts = {
  id: number;
  programId: number;
  modality: string;
  stage: string;
  status: string;
  startFiscalYear: number;
  endFiscalYear: number;
  version: number;
  integratedProjectIds: number[];
  memberIds: number[];
};
export type ReviewRow = typeof gateReviews.$inferSelect;

/**
 * Gate templates and reviews, and the few project facts the rules need. A decision changes
 * the project's stage and budget lines in the decision's own transaction, so those writes
 * (projects.stage/status/end year, project_budgets) are here too; see docs/adr/007-stage-gates.md.
 */
export function createGatesRepository(db: Db) {
  return {
    async projectFacts(id: number, trx: Db = db): Promise<ProjectFacts | null> {
      const [p] = await trx.select().from(projects).where(eq(projects.id, id));
      if (!p) return null;
      const ips = await queryRows<{ id: number }>(
        trx,
        sql`select integrated_project_id as id from program_placements where program_id = ${p.programId}`,
      );
      const members = await queryRows<{ id: number }>(trx, sql`select researcher_id as id from project_members where project_id = ${id}`);
      return {
        id: p.id,
        programId: p.programId,
        modality: p.modality,
        stage: p.stage,
        status: p.status,
        startFiscalYear: p.startFiscalYear,
        endFiscalYear: p.endFiscalYear,
        version: p.version,
        integratedProjectIds: ips.map((r) => r.id),
        memberIds: members.map((r) => r.id),
      };
    },

    async listTemplates(activeOnly: boolean) {
      const q = db.select().from(gateTemplates);
      const rows = activeOnly ? await q.where(eq(gateTemplates.isActive, true)) : await q;
      return rows.sort((a, b) => a.modality.localeCompare(b.modality) || b.version - a.version);
    },

    async activeTemplate(modality: string, trx: Db = db) {
      const [row] = await trx
        .select()
        .from(gateTemplates)
        .where(and(eq(gateTemplates.modality, modality), eq(gateTemplates.isActive, true)));
      return row ?? null;
    },

    async templateById(id: number, trx: Db = db) {
      const [row] = await trx.select().from(gateTemplates).where(eq(gateTemplates.id, id));
      return row ?? null;
    },

    /** Deactivates the modality's current version and inserts the next one. */
    async insertTemplateVersion(v: Omit<typeof gateTemplates.$inferInsert, 'version'>, trx: Db) {
      const [max] = await queryRows<{ v: number | null }>(
        trx,
        sql`select max(version) as v from gate_templates where modality = ${v.modality}`,
      );
      await trx.update(gateTemplates).set({ isActive: false }).where(eq(gateTemplates.modality, v.modality));
      const [row] = await trx
        .insert(gateTemplates)
        .values({ ...v, version: (max?.v ?? 0) + 1, isActive: true })
        .returning();
      return row!;
    },

    async reviewsOf(projectId: number) {
      return db
        .select()
        .from(gateReviews)
        .where(eq(gateReviews.projectId, projectId))
        .orderBy(desc(gateReviews.filedAt), desc(gateReviews.id));
    },

    async reviewById(id: number, trx: Db = db) {
      const [row] = await trx.select().from(gateReviews).where(eq(gateReviews.id, id));
      return row ?? null;
    },

    async openReviewOf(projectId: number, trx: Db) {
      const [row] = await trx
        .select({ id: gateReviews.id })
        .from(gateReviews)
        .where(and(eq(gateReviews.projectId, projectId), eq(gateReviews.status, 'submitted')));
      return row ?? null;
    },

    async insertReview(v: typeof gateReviews.$inferInsert, trx: Db) {
      const [row] = await trx.insert(gateReviews).values(v).returning();
      return row!;
    },

    async updateReviewIfVersion(id: number, version: number, changes: Partial<typeof gateReviews.$inferInsert>, trx: Db) {
      const [row] = await trx
        .update(gateReviews)
        .set({ ...changes, version: sql`${gateReviews.version} + 1` })
        .where(and(eq(gateReviews.id, id), eq(gateReviews.version, version)))
        .returning();
      return row ?? null;
    },

    async setProjectState(id: number, changes: { stage?: string; status?: string; endFiscalYear?: number }, trx: Db) {
      await trx
        .update(projects)
        .set({ ...changes, version: sql`${projects.version} + 1`, updatedAt: sql`now()` })
        .where(eq(projects.id, id));
    },

    async budgetsAfter(projectId: number, fiscalYear: number, trx: Db) {
      const rows = await trx
        .select()
        .from(projectBudgets)
        .where(and(eq(projectBudgets.projectId, projectId), gt(projectBudgets.fiscalYear, fiscalYear)));
      return rows.map((r) => ({ fiscalYear: r.fiscalYear, source: r.source, amountYen: toNumber(r.amountYen) }));
    },

    async deleteBudgetsAfter(projectId: number, fiscalYear: number, trx: Db) {
      await trx.delete(projectBudgets).where(and(eq(projectBudgets.projectId, projectId), gt(projectBudgets.fiscalYear, fiscalYear)));
    },

    async budgetLine(projectId: number, fiscalYear: number, source: string, trx: Db) {
      const [row] = await trx
        .select()
        .from(projectBudgets)
        .where(and(eq(projectBudgets.projectId, projectId), eq(projectBudgets.fiscalYear, fiscalYear), eq(projectBudgets.source, source)));
      return row ? toNumber(row.amountYen) : null;
    },

    async setBudgetLine(projectId: number, fiscalYear: number, source: string, amountYen: number, trx: Db) {
      await trx
        .insert(projectBudgets)
        .values({ projectId, fiscalYear, source, amountYen })
        .onConflictDoUpdate({ target: [projectBudgets.projectId, projectBudgets.fiscalYear, projectBudgets.source], set: { amountYen } });
    },

    async userNames(ids: number[]) {
      if (ids.length === 0) return new Map<number, string>();
      const rows = await queryRows<{ id: number; name: string }>(
        db,
        sql`select id, display_name as name from users where id in ${sql.raw(`(${ids.map(Number).join(',')})`)}`,
      );
      return new Map(rows.map((r) => [r.id, r.name]));
    },
  };
}

export type GatesRepository = ReturnType<typeof createGatesRepository>;
