import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { searchSynonyms } from '../../db/schema.ts';
import { NotFoundError, StaleVersionError, ValidationError } from '../../errors.ts';
import { fold, type SynonymGroup } from '../../lib/text-search.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { SEED_SYNONYMS } from './portal.synonyms.ts';

const GROUP = { ja: '同義語グループ', en: 'Synonym group' };

export type SynonymRecord = { id: number; terms: string[]; note: string; version: number };
export type SynonymInput = { terms: string[]; note?: string };

/** Folded, de-duplicated, non-empty terms; at least two, or a validation error. */
function cleanTerms(terms: string[]): string[] {
  const out = [...new Set(terms.map((t) => fold(t).trim().replace(/\s+/g, ' ')).filter(Boolean))];
  if (out.length < 2) {
    throw new ValidationError({ ja: '同義語は2語以上入力してください。', en: 'A synonym group needs at least two words.' }, [
      { path: 'terms', message: 'at least two distinct words' },
    ]);
  }
  return out;
}

/**
 * The synonym list search uses. Read through a cache that every edit clears; the table is
 * filled from portal.synonyms.ts the first time it is read empty.
 */
export function createSynonymsService(deps: { db: Db }) {
  const { db } = deps;
  let cache: Promise<SynonymGroup[]> | null = null;
  const select = { id: searchSynonyms.id, terms: searchSynonyms.terms, note: searchSynonyms.note, version: searchSynonyms.version };

  async function seedIfEmpty(): Promise<void> {
    const [row] = await db.select({ n: count() }).from(searchSynonyms);
    if (Number(row?.n ?? 0) > 0) return;
    await db.transaction(async (tx) => {
      await tx.insert(searchSynonyms).values(SEED_SYNONYMS.map((s) => ({ terms: cleanTerms(s.terms), note: s.note })));
      await recordAudit(tx, { actorUserId: null, action: 'synonyms.seed', entityType: 'search_synonyms', entityId: null });
    });
  }

  async function load(): Promise<SynonymGroup[]> {
    await seedIfEmpty();
    const rows = await db.select({ terms: searchSynonyms.terms }).from(searchSynonyms);
    return rows.map((r) => r.terms);
  }

  const audit = (tx: Db, actor: Actor, action: string, id: number, before: unknown, after: unknown) =>
    recordAudit(tx, {
      actorUserId: actor.userId,
      action,
      entityType: 'search_synonyms',
      entityId: id,
      before,
      after,
      requestId: actor.requestId,
      ip: actor.ip,
    });

  return {
    /** Every group, for search (cached). */
    groups(): Promise<SynonymGroup[]> {
      cache ??= load().catch((e) => {
        cache = null;
        throw e;
      });
      return cache;
    },

    async list(): Promise<SynonymRecord[]> {
      await seedIfEmpty();
      return db.select(select).from(searchSynonyms).orderBy(asc(searchSynonyms.id));
    },

    async create(input: SynonymInput, actor: Actor): Promise<SynonymRecord> {
      const terms = cleanTerms(input.terms);
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .insert(searchSynonyms)
          .values({ terms, note: input.note ?? '' })
          .returning(select);
        await audit(tx, actor, 'synonyms.create', r!.id, null, r);
        return r!;
      });
      cache = null;
      return row;
    },

    async update(id: number, input: SynonymInput & { version: number }, actor: Actor): Promise<SynonymRecord> {
      const terms = cleanTerms(input.terms);
      const row = await db.transaction(async (tx) => {
        const [before] = await tx.select(select).from(searchSynonyms).where(eq(searchSynonyms.id, id));
        if (!before) throw new NotFoundError(GROUP);
        if (before.version !== input.version) throw new StaleVersionError(before.version);
        const [after] = await tx
          .update(searchSynonyms)
          .set({ terms, note: input.note ?? before.note, version: sql`${searchSynonyms.version} + 1`, updatedAt: new Date() })
          .where(eq(searchSynonyms.id, id))
          .returning(select);
        await audit(tx, actor, 'synonyms.update', id, before, after);
        return after!;
      });
      cache = null;
      return row;
    },

    async remove(id: number, version: number, actor: Actor): Promise<void> {
      await db.transaction(async (tx) => {
        const [before] = await tx.select(select).from(searchSynonyms).where(eq(searchSynonyms.id, id));
        if (!before) throw new NotFoundError(GROUP);
        if (before.version !== version) throw new StaleVersionError(before.version);
        await tx.delete(searchSynonyms).where(eq(searchSynonyms.id, id));
        await audit(tx, actor, 'synonyms.delete', id, before, null);
      });
      cache = null;
    },
  };
}
export type SynonymsService = ReturnType<typeof createSynonymsService>;
