import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/sql.ts';
import { milestones, progressReports, reportAttachments, siteVisits } from './gates.tables.ts';

export type MilestoneRow = typeof milestones.$inferSelect;
export type ReportRow = typeof progressReports.$inferSelect;
export type ProjectRefRow = { id: number; grantNumber: string; titleJa: string; titleEn: string; programId: number };

/** Last day of a fiscal quarter (Q1 = April–June … Q4 = January–March of the next year), as SQL. */
const QUARTER_END = sql`(make_date(${milestones.dueFiscalYear}, 4, 1) + make_interval(months => 3 * ${milestones.dueQuarter}) - interval '1 day')::date`;

/** Scope: null means every project; otherwise projects of these programs or integrated projects. */
export type Scope = { programIds: number[]; integratedProjectIds: number[] } | null;

function scopeSql(scope: Scope, projectIdColumn: unknown) {
  if (!scope) return sql`true`;
  const progs = scope.programIds.length ? scope.programIds : [-1];
  const ips = scope.integratedProjectIds.length ? scope.integratedProjectIds : [-1];
  return sql`${projectIdColumn} in (select p.id from projects p where p.program_id in ${sql.raw(`(${progs.map(Number).join(',')})`)}
    or p.program_id in (select program_id from program_placements where integrated_project_id in ${sql.raw(`(${ips.map(Number).join(',')})`)}))`;
}

