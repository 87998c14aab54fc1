import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/client.ts';
import { ConflictError, ValidationError } from '../errors.ts';
import { canonicalJson } from '../modules/audit/audit.service.ts';
import { createIdempotencyRepository, IdempotencyInProgressError, pendingKeys } from '../modules/audit/idempotency.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * `Idempotency-Key` on any state-changing request of a signed-in user makes retries safe: the
 * key is claimed in the same transaction as the change (through recordAudit), the response is
 * kept, and a retry with the same key and body gets that response again (header
 * `Idempotent-Replayed: true`) instead of a second change. The same key with another body is
 * refused (409 idempotency_key_reused); a retry while the first is still running, or after a crash that came between
 * the commit and the stored response, gets 409 idempotency_in_progress: the change happened once.
 */
export default fp(
  async function idempotencyPlugin(app: FastifyInstance, opts: { db: Db }) {
    const repo = createIdempotencyRepository(opts.db);

    app.addHook('preHandler', async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (SAFE_METHODS.has(request.method) || key === undefined || !request.actor) return;
      if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
        throw new ValidationError(
          {
            ja: 'Idempotency-Key は1〜200文字の英数字・記号で指定してください。',
            en: 'Idempotency-Key must be 1 to 200 visible ASCII characters.',
          },
          [{ path: 'Idempotency-Key', message: { ja: '形式が正しくありません。', en: 'Not a valid key.' } }],
        );
      }
      const userId = request.actor.userId;
      const requestHash = hashOf(request);
      const existing = await repo.find(userId, key);
      if (existing) {
        if (existing.requestHash !== requestHash) {
          throw new ConflictError('idempotency_key_reused', {
            ja: 'この Idempotency-Key は別の内容のリクエストに使われています。新しいキーを使ってください。',
            en: 'This Idempotency-Key was used for a different request. Use a new key.',
          });
        }
        if (existing.status === null) throw new IdempotencyInProgressError();
        reply.header('Idempotent-Replayed', 'true');
        return reply
          .code(existing.status)
          .type('application/json; charset=utf-8')
          .send(existing.response === null ? '' : JSON.stringify(existing.response));
      }
      pendingKeys.set(request.id, { userId, key, requestHash, claimed: false });
    });

    app.addHook('onSend', async (request, reply, payload) => {
      const pending = pendingKeys.get(request.id);
      if (!pending?.claimed || reply.statusCode >= 500) return payload;
      let body: unknown = null;
      if (typeof payload === 'string' && payload.length > 0) {
        try {
          body = JSON.parse(payload);
        } catch {
          body = null;
        }
      }
      await repo.storeResponse(pending.userId, pending.key, reply.statusCode, body);
      return payload;
    });

    const forget = async (request: FastifyRequest) => {
      pendingKeys.delete(request.id);
    };
    app.addHook('onResponse', forget);
    app.addHook('onRequestAbort', forget);
  },
  { name: 'seedline-idempotency', dependencies: ['seedline-auth'] },
);

function hashOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n`)
    .update(canonicalJson(request.body ?? null))
    .digest('hex');
}
