import { describe, expect, it } from 'vitest';
import { signIn, text } from './harness.ts';
import { e2e, useBrowserPage } from './journey.ts';

describe.skipIf(!e2e.enabled)('a program officer signs in', () => {
  const { page } = useBrowserPage();

  it('sends an anonymous visitor to sign-in, then lands on the overview of the latest fiscal year with money', async () => {
    const p = page();
    await p.goto('/projects');
    await p.waitForURL(/\/sign-in\?redirect=/);
    await signIn(p, 'po@seedline.example');
    // Deep links survive sign-in; the overview is one click away in the navigation.
    await p.waitForURL((u) => u.pathname === '/projects');
    await p.getByRole('link', { name: '概況' }).click();
    await p.waitForURL((u) => u.pathname === '/overview');
    await p.getByRole('heading', { level: 1, name: /概況/ }).waitFor();
    // the demo's money runs to FY2025, so that is where the overview opens
    await p.getByRole('heading', { level: 1, name: /2025年度（令和7年度）/ }).waitFor();
    await p.getByTestId('overview-project-count').waitFor();
    expect(await text(p.getByTestId('overview-project-count'))).toMatch(/^[\d,]+件$/);
    expect(await text(p.getByTestId('overview-total'))).toMatch(/^[\d,.]+億円$/);
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
