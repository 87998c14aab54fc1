import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type Localized } from '../errors.ts';
import { type Locale, localeFromHeader } from '../lib/locale.ts';
import { fieldMessage, type ZodIssueLike } from './validation-messages.ts';

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

const localeOf = (request: FastifyRequest): Locale => localeFromHeader(request.headers['accept-language']);

function inputOf(request: FastifyRequest, where: 'body' | 'querystring' | 'params' | 'headers'): unknown {
  return where === 'querystring'
    ? request.query
    : where === 'params'
      ? request.params
      : where === 'headers'
        ? request.headers
        : request.body;
}

function valueAt(input: unknown, segments: string[]): unknown {
  let v: unknown = input;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

/**
 * Field errors raised by services carry a Localized message, or a plain note: a plain note is
 * replaced by the problem's detail in the caller's language, so no English reaches a Japanese user.
 */
function localizeServiceErrors(errors: unknown[], detail: Localized, locale: Locale) {
  return errors.map((e) => {
    const { path, message } = e as { path: string; message: unknown };
    const m = message as Partial<Localized> | string;
    const text = typeof m === 'object' && m && typeof m[locale] === 'string' ? m[locale] : detail[locale];
    return { path, message: text };
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
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const RETRY_AFTER_SECONDS = 5;

// Connection refused or lost, server shutting down or starting, too many connections.
const DB_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
  '08004',
  '53300',
]);
const DB_LOST_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/i;

/** Drizzle wraps driver errors ("Failed query …", cause = the pg error): look through the causes. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = error; e && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

function codeOf(error: unknown): string | undefined {
  for (const e of causes(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && DB_UNAVAILABLE.has(code)) return code;
  }
  return undefined;
}

function isDatabaseUnavailable(error: unknown): boolean {
  return codeOf(error) !== undefined || causes(error).some((e) => e instanceof Error && DB_LOST_MESSAGES.test(e.message));
}

export default fp(async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError & { code?: string }, request, reply) => {
    if (error instanceof DomainError) {
      if (error.status === 429 && typeof error.extra.retryAfter === 'number') {
        reply.header('Retry-After', String(error.extra.retryAfter));
      }
      if (error.status === 503) reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
      const extra = Array.isArray(error.extra.errors)
        ? { ...error.extra, errors: localizeServiceErrors(error.extra.errors, error.detail, localeOf(request)) }
        : error.extra;
      return sendProblem(request, reply, error.status, error.code, error.detail, extra);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // `path` names the field as the services do (titleJa, budgets.0.amountYen); `in` says where it was;
      // `message` is in the caller's language, like `detail`; `issue` is Zod's kind of problem.
      const where = (error.validationContext ?? 'body') as 'body' | 'querystring' | 'params' | 'headers';
      const locale = localeOf(request);
      const errors = error.validation.map((v) => {
        const segments = (v.instancePath || '').replace(/^\//, '').split('/').filter(Boolean);
        const issue = { ...(v.params as object), code: v.keyword } as ZodIssueLike;
        const missing = issue.code === 'invalid_type' && valueAt(inputOf(request, where), segments) === undefined;
        return { path: segments.join('.'), in: where, issue: v.keyword, message: fieldMessage(issue, missing)[locale] };
      });
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
    if (isDatabaseUnavailable(error)) {
      request.log.error({ code: codeOf(error) }, 'database unavailable');
      reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
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

/**
 * Errors the router raises before any hook runs (a malformed URL, a path parameter over the
 * length limit): problem+json like every other error. Passed to Fastify as `frameworkErrors`.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.statusCode === 414) {
    return sendProblem(request, reply, 414, 'uri_too_long', {
      ja: 'URLが長すぎます。',
      en: 'The URL is too long.',
    });
  }
  return sendProblem(request, reply, 400, 'bad_request', {
    ja: 'URLの形式が正しくありません。',
    en: 'The URL is not valid.',
  });
}
