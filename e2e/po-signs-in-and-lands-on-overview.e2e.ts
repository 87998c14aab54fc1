import { describe, expect, it } from 'vitest';
import { signIn, text } from './harness.ts';
import { e2e, useBrowserPage } from './journey.ts';

describe.skipIf(!e2e.enabled)('a program officer signs in', () => {
  const { page } = useBrowserPage();

  it('sends an anonymous visitor to sign-in, then lands on the overview of the current fiscal year', async () => {
    const p = page();
    await p.goto('/projects');
    await p.waitForURL(/\/sign-in\?redirect=/);
    await signIn(p, 'po@seedline.example');
    // Deep links survive sign-in; the overview is the home page.
    await p.waitForURL((u) => u.pathname === '/projects');
    await p.getByRole('link', { name: '概況' }).click();
    await p.waitForURL((u) => u.pathname === '/');
    await p.getByRole('heading', { level: 1, name: /概況/ }).waitFor();
    expect(await text(p.getByRole('heading', { level: 1 }))).toMatch(/\d{4}年度（令和\d+年度）/);
    await p.getByTestId('overview-project-count').waitFor();
    expect(await text(p.getByTestId('overview-project-count'))).toMatch(/^[\d,]+件$/);
    expect(await text(p.getByTestId('overview-total'))).toMatch(/円$/);
    await p.getByRole('heading', { name: '統合プロジェクト別' }).waitFor();
  });

  it('shows the signed-in user with the PO role of 次世代がん事業 in the header', async () => {
    const p = page();
    await p.getByTestId('current-user').waitFor();
    const header = await text(p.locator('header'));
    expect(header).toContain('PO');
    expect(header).toMatch(/次世代がん/);
    expect(header).toContain('サインアウト');
  });
});
