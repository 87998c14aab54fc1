import type { TestProject } from 'vitest/node';
import { chromiumAvailable, ensureWebBuild, startServer } from './harness.ts';

export type E2eContext = { baseURL: string; enabled: boolean };

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/** One server for the whole suite: start-up (migrations and demo data) is the slow part. */
export default async function setup(project: TestProject) {
  if (!chromiumAvailable()) {
    project.provide('e2e', { baseURL: '', enabled: false });
    return;
  }
  ensureWebBuild();
  // The project's env (vitest.config.ts) says which database this run of the journeys uses.
  const database = (project.config.env?.SEEDLINE_E2E_DB ?? process.env.SEEDLINE_E2E_DB) === 'postgres' ? 'postgres' : 'pglite';
  const server = await startServer({ database });
  console.log(`[e2e] server on ${database} at ${server.baseURL}`);
  project.provide('e2e', { baseURL: server.baseURL, enabled: true });
  return async () => {
    await server.stop();
  };
}
