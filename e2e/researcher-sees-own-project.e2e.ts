import { describe, expect, it } from 'vitest';
import { signIn, text } from './harness.ts';
import { e2e, useBrowserPage } from './journey.ts';

describe.skipIf(!e2e.enabled)('a researcher signs in', () => {
  const { page } = useBrowserPage();

  it('finds their own APOA2-iTQ project in the project list and opens it', async () => {
    const p = page();
    await signIn(p, 'researcher@seedline.example');
    await p.goto('/projects?q=APOA2');
    const table = p.getByTestId('project-table');
    await table.waitFor();
    expect(Number((await text(p.getByTestId('result-count'))).match(/^([\d,]+)件/)?.[1])).toBeGreaterThan(0);
    await table.getByRole('link').first().click();
    await p.waitForURL(/\/projects\/\d+$/);
    await p.getByRole('heading', { level: 1 }).waitFor();
    expect(await text(p.getByRole('region', { name: '研究開発の概要' }))).toContain('APOA2');
    const team = await text(p.getByRole('region', { name: '研究開発体制' }).first());
    expect(team).toContain('研究開発代表者');
    // The signed-in researcher is the PI named on the project.
    const me = await text(p.getByTestId('current-user'));
    expect(team).toContain(me.trim());
  });

  it('narrows the list to the projects they work on, their unpublished one included', async () => {
    const p = page();
    await p.goto('/projects');
    await p.getByTestId('project-table').waitFor();
    const count = async () => Number((await text(p.getByTestId('result-count'))).match(/^([\d,]+)件/)?.[1]?.replace(/,/g, ''));
    const all = await count();
    await p.getByLabel('自分が参加している課題のみ表示').check();
    await p.waitForURL(/mine=true/);
    await expect.poll(count, { timeout: 10_000 }).toBeLessThan(all);
    // the two APOA2-iTQ projects and the unpublished follow-up
    expect(await count()).toBeGreaterThanOrEqual(3);
  });
});
