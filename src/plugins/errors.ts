import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type Localized } from '../errors.ts';
import { localeFromHeader } from '../lib/locale.ts';

/**
 * Turns every error into application/problem+json (RFC 9457): a stable `code`, a `detail`
 * in the caller's language (Accept-Language), never a stack trace. 5xx details are logged
 * with the request id and hidden from the caller.
 */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: Localized,
  extra: Record<string, unknown> = {},
) {
  const locale = localeFromHeader(request.headers['accept-language']);
  return reply
    .status(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `urn:seedline:problem:${code}`,
      title: TITLES[status] ?? 'Error',
      status,
      code,
      detail: detail[locale],
      instance: request.url.split('?')[0],
      requestId: request.id,
      ...extra,
    });
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const DB_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', '08006', '08001', '08003']);

export default fp(async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError & { code?: string }, request, reply) => {
    if (error instanceof DomainError) {
      if (error.status === 429 && typeof error.extra.retryAfter === 'number') {
        reply.header('Retry-After', String(error.extra.retryAfter));
      }
      return sendProblem(request, reply, error.status, error.code, error.detail, error.extra);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // `path` names the field as the services do (titleJa, budgets.0.amountYen); `in` says where it was.
      const errors = error.validation.map((v) => ({
        path: (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.'),
        in: error.validationContext ?? 'body',
        message: v.message ?? 'invalid',
      }));
      return sendProblem(
        request,
        reply,
        400,
        'validation_failed',
        { ja: '入力内容に誤りがあります。', en: 'The request is not valid.' },
        { errors },
      );
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendProblem(request, reply, 413, 'payload_too_large', {
        ja: '送信されたデータが大きすぎます。',
        en: 'The request body is too large.',
      });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendProblem(request, reply, 415, 'unsupported_media_type', {
        ja: 'このデータ形式には対応していません。',
        en: 'This content type is not supported.',
      });
    }
    if (
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (error.statusCode === 400 && error instanceof SyntaxError)
    ) {
      return sendProblem(request, reply, 400, 'malformed_body', {
        ja: 'リクエストの本文を読み取れません。',
        en: 'The request body could not be read.',
      });
    }
    if (error.code && DB_UNAVAILABLE.has(error.code)) {
      request.log.error({ err: error }, 'database unavailable');
      reply.header('Retry-After', '5');
      return sendProblem(request, reply, 503, 'database_unavailable', {
        ja: 'データベースに接続できません。しばらくしてからやり直してください。',
        en: 'The database is not reachable. Try again shortly.',
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, cause: error.cause }, 'response did not match its schema');
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, error.statusCode, 'bad_request', {
        ja: 'リクエストを処理できません。',
        en: 'The request could not be processed.',
      });
    } else {
      request.log.error({ err: error }, 'unhandled error');
    }
    return sendProblem(request, reply, 500, 'internal_error', {
      ja: 'サーバーで問題が発生しました。時間をおいてやり直してください。',
      en: 'Something went wrong on the server. Please try again later.',
    });
  });
});
