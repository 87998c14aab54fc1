/**
 * Domain errors. Services throw these; the error-handler plugin turns them into
 * application/problem+json (RFC 9457) with a stable `code` and a message in the caller's language.
 */
export type Localized = { ja: string; en: string };

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: Localized,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail.en);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(detail: Localized, errors: { path: string; message: string | Localized }[] = []) {
    super(400, 'validation_failed', detail, { errors });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(detail: Localized = { ja: 'サインインが必要です。', en: 'You need to sign in.' }) {
    super(401, 'unauthenticated', detail);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail: Localized = { ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' }) {
    super(403, 'forbidden', detail);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: Localized) {
    super(404, 'not_found', { ja: `${what.ja}が見つかりません。`, en: `${what.en} was not found.` });
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: Localized, extra: Record<string, unknown> = {}) {
    super(409, code, detail, extra);
  }
}

/** An edit based on an old version of a record (optimistic concurrency). */
export class StaleVersionError extends ConflictError {
  constructor(currentVersion: number) {
    super(
      'stale_version',
      {
        ja: 'この記録は他の人によって更新されています。最新の内容を読み込んでからやり直してください。',
        en: 'Someone else has changed this record. Reload it and try again.',
      },
      { currentVersion },
    );
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    detail: Localized = {
      ja: 'リクエストが多すぎます。しばらく待ってからやり直してください。',
      en: 'Too many requests. Wait a moment and try again.',
    },
  ) {
    super(429, 'too_many_requests', detail, { retryAfter: retryAfterSeconds });
  }
}
