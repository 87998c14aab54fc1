/**
 * Checks every page must pass, as reusable helpers: axe-core (no serious or critical
 * violation of WCAG 2.1 A/AA) and "no string of the other language". A later page is covered
 * by adding its path to PAGES below; the walk in every-role-every-page.e2e.ts visits each
 * page once per role and language.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { en } from '../web/src/i18n/en.ts';
import { ja } from '../web/src/i18n/ja.ts';
import { ROOT } from './harness.ts';

export type Lang = 'ja' | 'en';
export type DemoRole = 'admin' | 'executive' | 'pd' | 'ps' | 'po' | 'dc' | 'staff' | 'reviewer' | 'researcher';

/** The demo sign-in of each role (src/modules/demo/generate.users.ts). */
export const DEMO_ACCOUNTS: Record<DemoRole, string> = {
  admin: 'admin@seedline.example',
  executive: 'executive@seedline.example',
  pd: 'pd@seedline.example',
  ps: 'ps@seedline.example',
  po: 'po@seedline.example',
  dc: 'dc@seedline.example',
  staff: 'staff@seedline.example',
  reviewer: 'reviewer@seedline.example',
  researcher: 'researcher@seedline.example',
};

export const AGENCY: DemoRole[] = ['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff'];

/**
 * Every page of the app. `path` may be a function of the page already open (to reach a record
 * the role can see); `roles` limits a page to the roles that have it (default: every role).
 */
export type PageSpec = {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  roles?: DemoRole[];
  /** A selector that is on screen once the page has loaded. */
  ready: string;
};

const firstProjectOfList = async (page: Page): Promise<string> => {
  const href = await page.locator('[data-testid="project-table"] a[href^="/projects/"]').first().getAttribute('href');
  if (!href) throw new Error('the project list shows no project to open');
  return href;
};

export const PAGES: PageSpec[] = [
  { name: 'home', path: '/', ready: 'h1' },
  { name: 'overview', path: '/overview', roles: AGENCY, ready: '[data-testid="overview-total"]' },
  { name: 'catalog', path: '/catalog', ready: 'h1' },
  { name: 'projects', path: '/projects', ready: '[data-testid="project-table"]' },
  // Opened from the project list just visited.
  { name: 'project', path: firstProjectOfList, ready: '[data-testid="budget-section"]' },
  { name: 'jobs', path: '/jobs', roles: AGENCY, ready: 'h1' },
  { name: 'not-found', path: '/no-such-page', ready: '[data-testid="not-found"]' },
];

const AXE_PATH = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export type AxeViolation = { id: string; impact: string; help: string; targets: string[] };

/** Runs axe-core in the page; returns the serious and critical violations of WCAG 2.x A/AA. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => String(n.target.join(' '))),
      }));
  });
}

function strings(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? strings(v) : []));
}

/** English UI strings that are not also Japanese UI strings (brand names, abbreviations). */
const EN_ONLY = (() => {
  const jaSet = new Set(strings(ja));
  return new Set(strings(en).filter((s) => !jaSet.has(s) && !s.includes('{{') && /[a-z]{3}/.test(s)));
})();

/**
 * Visible text of the other language, names and titles of records aside (elements marked
 * data-record, or with a lang attribute of their own: a Japanese title shown on purpose).
 */
export async function otherLanguageText(page: Page, lang: Lang): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const value = n.textContent?.trim() ?? '';
      if (!el || !value) continue;
      if (el.closest('[data-record], script, style, [aria-hidden="true"]')) continue;
      const langOf = el.closest('[lang]')?.getAttribute('lang');
      if (langOf && langOf !== document.documentElement.lang) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      out.push(value);
    }
    return out;
  });
  if (lang === 'en') return [...new Set(texts.filter((s) => /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/.test(s)))];
  return [...new Set(texts.filter((s) => EN_ONLY.has(s)))];
}

/** Layout checks: nothing wider than the window (no sideways scrolling of the whole page). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
