import { describe, expect, it } from 'vitest';
import { choose, signIn, text } from './harness.ts';
import { e2e, useBrowserPage } from './journey.ts';

/** From call to award without review (review is integrated later): staff, researcher, staff. */
describe.skipIf(!e2e.enabled)('staff open a call, a researcher applies, staff adopt', () => {
  const { page } = useBrowserPage();
  let callUrl = '';
  let applicationUrl = '';

  async function switchTo(email: string) {
    const p = page();
    await p.getByRole('button', { name: 'サインアウト' }).click();
    await p.waitForURL(/\/sign-in/);
    await signIn(p, email);
  }

  it('staff create and publish a call with a deadline in Japan time', async () => {
    const p = page();
    await signIn(p, 'staff@seedline.example');
    await p.goto('/calls/new');
    await p.getByLabel('公募コード').fill('E2E-2026');
    await choose(p, '事業', /革新的がん医療実用化研究事業/);
    await p.getByLabel('公募名（日本語）').fill('試験用 令和8年度 公募');
    await p.getByLabel('公募名（英語）').fill('E2E FY2026 call');
    await p.getByLabel('締切（日本時間）').fill('2030-12-27T12:00');
    await p.getByLabel('公募予算（円）').fill('500000000');
    await p.getByLabel(/提出書類/).fill('');
    await p.getByRole('button', { name: '作成する' }).click();
    await p.waitForURL(/\/calls\/\d+$/);
    callUrl = new URL(p.url()).pathname;
    expect(await text(p.getByTestId('call-phase'))).toBe('準備中');
    await p.getByRole('button', { name: '公募を開始' }).click();
    await expect.poll(() => text(p.getByTestId('call-phase'))).toBe('受付中');
    // Anyone sees it among the open calls, without signing in.
    const anon = await p.context().browser()!.newContext({ baseURL: e2e.baseURL, locale: 'ja-JP' });
    const pub = await anon.newPage();
    await pub.goto('/open-calls');
    await pub.getByTestId('call-table').waitFor();
    expect(await text(pub.getByTestId('call-table'))).toContain('試験用 令和8年度 公募');
    await anon.close();
  });

  it('a researcher drafts, saves and submits an application before the deadline', async () => {
    const p = page();
    await switchTo('researcher@seedline.example');
    await p.goto(callUrl);
    await p.getByRole('button', { name: 'この類型で応募する' }).click();
    await p.waitForURL(/\/applications\/\d+$/);
    applicationUrl = new URL(p.url()).pathname;
    await p.getByLabel('研究開発課題名（日本語）').fill('膵がん術後再発の血液モニタリング');
    await p.getByLabel('研究開発課題名（英語）').fill('Blood monitoring of pancreatic cancer recurrence');
    await p.getByLabel('研究開発の概要（日本語）').fill('APOA2-iTQを術後の再発監視に応用する。');
    await p.getByLabel('研究開発の概要（英語）').fill('We apply APOA2-iTQ to monitoring recurrence after surgery.');
    await p.getByLabel('患者・市民参画（PPI）の取組計画を記載してください。').fill('患者会と年2回協議する。');
    await p.getByLabel('2026年度').fill('30000000');
    await p.getByLabel('2027年度').fill('30000000');
    await p.getByRole('button', { name: '一時保存' }).click();
    await p.getByText('保存しました。').waitFor();
    p.once('dialog', (d) => void d.accept());
    await p.getByRole('button', { name: '提出する' }).click();
    await expect.poll(() => text(p.getByTestId('application-status'))).toBe('提出済');
    expect(await text(p.getByTestId('application-history'))).toContain('提出済');
  });

  it('staff close the call, adopt with a reduced budget, and the award appears as a project with its budget', async () => {
    const p = page();
    await switchTo('staff@seedline.example');
    await p.goto(callUrl);
    await p.getByRole('button', { name: '受付を締め切り審査へ' }).click();
    await expect.poll(() => text(p.getByTestId('call-phase'))).toBe('審査中');
    await p.getByTestId('call-applications').getByRole('link', { name: '膵がん術後再発の血液モニタリング' }).click();
    await p.waitForURL((u) => u.pathname === applicationUrl);
    await p.getByRole('region', { name: '採否を決定' }).waitFor();
    await p.getByLabel(/2027年度 採択額/).fill('25000000');
    await p.getByRole('button', { name: '決定する' }).click();
    await p.getByTestId('award-project').waitFor();
    expect(await text(p.getByTestId('application-status'))).toBe('採択');
    await p.getByRole('link', { name: '課題を開く' }).click();
    await p.waitForURL(/\/projects\/\d+$/);
    await p.getByRole('heading', { level: 1, name: /膵がん術後再発の血液モニタリング/ }).waitFor();
    // The project page, not the application page still on screen while the next one loads.
    await p.getByTestId('budget-section').waitFor();
    const page_ = await text(p.locator('main'));
    expect(page_).toContain('3,000万円');
    expect(page_).toContain('2,500万円');
  });
});
