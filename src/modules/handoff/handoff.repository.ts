import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { handoffFastPaths, handoffPairings } from '../../db/schema.ts';
import { queryRows } from '../../db/sql.ts';

const ids = (list: number[]) =>
  sql.join(
    list.map((i) => sql`${i}`),
    sql`, `,
  );

export type PeerProject = { id: number; programId: number; modality: string; stage: string; searchText: string; areaIds: number[] };

export function createHandoffRepository(db: Db) {
  return {
    budgetsOf: (projectIds: number[]) =>
      projectIds.length === 0
        ? Promise.resolve([])
        : queryRows<{ projectId: number; fiscalYear: number; source: string; amountYen: string | number }>(
            db,
            sql`select project_id as "projectId", fiscal_year as "fiscalYear", source, amount_yen as "amountYen"
              from project_budgets where project_id in (${ids(projectIds)}) order by fiscal_year, source`,
          ),

    milestonesOf: (projectIds: number[]) =>
      projectIds.length === 0
        ? Promise.resolve([])
        : queryRows<{
            projectId: number;
            kind: string;
            occurredOn: string | null;
            fiscalYear: number;
            titleJa: string;
            titleEn: string;
            details: Record<string, unknown>;
          }>(
            db,
            sql`select project_id as "projectId", kind, occurred_on::text as "occurredOn", fiscal_year as "fiscalYear",
              title_ja as "titleJa", title_en as "titleEn", details from outcomes
              where project_id in (${ids(projectIds)}) and kind in ('licensing', 'approval', 'insurance_listing', 'clinical_trial')
              order by occurred_on nulls last`,
          ),

    fastPathsOf: (projectIds: number[]) =>
      projectIds.length === 0
        ? Promise.resolve([])
        : db
            .select()
            .from(handoffFastPaths)
            .where(sql`${handoffFastPaths.projectId} in (${ids(projectIds)})`),

    pairingsOf: (projectId: number) => db.select().from(handoffPairings).where(eq(handoffPairings.projectId, projectId)),

    async findPairing(id: number, trx: Db = db) {
      const [row] = await trx.select().from(handoffPairings).where(eq(handoffPairings.id, id));
      return row ?? null;
    },

    /** Every project of other programs that could host the seed: same modality or a shared disease area. */
    async peers(project: { id: number; programId: number; modality: string }, areaIds: number[]): Promise<PeerProject[]> {
      const areaCond = areaIds.length
        ? sql`or exists (select 1 from project_disease_areas d where d.project_id = p.id and d.disease_area_id in (${ids(areaIds)}))`
        : sql``;
      return queryRows<PeerProject>(
        db,
        sql`select p.id, p.program_id as "programId", p.modality, p.stage, p.search_text as "searchText",
            coalesce((select array_agg(d.disease_area_id) from project_disease_areas d where d.project_id = p.id), '{}') as "areaIds"
          from projects p where p.program_id <> ${project.programId} and (p.modality = ${project.modality} ${areaCond})`,
      );
    },

    areasOf: (projectId: number) =>
      queryRows<{ id: number }>(db, sql`select disease_area_id as id from project_disease_areas where project_id = ${projectId}`).then(
        (r) => r.map((x) => x.id),
      ),

    programNames: () =>
      queryRows<{ id: number; nameJa: string; nameEn: string; endFiscalYear: number | null }>(
        db,
        sql`select id, name_ja as "nameJa", name_en as "nameEn", end_fiscal_year as "endFiscalYear" from programs`,
      ),

    /** Hand-off links with both ends' years, for the yearly measures. */
    handoffLinks: () =>
      queryRows<{
        predecessorId: number;
        successorId: number;
        kind: string;
        predEnd: number;
        succStart: number;
        predProgram: number;
        succProgram: number;
      }>(
        db,
        sql`select l.predecessor_id as "predecessorId", l.successor_id as "successorId", l.kind,
            a.end_fiscal_year as "predEnd", b.start_fiscal_year as "succStart", a.program_id as "predProgram", b.program_id as "succProgram"
          from project_links l join projects a on a.id = l.predecessor_id join projects b on b.id = l.successor_id`,
      ),

    /** Projects that ended in each fiscal year and whether they reached a company (licensing or a fast path). */
    endedByYear: () =>
      queryRows<{ fiscalYear: number; ended: number; licensed: number }>(
        db,
        sql`select p.end_fiscal_year as "fiscalYear", count(*)::int as ended,
            count(*) filter (where exists (select 1 from outcomes o where o.project_id = p.id and o.kind = 'licensing')
              or exists (select 1 from handoff_fast_paths f where f.project_id = p.id))::int as licensed
          from projects p where p.status <> 'active' group by p.end_fiscal_year order by 1`,
      ),

    insertPairing: async (values: typeof handoffPairings.$inferInsert, trx: Db) =>
      (await trx.insert(handoffPairings).values(values).returning())[0]!,
    insertFastPath: async (values: typeof handoffFastPaths.$inferInsert, trx: Db) =>
      (await trx.insert(handoffFastPaths).values(values).returning())[0]!,

    async markExecuted(id: number, version: number, successorProjectId: number, trx: Db) {
      const [row] = await trx
        .update(handoffPairings)
        .set({ status: 'executed', successorProjectId, executedAt: new Date(), version: sql`${handoffPairings.version} + 1` })
        .where(sql`${handoffPairings.id} = ${id} and ${handoffPairings.version} = ${version} and ${handoffPairings.status} = 'agreed'`)
        .returning();
      return row ?? null;
    },

    /** The successor project of a pairing: same team and disease areas, the remaining plan as its abstract, linked as hand-off. */
    async createSuccessor(
      source: {
        id: number;
        grantNumber: string;
        titleJa: string;
        titleEn: string;
        piResearcherId: number;
        institutionId: number;
        modality: string;
        stage: string;
        isPublic: boolean;
      },
      pairing: {
        successorProgramId: number;
        successorStartFiscalYear: number;
        successorEndFiscalYear: number;
        planJa: string;
        planEn: string;
      },
      searchText: string,
      trx: Db,
    ): Promise<number> {
      const grant = `${source.grantNumber}-H${pairing.successorStartFiscalYear}`;
      const [row] = await queryRows<{ id: number }>(
        trx,
        sql`insert into projects (grant_number, title_ja, title_en, abstract_ja, abstract_en, pi_researcher_id, institution_id, program_id,
            start_fiscal_year, end_fiscal_year, modality, stage, status, is_public, search_text)
          values (${grant}, ${source.titleJa}, ${source.titleEn}, ${pairing.planJa}, ${pairing.planEn}, ${source.piResearcherId}, ${source.institutionId},
            ${pairing.successorProgramId}, ${pairing.successorStartFiscalYear}, ${pairing.successorEndFiscalYear}, ${source.modality}, ${source.stage},
            'active', ${source.isPublic}, ${searchText})
          returning id`,
      );
      const id = row!.id;
      await trx.execute(sql`insert into project_members (project_id, researcher_id, role, effort_percent)
        select ${id}, researcher_id, role, effort_percent from project_members where project_id = ${source.id}`);
      await trx.execute(sql`insert into project_disease_areas (project_id, disease_area_id)
        select ${id}, disease_area_id from project_disease_areas where project_id = ${source.id}`);
      await trx.execute(sql`insert into project_links (predecessor_id, successor_id, kind, note_ja, note_en)
        values (${source.id}, ${id}, 'handoff', 'ペアリングによる事業間連携（公募を経ない移行）', 'Hand-off by pairing (no new open call)')`);
      return id;
    },

    async projectRow(id: number, trx: Db = db) {
      const rows = await queryRows<{
        id: number;
        grantNumber: string;
        titleJa: string;
        titleEn: string;
        piResearcherId: number;
        institutionId: number;
        programId: number;
        modality: string;
        stage: string;
        isPublic: boolean;
        endFiscalYear: number;
        abstractJa: string;
        abstractEn: string;
      }>(
        trx,
        sql`select id, grant_number as "grantNumber", title_ja as "titleJa", title_en as "titleEn", pi_researcher_id as "piResearcherId",
            institution_id as "institutionId", program_id as "programId", modality, stage, is_public as "isPublic", end_fiscal_year as "endFiscalYear",
            abstract_ja as "abstractJa", abstract_en as "abstractEn"
          from projects where id = ${id}`,
      );
      return rows[0] ?? null;
    },

    programExists: async (id: number, trx: Db = db) => (await queryRows(trx, sql`select 1 from programs where id = ${id}`)).length > 0,
  };
}

export type HandoffRepository = ReturnType<typeof createHandoffRepository>;
