import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { E2eContext } from './global-setup.ts';
import { chromiumAvailable, ensureWebBuild, launchBrowser, newPage, type RunningServer, startServer } from './harness.ts';

/**
 * The suite's server: started once per database by global-setup.ts (the e2e-pglite and
 * e2e-postgres projects of vitest.config.ts). When a run has no such global setup, each
 * journey file starts its own server instead.
 */
const provided = inject('e2e') as E2eContext | undefined;
export const e2e: E2eContext = provided ? { ...provided } : { baseURL: '', enabled: chromiumAvailable() };

/** One browser and a fresh profile per journey file; closed afterwards. */
export function useBrowserPage(): { page: () => Page; context: () => BrowserContext } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    if (!provided) {
      ensureWebBuild();
      server = await startServer();
      e2e.baseURL = server.baseURL;
    }
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, e2e.baseURL));
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    page: () => {
      if (!page) throw new Error('the browser did not start');
      return page;
    },
    context: () => {
      if (!context) throw new Error('the browser did not start');
      return context;
    },
  };
}

/** The suite's server for a journey file that drives its own browser contexts. */
export function useServer(): void {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    if (provided) return;
    if (process.env.SEEDLINE_E2E_URL) {
      e2e.baseURL = process.env.SEEDLINE_E2E_URL;
      return;
    }
    ensureWebBuild();
    server = await startServer();
    e2e.baseURL = server.baseURL;
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
  });
}
