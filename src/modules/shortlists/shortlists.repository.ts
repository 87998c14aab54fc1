import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { shortlistItemProjects, shortlistItems, shortlists } from '../../db/schema.ts';
import { queryRows, toNumber } from '../../db/sql.ts';

export function createShortlistsRepository(db: Db) {
  return {
    list: () => db.select().from(shortlists).orderBy(asc(shortlists.id)),
    find: async (id: number) => (await db.select().from(shortlists).where(eq(shortlists.id, id)))[0] ?? null,
    items: (id: number) => db.select().from(shortlistItems).where(eq(shortlistItems.shortlistId, id)).orderBy(asc(shortlistItems.id)),
    insertList: async (values: typeof shortlists.$inferInsert, trx: Db) => (await trx.insert(shortlists).values(values).returning())[0]!,
    async insertItem(values: typeof shortlistItems.$inferInsert, projectIds: number[], trx: Db) {
      const [row] = await trx.insert(shortlistItems).values(values).returning();
      if (projectIds.length)
        await trx.insert(shortlistItemProjects).values(projectIds.map((projectId) => ({ itemId: row!.id, projectId })));
      return row!;
    },
    /** At a glance for each linked project: program, stage, money per fiscal year and hand-offs in and out. */
    async glance(itemIds: number[]) {
      if (itemIds.length === 0) return [];
      const rows = await queryRows<{
        itemId: number;
        id: number;
        grantNumber: string;
        titleJa: string;
        titleEn: string;
        stage: string;
        programJa: string;
        programEn: string;
        funding: { fiscalYear: number; amountYen: unknown }[] | null;
        handoffs: number;
        outcomes: number;
      }>(
        db,
        sql`select s.item_id as "itemId", p.id, p.grant_number as "grantNumber", p.title_ja as "titleJa", p.title_en as "titleEn", p.stage,
            g.name_ja as "programJa", g.name_en as "programEn",
            (select json_agg(json_build_object('fiscalYear', b.fiscal_year, 'amountYen', b.total) order by b.fiscal_year)
              from (select fiscal_year, sum(amount_yen) as total from project_budgets where project_id = p.id group by fiscal_year) b) as funding,
            (select count(*)::int from project_links l where (l.predecessor_id = p.id or l.successor_id = p.id) and l.kind <> 'continuation') as handoffs,
            (select count(*)::int from outcomes o where o.project_id = p.id) as outcomes
          from shortlist_item_projects s join projects p on p.id = s.project_id join programs g on g.id = p.program_id
          where s.item_id in (${sql.join(
            itemIds.map((i) => sql`${i}`),
            sql`, `,
          )}) order by p.start_fiscal_year, p.id`,
      );
      return rows.map((r) => ({
        ...r,
        funding: (r.funding ?? []).map((f) => ({ fiscalYear: f.fiscalYear, amountYen: toNumber(f.amountYen) })),
      }));
    },
    projectsExist: async (ids: number[]) =>
      ids.length === 0 ||
      (
        await queryRows<{ n: number }>(
          db,
          sql`select count(*)::int as n from projects where id in (${sql.join(
            ids.map((i) => sql`${i}`),
            sql`, `,
          )})`,
        )
      )[0]!.n === ids.length,
  };
}
