import { describe, expect, it } from 'vitest';
import { text } from './harness.ts';
import { e2e, useBrowserPage } from './journey.ts';

describe.skipIf(!e2e.enabled)('signing in with a wrong password', () => {
  const { page } = useBrowserPage();

  it('stays on sign-in and shows the server message in Japanese', async () => {
    const p = page();
    await p.goto('/sign-in');
    await p.getByLabel('メールアドレス').fill('po@seedline.example');
    await p.getByLabel('パスワード').fill('not-the-password');
    await p.getByRole('button', { name: 'サインイン' }).click();
    const alert = p.getByRole('alert');
    await alert.waitFor();
    const message = await text(alert);
    expect(message).toContain('サインインできませんでした');
    expect(message).toContain('メールアドレスまたはパスワードが正しくありません。');
    expect(new URL(p.url()).pathname).toBe('/sign-in');
  });
});
