import { describe, expect, it } from 'vitest';
import { choose, signIn, text } from './harness.ts';
import { e2e, useBrowserPage } from './journey.ts';

describe.skipIf(!e2e.enabled)('searching the project list', () => {
  const { page } = useBrowserPage();

  it('filters by fiscal year and integrated project, keeping the filters in the URL', async () => {
    const p = page();
    await signIn(p, 'po@seedline.example');
    await p.getByRole('navigation').getByRole('link', { name: '課題一覧' }).click();
    await p.getByTestId('result-count').waitFor();
    await choose(p, '年度', '2021年度（令和3年度）');
    await p.waitForURL(/fiscalYear=2021/);
    await choose(p, '統合プロジェクト', '医薬品PJ');
    await p.waitForURL(/integratedProject=\d+/);
    await p.getByTestId('result-count').waitFor();
    expect(await text(p.getByTestId('result-count'))).toMatch(/件/);
  });

  it('finds the APOA2 project by 膵がん and shows its budget table and lineage chain with the 革新がん successor', async () => {
    const p = page();
    // Still filtered by FY2021 and 医薬品PJ from the previous step.
    await p.getByRole('searchbox', { name: 'キーワード' }).fill('膵がん');
    await p.getByRole('button', { name: '検索', exact: true }).click();
    await p.waitForURL(/q=/);
    const table = p.getByTestId('project-table');
    expect(new URL(p.url()).searchParams.get('fiscalYear')).toBe('2021');
    expect(new URL(p.url()).searchParams.get('integratedProject')).toMatch(/^\d+$/);
    // The APOA2-iTQ clinical development project of 革新がん事業 (its abstract names APOA2-iTQ).
    const link = table.getByRole('link', { name: /早期膵がんの診断法/ }).first();
    await link.waitFor();
    await link.click();
    await p.waitForURL(/\/projects\/\d+$/);
    await p.getByRole('heading', { level: 1, name: /早期膵がん/ }).waitFor();
    expect(await text(p.getByRole('region', { name: '研究開発の概要' }))).toContain('APOA2');

    const budget = p.getByTestId('budget-table');
    await budget.waitFor();
    expect(await text(budget)).toMatch(/合計/);
    expect(await text(p.getByTestId('budget-grand-total'))).toMatch(/円$/);

    const chain = p.getByTestId('lineage-chain');
    await chain.waitFor();
    const nodes = await chain.getByTestId('lineage-node').allTextContents();
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(nodes[0]).toMatch(/次世代がん/);
    expect(nodes.some((n) => /革新的?がん/.test(n))).toBe(true);
    // The 次世代がん project hands off to the 革新がん project, in that order.
    expect(nodes.findIndex((n) => /革新的?がん/.test(n))).toBeGreaterThan(0);
  });
});
