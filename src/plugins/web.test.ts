import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import errorsPlugin from './errors.ts';
import webPlugin from './web.ts';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'seedline-web-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Seedline</title>');
fs.writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');

const app = Fastify();
await app.register(errorsPlugin);
await app.register(webPlugin, { dist });
afterAll(async () => {
  await app.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('answers the root and client-side routes with index.html', async () => {
    for (const url of ['/', '/projects', '/projects/12?tab=budget']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>Seedline</title>');
    }
  });

  it('serves assets built after start, with long caching', async () => {
    fs.writeFileSync(path.join(dist, 'assets', 'app-2.js'), 'console.log(2)');
    const res = await app.inject({ method: 'GET', url: '/assets/app-2.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('answers a missing asset or API route with a 404 problem, not the page', async () => {
    for (const url of ['/assets/missing.js', '/api/v1/nothing-here']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
