import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser } from './harness.ts';
import { e2e, useServer } from './journey.ts';
import {
  AGENCY,
  DEMO_ACCOUNTS,
  type DemoRole,
  horizontalOverflow,
  type Lang,
  otherLanguageText,
  PAGES,
  seriousAxeViolations,
} from './page-checks.ts';

/** Screenshots of each role's home go here when SEEDLINE_SHOTS names a directory (kept out of git). */
const SHOTS = process.env.SEEDLINE_SHOTS;
const ROLES = Object.keys(DEMO_ACCOUNTS) as DemoRole[];

/** What each role's home must show: its own areas and nothing of anyone else's. */
async function checkHome(page: Page, role: DemoRole, lang: Lang): Promise<string[]> {
  const problems: string[] = [];
  const scopes = page.getByTestId('home-scope');
  if (role === 'reviewer') {
    await page.getByTestId('reviewer-empty').waitFor();
    if ((await scopes.count()) !== 0) problems.push('a reviewer home shows project scopes');
    return problems;
  }
  await scopes.first().waitFor();
  const headings = await scopes.locator('h2').allTextContents();
  const expected: Partial<Record<DemoRole, RegExp>> = {
    po: lang === 'ja' ? /次世代がん医療創生研究事業/ : /Cancer/i,
    ps: lang === 'ja' ? /革新的がん医療実用化研究事業/ : /Cancer/i,
    pd: lang === 'ja' ? /医薬品/ : /Drug/i,
    dc: lang === 'ja' ? /がん/ : /Cancer/i,
    researcher: lang === 'ja' ? /参加している課題/ : /Projects you work on/,
    executive: lang === 'ja' ? /機構全体/ : /agency/,
  };
  // A PO of one program sees exactly that program; every role sees one area in the demo.
  if (headings.length !== 1) problems.push(`${role} home shows ${headings.length} areas: ${headings.join(' / ')}`);
  const want = expected[role];
  if (want && !want.test(headings.join(' '))) problems.push(`${role} home shows ${headings.join(' / ')}, expected ${want}`);
  if (role === 'researcher' && (await page.getByTestId('home-item').count()) === 0) problems.push('a researcher home has no items');
  return problems;
}

describe.skipIf(!e2e.enabled)('every page, for every role, in both languages', () => {
  useServer();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`lands each role on its own home and passes axe and the ${lang} language check on every page`, async () => {
      const problems: string[] = [];
      for (const role of ROLES) {
        // The browser's language chooses the first language: en-US gets English without a choice being made.
        const context = await browser.newContext({
          baseURL: e2e.baseURL,
          locale: lang === 'ja' ? 'ja-JP' : 'en-US',
          timezoneId: 'Asia/Tokyo',
          viewport: { width: 1440, height: 960 },
          // axe-core is injected as an inline script, which the app's CSP (rightly) refuses.
          bypassCSP: true,
        });
        context.setDefaultTimeout(20_000);
        const res = await context.request.post('/api/v1/auth/login', { data: { email: DEMO_ACCOUNTS[role], password: DEMO_PASSWORD } });
        expect(res.status(), role).toBe(200);
        const page = await context.newPage();
        for (const spec of PAGES) {
          if (spec.roles && !spec.roles.includes(role)) continue;
          const where = `${role}/${lang}/${spec.name}`;
          const target = typeof spec.path === 'string' ? spec.path : await spec.path(page);
          await page.goto(target);
          await page.locator(spec.ready).first().waitFor();
          await page
            .locator('[role="status"][aria-live="polite"]')
            .waitFor({ state: 'detached' })
            .catch(() => undefined);
          if ((await page.evaluate(() => document.documentElement.lang)) !== lang) problems.push(`${where}: <html lang> is not ${lang}`);
          if (spec.name === 'home') {
            for (const p of await checkHome(page, role, lang)) problems.push(`${where}: ${p}`);
            if (SHOTS) {
              fs.mkdirSync(SHOTS, { recursive: true });
              await page.screenshot({ path: path.join(SHOTS, `home-${role}-${lang}.png`), fullPage: true });
            }
          }
          for (const v of await seriousAxeViolations(page))
            problems.push(`${where}: axe ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
          const foreign = await otherLanguageText(page, lang);
          if (foreign.length) problems.push(`${where}: text of the other language: ${foreign.slice(0, 8).join(' | ')}`);
          const overflow = await horizontalOverflow(page);
          if (overflow > 0) problems.push(`${where}: the page is ${overflow}px wider than the window`);
        }
        // Staff-only pages do not exist for researchers and reviewers.
        if (!AGENCY.includes(role)) {
          await page.goto('/overview');
          await page.getByTestId('not-found').waitFor();
          if (await page.getByRole('link', { name: lang === 'ja' ? '概況' : 'Overview', exact: true }).count())
            problems.push(`${role}/${lang}: the overview is in the navigation`);
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    }, 600_000);
  }
});
