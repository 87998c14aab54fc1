import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import { TooManyRequestsError } from '../../errors.ts';

/**
 * A fixed-window request limit per client address, in memory (one process). Over the limit the
 * request gets 429 with Retry-After (seconds until the window ends).
 */
export function createRateLimiter(opts: { limit: number; windowSeconds: number; now?: () => number }) {
  const now = opts.now ?? Date.now;
  const windows = new Map<string, { count: number; resetAt: number }>();
  let sweptAt = 0;
  return {
    /** Counts one request of `key`; returns the seconds to wait, or 0 when allowed. */
    hit(key: string): number {
      const t = now();
      if (t - sweptAt > opts.windowSeconds * 1000) {
        for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
        sweptAt = t;
      }
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + opts.windowSeconds * 1000 };
        windows.set(key, w);
      }
      w.count++;
      return w.count > opts.limit ? Math.max(1, Math.ceil((w.resetAt - t) / 1000)) : 0;
    },
  };
}

export function rateLimitHook(limiter: ReturnType<typeof createRateLimiter>): onRequestHookHandler {
  return async (request: FastifyRequest) => {
    const wait = limiter.hit(request.ip);
    if (wait > 0) throw new TooManyRequestsError(wait);
  };
}
