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
    // It opens on the latest fiscal year with money: FY2025 in the demo, later once another
    // journey on the same server has awarded a project from a FY2026 call.
    const heading = p.getByRole('heading', { level: 1, name: /\d{4}年度（令和\d+年度）/ });
    await heading.waitFor();
    const shown = Number((await text(heading)).match(/(\d{4})年度/)?.[1]);
    expect(shown).toBeGreaterThanOrEqual(2025);
    expect(shown).toBeLessThanOrEqual(2027); // the award journey funds FY2026 and FY2027
    await p.getByTestId('overview-project-count').waitFor();
    expect(await text(p.getByTestId('overview-project-count'))).toMatch(/^[\d,]+件$/);
    // Under 1億円 (a later year holding only the award journey's project) the total reads in 万円.
    expect(await text(p.getByTestId('overview-total'))).toMatch(/^[\d,.]+(億|万)円$/);
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