export function createSteeringRepository(db: Db) {
  const refs = async (ids: number[]) => {
    if (!ids.length) return new Map<number, ProjectRefRow>();
    const rows = await queryRows<ProjectRefRow>(
      db,
      sql`select id, grant_number as "grantNumber", title_ja as "titleJa", title_en as "titleEn", program_id as "programId"
          from projects where id in ${sql.raw(`(${[...new Set(ids)].map(Number).join(',')})`)}`,
    );
    return new Map(rows.map((r) => [r.id, r]));
  };

  return {
    refs,
    async milestonesOf(projectId: number, today: string) {
      return db
        .select({ m: milestones, overdue: sql<boolean>`${milestones.status} = 'planned' and ${QUARTER_END} < ${today}::date` })
        .from(milestones)
        .where(eq(milestones.projectId, projectId))
        .orderBy(asc(milestones.dueFiscalYear), asc(milestones.dueQuarter), asc(milestones.id));
    },
    async milestoneById(id: number, trx: Db = db) {
      const [row] = await trx.select().from(milestones).where(eq(milestones.id, id));
      return row ?? null;
    },
    async insertMilestone(v: typeof milestones.$inferInsert, trx: Db) {
      const [row] = await trx.insert(milestones).values(v).returning();
      return row!;
    },
    async updateMilestoneIfVersion(id: number, version: number, changes: Partial<typeof milestones.$inferInsert>, trx: Db) {
      const [row] = await trx
        .update(milestones)
        .set({ ...changes, version: sql`${milestones.version} + 1` })
        .where(and(eq(milestones.id, id), eq(milestones.version, version)))
        .returning();
      return row ?? null;
    },
    async reportsOf(projectIds: number[]) {
      if (!projectIds.length) return [];
      return db
        .select()
        .from(progressReports)
        .where(inArray(progressReports.projectId, projectIds))
        .orderBy(desc(progressReports.dueOn), desc(progressReports.id));
    },
    async reportById(id: number, trx: Db = db) {
      const [row] = await trx.select().from(progressReports).where(eq(progressReports.id, id));
      return row ?? null;
    },
    async insertReport(v: typeof progressReports.$inferInsert, trx: Db) {
      const [row] = await trx.insert(progressReports).values(v).onConflictDoNothing().returning();
      return row ?? null;
    },
    async updateReportIfVersion(id: number, version: number, changes: Partial<typeof progressReports.$inferInsert>, trx: Db) {
      const [row] = await trx
        .update(progressReports)
        .set({ ...changes, version: sql`${progressReports.version} + 1` })
        .where(and(eq(progressReports.id, id), eq(progressReports.version, version)))
        .returning();
      return row ?? null;
    },
    async attachmentsOf(reportIds: number[]) {
      if (!reportIds.length) return [];
      return db
        .select({
          id: reportAttachments.id,
          reportId: reportAttachments.reportId,
          filename: reportAttachments.filename,
          contentType: reportAttachments.contentType,
          sizeBytes: reportAttachments.sizeBytes,
          sha256: reportAttachments.sha256,
          createdAt: reportAttachments.createdAt,
        })
        .from(reportAttachments)
        .where(inArray(reportAttachments.reportId, reportIds))
        .orderBy(asc(reportAttachments.id));
    },
    async insertAttachment(v: typeof reportAttachments.$inferInsert, trx: Db) {
      const [row] = await trx.insert(reportAttachments).values(v).returning({ id: reportAttachments.id });
      return row!;
    },
    async attachment(reportId: number, id: number) {
      const [row] = await db
        .select()
        .from(reportAttachments)
        .where(and(eq(reportAttachments.id, id), eq(reportAttachments.reportId, reportId)));
      return row ?? null;
    },
    async siteVisitsOf(projectId: number) {
      return queryRows<{ id: number; visitedOn: string; visitedBy: string; notes: string }>(
        db,
        sql`select v.id, v.visited_on::text as "visitedOn", u.display_name as "visitedBy", v.notes
            from site_visits v join users u on u.id = v.visited_by where v.project_id = ${projectId} order by v.visited_on desc, v.id desc`,
      );
    },
    async insertSiteVisit(v: typeof siteVisits.$inferInsert, trx: Db) {
      const [row] = await trx.insert(siteVisits).values(v).returning();
      return row!;
    },
    async projectsOfResearcher(researcherId: number) {
      const rows = await queryRows<{ id: number }>(
        db,
        sql`select project_id as id from project_members where researcher_id = ${researcherId}`,
      );
      return rows.map((r) => r.id);
    },
    async overdueReports(today: string, scope: Scope) {
      return db
        .select()
        .from(progressReports)
        .where(
          and(
            inArray(progressReports.status, ['requested', 'returned']),
            sql`${progressReports.dueOn} < ${today}::date`,
            scopeSql(scope, progressReports.projectId),
          ),
        )
        .orderBy(asc(progressReports.dueOn))
        .limit(500);
    },
    async overdueMilestones(today: string, scope: Scope) {
      return db
        .select()
        .from(milestones)
        .where(and(eq(milestones.status, 'planned'), sql`${QUARTER_END} < ${today}::date`, scopeSql(scope, milestones.projectId)))
        .orderBy(asc(milestones.dueFiscalYear), asc(milestones.dueQuarter))
        .limit(500);
    },
    async overdueConditionsIn(today: string, scope: Scope) {
      return queryRows<{ id: number; projectId: number; conditions: string; deadline: string }>(
        db,
        sql`select id, project_id as "projectId", conditions, condition_deadline::text as deadline from gate_reviews
            where condition_status = 'open' and condition_deadline < ${today}::date and ${scopeSql(scope, sql.raw('project_id'))}
            order by condition_deadline limit 500`,
      );
    },
    /** Reports due within `days` or overdue, not reminded in the last week, with the PI's sign-in e-mail. */
    async reminderCandidates(today: string, days: number) {
      return queryRows<{
        id: number;
        dueOn: string;
        kind: string;
        fiscalYear: number;
        email: string;
        grantNumber: string;
        titleJa: string;
        titleEn: string;
      }>(
        db,
        sql`select r.id, r.due_on::text as "dueOn", r.kind, r.fiscal_year as "fiscalYear", u.email,
              p.grant_number as "grantNumber", p.title_ja as "titleJa", p.title_en as "titleEn"
            from progress_reports r
            join projects p on p.id = r.project_id
            join researchers re on re.id = p.pi_researcher_id
            join users u on u.id = re.user_id
            where r.status in ('requested', 'returned') and r.due_on <= ${today}::date + ${days}::int
              and (r.reminded_at is null or r.reminded_at < now() - interval '7 days')
            order by r.id limit 5000`,
      );
    },
    async markReminded(id: number, trx: Db) {
      await trx.update(progressReports).set({ remindedAt: sql`now()` }).where(eq(progressReports.id, id));
    },
  };
}
