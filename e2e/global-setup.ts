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
  const server = await startServer();
  project.provide('e2e', { baseURL: server.baseURL, enabled: true });
  return async () => {
    await server.stop();
  };
}
