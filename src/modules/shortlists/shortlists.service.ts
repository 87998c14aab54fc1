import type { Db } from '../../db/client.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { createShortlistsRepository } from './shortlists.repository.ts';
import type { NewItem, ShortlistDetail } from './shortlists.schemas.ts';

const SHORTLIST = { ja: 'ショートリスト', en: 'Shortlist' };

/** 目利き: shortlists are read by every agency member and changed only by their owner. */
export function createShortlistsService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createShortlistsRepository(db);
  return {
    async list() {
      return { items: await repo.list() };
    },

    async get(id: number, actor: Actor): Promise<ShortlistDetail> {
      const list = await repo.find(id);
      if (!list) throw new NotFoundError(SHORTLIST);
      const items = await repo.items(id);
      const glance = await repo.glance(items.map((i) => i.id));
      return {
        ...list,
        items: items.map((i) => ({ ...i, projects: glance.filter((g) => g.itemId === i.id).map(({ itemId: _, ...g }) => g) })),
        permissions: { canEdit: list.ownerUserId === actor.userId },
      };
    },

    async create(input: { nameJa: string; nameEn: string }, actor: Actor) {
      return db.transaction(async (tx) => {
        const row = await repo.insertList({ ...input, ownerUserId: actor.userId }, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'shortlist.create',
          entityType: 'shortlist',
          entityId: row.id,
          after: row,
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return row;
      });
    },

    async addItem(id: number, input: NewItem, actor: Actor): Promise<ShortlistDetail> {
      const list = await repo.find(id);
      if (!list) throw new NotFoundError(SHORTLIST);
      if (list.ownerUserId !== actor.userId) throw new ForbiddenError();
      const projectIds = [...new Set(input.projectIds)];
      if (!(await repo.projectsExist(projectIds)))
        throw new ValidationError({ ja: '存在しない課題が含まれています。', en: 'Some of the projects do not exist.' }, [
          { path: 'projectIds', message: 'unknown project' },
        ]);
      await db.transaction(async (tx) => {
        const { projectIds: _, ...fields } = input;
        const row = await repo.insertItem({ ...fields, shortlistId: id }, projectIds, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'shortlist.add_item',
          entityType: 'shortlist_item',
          entityId: row.id,
          after: { ...row, projectIds },
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
      return this.get(id, actor);
    },
  };
}

export type ShortlistsService = ReturnType<typeof createShortlistsService>;
