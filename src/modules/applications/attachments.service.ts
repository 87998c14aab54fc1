import type { Db } from '../../db/client.ts';
import { DomainError, NotFoundError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { type FileStorage, looksLikePdf, sha256Of } from '../files/storage.ts';
import type { ApplicationsService } from './applications.service.ts';

const ATTACHMENT = { ja: '添付ファイル', en: 'Attachment' };
const notEditableNow = () =>
  new DomainError(409, 'application_not_editable', {
    ja: 'この応募の添付ファイルは今は変更できません。',
    en: 'The attachments of this application cannot be changed now.',
  });

/**
 * PDF attachments of an application. The bytes are checked by content and size, stored in the
 * file storage first, then recorded with their SHA-256 in one transaction; a file whose
 * transaction fails is removed again, and a replaced file is removed after the commit.
 */
export function createAttachmentsService(deps: { db: Db; applications: ApplicationsService; storage: FileStorage }) {
  const { db, applications, storage } = deps;
  const repo = applications.repo;

  return {
    async upload(id: number, kind: string, fileName: string, bytes: Buffer, actor: Actor) {
      const detail = await applications.get(id, actor);
      if (!detail.permissions.canEdit) throw notEditableNow();
      const call = await repo.callOf(detail.call.id);
      const spec = call?.requiredAttachments.find((a) => a.code === kind);
      if (!spec) {
        throw new ValidationError({ ja: 'この公募にない添付書類の種類です。', en: 'This call asks for no attachment of this kind.' }, [
          { path: 'kind', message: 'unknown attachment kind' },
        ]);
      }
      if (bytes.length > spec.maxMegabytes * 1024 * 1024) {
        throw new DomainError(413, 'file_too_large', {
          ja: `ファイルが大きすぎます（上限 ${spec.maxMegabytes} MB）。`,
          en: `The file is too large (at most ${spec.maxMegabytes} MB).`,
        });
      }
      if (!looksLikePdf(bytes)) {
        throw new DomainError(415, 'not_a_pdf', {
          ja: 'PDFファイルではありません（内容で判定しています）。',
          en: 'This is not a PDF file (checked by its content).',
        });
      }
      const stored = await storage.put(bytes, { prefix: `application-${id}` });
      let replaced: string | null = null;
      try {
        await db.transaction(async (tx) => {
          const old = await repo.attachmentOfKind(id, kind, tx);
          if (old) {
            await repo.deleteAttachment(old.id, tx);
            replaced = old.storageKey;
          }
          const row = await repo.insertAttachment(
            {
              applicationId: id,
              kind,
              fileName,
              contentType: 'application/pdf',
              sizeBytes: stored.sizeBytes,
              sha256: stored.sha256,
              storageKey: stored.key,
              uploadedBy: actor.userId,
            },
            tx,
          );
          await recordAudit(tx, {
            actorUserId: actor.userId,
            action: 'application.attach',
            entityType: 'application',
            entityId: id,
            after: { attachmentId: row.id, kind, fileName, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
            requestId: actor.requestId,
            ip: actor.ip,
          });
        });
      } catch (err) {
        await storage.delete(stored.key);
        throw err;
      }
      if (replaced) await storage.delete(replaced);
      return applications.get(id, actor);
    },

    /** The bytes, checked against the stored checksum. */
    async download(id: number, attachmentId: number, actor: Actor) {
      await applications.get(id, actor);
      const row = await repo.attachment(id, attachmentId);
      if (!row) throw new NotFoundError(ATTACHMENT);
      const bytes = await storage.get(row.storageKey);
      if (sha256Of(bytes) !== row.sha256) throw new Error(`attachment ${attachmentId} does not match its checksum`);
      return { bytes, fileName: row.fileName, contentType: row.contentType };
    },

    async remove(id: number, attachmentId: number, actor: Actor) {
      const detail = await applications.get(id, actor);
      const row = await repo.attachment(id, attachmentId);
      if (!row) throw new NotFoundError(ATTACHMENT);
      if (!detail.permissions.canEdit) throw notEditableNow();
      await db.transaction(async (tx) => {
        await repo.deleteAttachment(row.id, tx);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'application.detach',
          entityType: 'application',
          entityId: id,
          before: { attachmentId, kind: row.kind, sha256: row.sha256 },
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
      await storage.delete(row.storageKey);
      return applications.get(id, actor);
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
