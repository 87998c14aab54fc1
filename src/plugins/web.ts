import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './errors.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * Serves the built React app (web/dist) and answers unknown non-API paths with its
 * index.html so client-side routes survive a reload. Unknown /api paths get problem+json.
 */
export default fp(async function webPlugin(app: FastifyInstance, opts: { dist?: string }) {
  const dist = opts.dist ?? WEB_DIST;
  const hasWeb = fs.existsSync(path.join(dist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: dist,
      // Looked up per request, so a rebuilt web/dist is served without a restart.
      wildcard: true,
      index: false,
      // Built assets carry a content hash in their names: cache them for good; anything else revalidates.
      cacheControl: false,
      setHeaders: (res, file) => {
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  if (hasWeb) {
    app.get('/', { schema: { hide: true } }, (_request, reply) => {
      reply.header('Cache-Control', 'no-cache');
      return reply.sendFile('index.html');
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // A missing API route or built asset is a real 404; any other page is a client-side route.
    if (request.url.startsWith('/api') || request.url.startsWith('/assets/') || request.method !== 'GET' || !hasWeb) {
      return sendProblem(request, reply, 404, 'not_found', {
        ja: 'お探しのページまたはAPIは見つかりません。',
        en: 'No such page or API route.',
      });
    }
    reply.header('Cache-Control', 'no-cache');
    return reply.sendFile('index.html');
  });
});
