import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { text } from './harness.ts';
import { e2e, useBrowserPage } from './journey.ts';

const APOA2_TITLE = /膵外分泌機能を評価する血液バイオマーカー/;

async function searchFor(p: Page, q: string) {
  await p.goto(`/portal?q=${encodeURIComponent(q)}`);
  await p.getByTestId('portal-total').waitFor({ state: 'attached' });
  await p.waitForFunction(() => document.querySelector('[data-testid="portal-total"]')?.getAttribute('data-total') !== '', undefined, {
    timeout: 60_000,
  });
}

/** Clicks "show more" until the APOA2 project is listed (results are paged by cursor). */
async function findApoa2(p: Page): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    if ((await p.getByTestId('portal-result').filter({ hasText: APOA2_TITLE }).count()) > 0) return true;
    const more = p.getByRole('button', { name: /さらに表示|Show more/ });
    if ((await more.count()) === 0) return false;
    await more.click();
    await p.waitForTimeout(300);
  }
  return false;
}

describe.skipIf(!e2e.enabled)('the public portal, without signing in', () => {
  const { page } = useBrowserPage();

  it.each([
    ['膵癌'],
    ['すい臓がん'],
    ['早期膵がん診断法'],
    ['宮坂'],
    ['Miyasaka'],
    ['biomarker'],
  ])('finds the APOA2-iTQ project by %s', async (q) => {
    const p = page();
    await searchFor(p, q);
    expect(await findApoa2(p), q).toBe(true);
  });

  it('marks the match, says the sort in force, and shows program facets adding up to the total', async () => {
    const p = page();
    await searchFor(p, '膵癌');
    expect(await text(p.getByTestId('portal-sort'))).toContain('関連度順');
    expect(await p.locator('[data-testid="portal-result"] mark').first().textContent()).toMatch(/膵/);
    const total = Number(await p.getByTestId('portal-total').getAttribute('data-total'));
    const counts = await p.getByTestId('facet-program').getByTestId('facet-count').allTextContents();
    expect(counts.length).toBeLessThan(30);
    expect(counts.reduce((s, c) => s + Number(c.replace(/,/g, '')), 0)).toBe(total);
  });

  it('opens the project with its outcomes, lineage, similar projects and schema.org JSON-LD, in English too', async () => {
    const p = page();
    await p.getByTestId('portal-result').filter({ hasText: APOA2_TITLE }).getByRole('link').first().click();
    await p.waitForURL(/\/portal\/projects\/\d+$/);
    await p.getByRole('heading', { level: 1, name: APOA2_TITLE }).waitFor();
    await p
      .getByTestId('portal-outcomes')
      .getByText(/APOA2|承認|薬事/)
      .first()
      .waitFor();
    expect(await p.getByTestId('portal-lineage').locator('p').count()).toBeGreaterThan(1);
    await p.getByTestId('portal-similar').getByRole('link').first().waitFor();
    const ld = JSON.parse((await p.locator('script#project-jsonld').textContent()) ?? '{}') as { '@type': string; identifier: string };
    expect(ld['@type']).toBe('ResearchProject');
    expect(ld.identifier).toMatch(/^JP/);
    await p.locator('label', { hasText: 'English' }).click();
    await p.getByRole('heading', { level: 1, name: /pancreatic cancer/i }).waitFor();
    await p.getByRole('heading', { name: 'Similar projects' }).waitFor();
  });
});
