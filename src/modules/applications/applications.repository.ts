import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  applicationAttachments,
  applicationBudgets,
  applicationDecisions,
  applicationMembers,
  applicationStatusHistory,
  applications,
  calls,
  callTypes,
  institutions,
  researchers,
} from '../../db/schema.ts';
import { queryRows, toNumber } from '../../db/sql.ts';

export type ApplicationRow = typeof applications.$inferSelect;

const requestedOf = sql<unknown>`(select coalesce(sum(b.amount_yen), 0) from application_budgets b where b.application_id = a.id)`;

export type ListRow = {
  id: number;
  callId: number;
  callTitleJa: string;
  callTitleEn: string;
  fiscalYear: number;
  deadlineAt: Date | string;
  callTypeCode: string;
  titleJa: string;
  titleEn: string;
  piId: number;
  piJa: string;
  piEn: string;
  institutionId: number;
  institutionJa: string;
  institutionEn: string;
  status: string;
  submittedAt: Date | string | null;
  requestedYen: unknown;
  effortFlags: unknown;
  duplicationFlags: unknown;
  concentrationFlags: unknown;
  awardedYen: unknown;
  projectId: number | null;
};

const listSelect = sql`select a.id, a.call_id as "callId", c.title_ja as "callTitleJa", c.title_en as "callTitleEn",
    c.fiscal_year as "fiscalYear", c.deadline_at as "deadlineAt", t.code as "callTypeCode",
    a.title_ja as "titleJa", a.title_en as "titleEn",
    r.id as "piId", r.family_name_ja || ' ' || r.given_name_ja as "piJa", r.given_name_en || ' ' || r.family_name_en as "piEn",
    i.id as "institutionId", i.name_ja as "institutionJa", i.name_en as "institutionEn",
    a.status, a.submitted_at as "submittedAt", ${requestedOf} as "requestedYen",
    (select count(*) from application_flags f where f.application_id = a.id and f.status = 'open' and f.kind = 'effort') as "effortFlags",
    (select count(*) from application_flags f where f.application_id = a.id and f.status = 'open' and f.kind = 'duplication') as "duplicationFlags",
    (select count(*) from application_flags f where f.application_id = a.id and f.status = 'open' and f.kind = 'concentration') as "concentrationFlags",
    (select sum((x->>'amountYen')::bigint) from application_decisions d, jsonb_array_elements(d.awarded_budget) x
       where d.application_id = a.id and d.outcome = 'adopted') as "awardedYen",
    (select d.project_id from application_decisions d where d.application_id = a.id) as "projectId"
  from applications a
  join calls c on c.id = a.call_id
  join call_types t on t.id = a.call_type_id
  join researchers r on r.id = a.pi_researcher_id
  join institutions i on i.id = a.institution_id`;

