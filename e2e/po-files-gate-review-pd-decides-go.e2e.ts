import { describe, expect, it } from 'vitest';
import { signIn, text } from './harness.ts';
import { e2e, useBrowserPage } from './journey.ts';

type Found = { id: number; stage: string } | null;

describe.skipIf(!e2e.enabled)('a stage gate from review to decision', () => {
  const { page } = useBrowserPage();
  let project: Found = null;

  it('lets the PO of 次世代がん事業 file a gate review with evidence and scores', async () => {
    const p = page();
    await signIn(p, 'po@seedline.example');
    await p.getByTestId('current-user').waitFor();
    // An active project of the PO's program that faces a gate and has no review awaiting decision.
    project = await p.evaluate(async (): Promise<Found> => {
      const get = async (url: string) => (await fetch(`/api/v1${url}`, { credentials: 'same-origin' })).json();
      const programs = await get('/catalog/programs');
      const program = programs.items.find((x: { code: string }) => x.code === 'JISEDAI-GAN');
      const list = await get(`/projects?program=${program.id}&status=active&pageSize=200`);
      for (const item of list.items as { id: number }[]) {
        const g = await get(`/projects/${item.id}/gates`);
        if (g.nextGate && !g.reviews.some((r: { status: string }) => r.status === 'submitted')) return { id: item.id, stage: g.stage };
      }
      return null;
    });
    expect(project).not.toBeNull();
    await p.goto(`/projects/${project?.id}`);
    const section = p.getByTestId('steering-section');
    await section.getByRole('heading', { name: 'マイルストーン・進捗報告・ステージゲート' }).waitFor();
    const stageBefore = await text(section.getByTestId('gate-stage'));
    await section.getByRole('button', { name: 'ゲート評価を登録' }).click();
    const form = section.getByTestId('gate-review-form');
    await form.getByLabel('評価の概要').fill('前臨床試験で薬効を確認した。');
    await form.getByLabel('根拠資料').fill('薬効薬理試験報告書\n知財調査報告書');
    await form.getByRole('button', { name: '登録する' }).click();
    await section.getByText('判断待ち').waitFor();
    expect(await text(section.getByTestId('gate-review').first())).toContain('薬効薬理試験報告書');
    // a PO records no decision
    expect(await section.getByTestId('decision-form').count()).toBe(0);
    expect(await text(section.getByTestId('gate-stage'))).toBe(stageBefore);
  });

  it('lets the PD decide Go: the project moves to its next stage and shows who decided and why', async () => {
    const p = page();
    await p.getByRole('button', { name: 'サインアウト' }).click();
    await p.waitForURL(/\/sign-in/);
    await signIn(p, 'pd@seedline.example');
    await p.getByTestId('current-user').waitFor();
    await p.goto(`/projects/${project?.id}`);
    const section = p.getByTestId('steering-section');
    const form = section.getByTestId('decision-form');
    await form.waitFor();
    const stageBefore = await text(section.getByTestId('gate-stage'));
    await form.getByLabel('判断理由').fill('すべての評価項目で基準を満たした。');
    await form.getByRole('button', { name: '判断を記録する' }).click();
    await section.getByTestId('gate-decision').first().waitFor();
    expect(await text(section.getByTestId('gate-decision').first())).toBe('Go（移行）');
    await expect.poll(() => text(section.getByTestId('gate-stage')), { timeout: 10_000 }).not.toBe(stageBefore);
    const review = await text(section.getByTestId('gate-review').first());
    expect(review).toContain('すべての評価項目で基準を満たした。');
    expect(review).toContain('判断者');
    expect(review).toContain(`${stageBefore} → ${await text(section.getByTestId('gate-stage'))}`);
  });
});
