import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { applicationFlags, researchers } from '../../db/schema.ts';

export type FlagRow = typeof applicationFlags.$inferSelect;
export type NewFlag = Pick<FlagRow, 'applicationId' | 'researcherId' | 'kind' | 'subjectKey' | 'score' | 'evidence'>;

export function createChecksRepository(db: Db) {
  return {
    /**
     * Writes this run's flags of one application: new ones open, known ones get fresh evidence
     * (a dismissed flag stays dismissed), open flags no longer found are removed.
     */
    async replaceFlags(applicationId: number, flags: NewFlag[], trx: Db = db) {
      for (const f of flags) {
        await trx
          .insert(applicationFlags)
          .values(f)
          .onConflictDoUpdate({
            target: [applicationFlags.applicationId, applicationFlags.researcherId, applicationFlags.kind, applicationFlags.subjectKey],
            set: { evidence: f.evidence, score: f.score, updatedAt: sql`now()` },
          });
      }
      const keep = flags.map((f) => `${f.researcherId}|${f.kind}|${f.subjectKey}`);
      await trx
        .delete(applicationFlags)
        .where(
          and(
            eq(applicationFlags.applicationId, applicationId),
            eq(applicationFlags.status, 'open'),
            keep.length
              ? notInArray(
                  sql`${applicationFlags.researcherId}::text || '|' || ${applicationFlags.kind} || '|' || ${applicationFlags.subjectKey}`,
                  keep,
                )
              : undefined,
          ),
        );
    },

    flagsOf: (applicationIds: number[], trx: Db = db) =>
      applicationIds.length === 0
        ? Promise.resolve([])
        : trx
            .select({
              flag: applicationFlags,
              familyJa: researchers.familyNameJa,
              givenJa: researchers.givenNameJa,
              familyEn: researchers.familyNameEn,
              givenEn: researchers.givenNameEn,
            })
            .from(applicationFlags)
            .innerJoin(researchers, eq(researchers.id, applicationFlags.researcherId))
            .where(inArray(applicationFlags.applicationId, applicationIds))
            .orderBy(asc(applicationFlags.kind), asc(applicationFlags.id)),

    async find(id: number, trx: Db = db) {
      const [row] = await trx.select().from(applicationFlags).where(eq(applicationFlags.id, id));
      return row ?? null;
    },

    async dismiss(id: number, reason: string, userId: number, trx: Db = db) {
      const [row] = await trx
        .update(applicationFlags)
        .set({ status: 'dismissed', dismissReason: reason, dismissedBy: userId, dismissedAt: sql`now()`, updatedAt: sql`now()` })
        .where(and(eq(applicationFlags.id, id), eq(applicationFlags.status, 'open')))
        .returning();
      return row ?? null;
    },
  };
}