export function createApplicationsRepository(db: Db) {
  return {
    async insert(row: typeof applications.$inferInsert, pi: { researcherId: number; effortPercent: number }, trx: Db = db) {
      const [app] = await trx.insert(applications).values(row).returning();
      if (!app) throw new Error('insert returned nothing');
      await trx.insert(applicationMembers).values({ applicationId: app.id, role: 'pi', ...pi });
      return app;
    },

    async find(id: number, trx: Db = db): Promise<ApplicationRow | null> {
      const [row] = await trx.select().from(applications).where(eq(applications.id, id));
      return row ?? null;
    },

    async updateIfVersion(id: number, version: number, changes: Partial<typeof applications.$inferInsert>, trx: Db = db) {
      const [row] = await trx
        .update(applications)
        .set({ ...changes, version: sql`${applications.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(applications.id, id), eq(applications.version, version)))
        .returning();
      return row ?? null;
    },

    membersOf: (ids: number[], trx: Db = db) =>
      ids.length === 0
        ? Promise.resolve([])
        : trx
            .select({
              applicationId: applicationMembers.applicationId,
              researcherId: researchers.id,
              researcherNumber: researchers.researcherNumber,
              familyJa: researchers.familyNameJa,
              givenJa: researchers.givenNameJa,
              familyEn: researchers.familyNameEn,
              givenEn: researchers.givenNameEn,
              institutionId: institutions.id,
              institutionJa: institutions.nameJa,
              institutionEn: institutions.nameEn,
              role: applicationMembers.role,
              effortPercent: applicationMembers.effortPercent,
            })
            .from(applicationMembers)
            .innerJoin(researchers, eq(researchers.id, applicationMembers.researcherId))
            .innerJoin(institutions, eq(institutions.id, researchers.institutionId))
            .where(inArray(applicationMembers.applicationId, ids))
            .orderBy(sql`${applicationMembers.role} = 'pi' desc`, researchers.id),

    async replaceTeam(id: number, team: { researcherId: number; role: string; effortPercent: number }[], trx: Db = db) {
      await trx.delete(applicationMembers).where(eq(applicationMembers.applicationId, id));
      await trx.insert(applicationMembers).values(team.map((m) => ({ ...m, applicationId: id })));
    },

    budgetsOf: (ids: number[], trx: Db = db) =>
      ids.length === 0
        ? Promise.resolve([])
        : trx
            .select()
            .from(applicationBudgets)
            .where(inArray(applicationBudgets.applicationId, ids))
            .orderBy(asc(applicationBudgets.fiscalYear)),

    async replaceBudgets(id: number, budgets: { fiscalYear: number; amountYen: number }[], trx: Db = db) {
      await trx.delete(applicationBudgets).where(eq(applicationBudgets.applicationId, id));
      if (budgets.length) await trx.insert(applicationBudgets).values(budgets.map((b) => ({ ...b, applicationId: id })));
    },

    async addHistory(row: typeof applicationStatusHistory.$inferInsert, trx: Db = db) {
      await trx.insert(applicationStatusHistory).values(row);
    },

    historyOf: (id: number, trx: Db = db) =>
      trx
        .select()
        .from(applicationStatusHistory)
        .where(eq(applicationStatusHistory.applicationId, id))
        .orderBy(asc(applicationStatusHistory.at), asc(applicationStatusHistory.id)),

    attachmentsOf: (id: number, trx: Db = db) =>
      trx
        .select()
        .from(applicationAttachments)
        .where(eq(applicationAttachments.applicationId, id))
        .orderBy(asc(applicationAttachments.kind)),

    async attachment(applicationId: number, attachmentId: number, trx: Db = db) {
      const [row] = await trx
        .select()
        .from(applicationAttachments)
        .where(and(eq(applicationAttachments.applicationId, applicationId), eq(applicationAttachments.id, attachmentId)));
      return row ?? null;
    },

    async attachmentOfKind(applicationId: number, kind: string, trx: Db = db) {
      const [row] = await trx
        .select()
        .from(applicationAttachments)
        .where(and(eq(applicationAttachments.applicationId, applicationId), eq(applicationAttachments.kind, kind)));
      return row ?? null;
    },

    async insertAttachment(row: typeof applicationAttachments.$inferInsert, trx: Db = db) {
      const [a] = await trx.insert(applicationAttachments).values(row).returning();
      return a!;
    },

    deleteAttachment: (id: number, trx: Db = db) => trx.delete(applicationAttachments).where(eq(applicationAttachments.id, id)),

    async decisionOf(id: number, trx: Db = db) {
      const [row] = await trx.select().from(applicationDecisions).where(eq(applicationDecisions.applicationId, id));
      return row ?? null;
    },

    async callTypeOf(id: number, trx: Db = db) {
      const [row] = await trx.select().from(callTypes).where(eq(callTypes.id, id));
      return row ?? null;
    },

    async callOf(id: number, trx: Db = db) {
      const [row] = await trx.select().from(calls).where(eq(calls.id, id));
      return row ?? null;
    },

    async researchersByNumber(numbers: string[], trx: Db = db) {
      if (numbers.length === 0) return [];
      return trx
        .select({ id: researchers.id, number: researchers.researcherNumber, institutionId: researchers.institutionId })
        .from(researchers)
        .where(inArray(researchers.researcherNumber, numbers));
    },

    async researcherById(id: number, trx: Db = db) {
      const [row] = await trx.select().from(researchers).where(eq(researchers.id, id));
      return row ?? null;
    },

    async isMember(applicationId: number, researcherId: number, trx: Db = db) {
      const [row] = await trx
        .select({ id: applicationMembers.researcherId })
        .from(applicationMembers)
        .where(and(eq(applicationMembers.applicationId, applicationId), eq(applicationMembers.researcherId, researcherId)));
      return Boolean(row);
    },

    /** Applications the researcher is on (as PI or co-investigator). */
    listForResearcher: (researcherId: number) =>
      queryRows<ListRow>(
        db,
        sql`${listSelect} where exists (select 1 from application_members m where m.application_id = a.id and m.researcher_id = ${researcherId})
            order by a.created_at desc, a.id desc`,
      ),

    /** The applications of a call that were submitted (drafts stay private to their team). */
    listForCall: (callId: number, trx: Db = db) =>
      queryRows<ListRow>(trx, sql`${listSelect} where a.call_id = ${callId} and a.submitted_at is not null order by a.id`),

    /** Submitted applications not yet decided, of these researchers, except one (for effort and duplication checks). */
    async pendingOf(researcherIds: number[], exceptId: number, trx: Db = db) {
      if (researcherIds.length === 0) return [];
      return trx
        .select({
          id: applications.id,
          researcherId: applicationMembers.researcherId,
          effortPercent: applicationMembers.effortPercent,
          titleJa: applications.titleJa,
          titleEn: applications.titleEn,
          abstractJa: applications.abstractJa,
          abstractEn: applications.abstractEn,
          callTitleJa: calls.titleJa,
          callTitleEn: calls.titleEn,
        })
        .from(applicationMembers)
        .innerJoin(applications, eq(applications.id, applicationMembers.applicationId))
        .innerJoin(calls, eq(calls.id, applications.callId))
        .where(
          and(inArray(applicationMembers.researcherId, researcherIds), eq(applications.status, 'submitted'), ne(applications.id, exceptId)),
        );
    },

    async statsOf(callId: number) {
      const [row] = await queryRows<Record<string, unknown>>(
        db,
        sql`select count(*) filter (where a.status = 'draft') as drafts,
              count(*) filter (where a.submitted_at is not null) as submitted,
              count(*) filter (where a.status = 'withdrawn') as withdrawn,
              count(*) filter (where a.status = 'adopted') as adopted,
              count(*) filter (where a.status = 'rejected') as rejected,
              coalesce(sum(${requestedOf}) filter (where a.submitted_at is not null and a.status <> 'withdrawn'), 0) as requested,
              coalesce((select sum((x->>'amountYen')::bigint) from application_decisions d
                 join applications a2 on a2.id = d.application_id, jsonb_array_elements(d.awarded_budget) x
                 where a2.call_id = ${callId} and d.outcome = 'adopted'), 0) as awarded
            from applications a where a.call_id = ${callId}`,
      );
      return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, toNumber(v)])) as Record<string, number>;
    },

    /** The sign-in address of the researcher, for letters. */
    async emailOfResearcher(researcherId: number, trx: Db = db) {
      const [row] = await queryRows<{ email: string; locale: string }>(
        trx,
        sql`select u.email, u.locale from researchers r join users u on u.id = r.user_id where r.id = ${researcherId} and u.active`,
      );
      return row ?? null;
    },

    async insertDecision(row: typeof applicationDecisions.$inferInsert, trx: Db = db) {
      await trx.insert(applicationDecisions).values(row);
    },

    decidedWithoutLetter: (callId: number, trx: Db = db) =>
      trx
        .select({ applicationId: applicationDecisions.applicationId })
        .from(applicationDecisions)
        .innerJoin(applications, eq(applications.id, applicationDecisions.applicationId))
        .where(and(eq(applications.callId, callId), sql`${applicationDecisions.letterOutboxId} is null`))
        .orderBy(asc(applicationDecisions.applicationId)),

    markLetterSent: (applicationId: number, outboxId: number, trx: Db = db) =>
      trx.update(applicationDecisions).set({ letterOutboxId: outboxId }).where(eq(applicationDecisions.applicationId, applicationId)),
  };
}

export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>;
