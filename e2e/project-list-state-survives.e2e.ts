import { describe, expect, it } from 'vitest';
import { signIn, text } from './harness.ts';
import { e2e, useBrowserPage } from './journey.ts';

const params = (url: string) => Object.fromEntries([...new URL(url).searchParams].sort());

describe.skipIf(!e2e.enabled)('the project list keeps its state', () => {
  const { page } = useBrowserPage();
  const titles = () => page().getByTestId('project-table').locator('tbody tr td:nth-child(2) a').allTextContents();

  it('comes back exactly as it was, by the breadcrumb and by the browser back button', async () => {
    const p = page();
    await signIn(p, 'po@seedline.example');
    await p.goto('/projects?fiscalYear=2024&sort=budget&order=desc&pageSize=20&page=2');
    await p.getByTestId('project-table').waitFor();
    const before = { url: params(p.url()), rows: await titles(), count: await text(p.getByTestId('result-count')) };
    expect(before.rows.length).toBe(20);

    await p.getByTestId('project-table').locator('tbody a').first().click();
    await p.getByTestId('budget-section').waitFor();
    await p.getByTestId('back-to-list').click();
    await p.getByTestId('project-table').waitFor();
    expect(params(p.url())).toEqual(before.url);
    expect(await text(p.getByTestId('result-count'))).toBe(before.count);
    expect(await titles()).toEqual(before.rows);

    await p.getByTestId('project-table').locator('tbody a').nth(3).click();
    await p.getByTestId('budget-section').waitFor();
    await p.goBack();
    await p.getByTestId('project-table').waitFor();
    expect(params(p.url())).toEqual(before.url);
    expect(await titles()).toEqual(before.rows);
  });

  it('names a filter in force even when it belongs to another period than the year shown', async () => {
    const p = page();
    await p.goto('/projects?integratedProject=10');
    await p.getByTestId('result-count').waitFor();
    const box = p.getByRole('combobox', { name: '統合プロジェクト', exact: true });
    await expect.poll(async () => box.inputValue()).not.toBe('');
    expect(await box.inputValue()).not.toMatch(/^#/);
  });

  it('says the list is sorted by relevance while searching, and answers an impossible page sensibly', async () => {
    const p = page();
    await p.goto('/projects?q=がん');
    await p.getByTestId('sorted-by-relevance').waitFor();
    expect(await p.locator('th[aria-sort="ascending"], th[aria-sort="descending"]').count()).toBe(0);

    await p.goto('/projects?page=999&pageSize=1000');
    await p.getByTestId('page-beyond').waitFor();
    await p.getByRole('button', { name: '最後のページへ' }).click();
    await p.getByTestId('project-table').waitFor();
    expect(Number(new URL(p.url()).searchParams.get('page') ?? '1')).toBeLessThan(999);
  });
});
