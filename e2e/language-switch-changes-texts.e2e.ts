import { describe, expect, it } from 'vitest';
import { signIn, text } from './harness.ts';
import { e2e, useBrowserPage } from './journey.ts';

describe.skipIf(!e2e.enabled)('switching the language', () => {
  const { page } = useBrowserPage();

  it('shows English texts after switching to English, keeps them across a reload, and returns to Japanese', async () => {
    const p = page();
    await signIn(p, 'pd@seedline.example');
    const nav = p.getByRole('navigation');
    await nav.getByRole('link', { name: '課題一覧' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('ja');

    await p.locator('label', { hasText: 'English' }).click();
    await nav.getByRole('link', { name: 'Projects' }).waitFor();
    await nav.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    await p.getByRole('button', { name: 'Sign out' }).waitFor();
    await p.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    expect(await text(p.locator('main'))).toMatch(/FY\d{4}/);

    await p.reload();
    await nav.getByRole('link', { name: 'Projects' }).waitFor();

    await p.locator('label', { hasText: '日本語' }).click();
    await nav.getByRole('link', { name: '課題一覧' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('ja');
    await p.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    expect(await text(p.locator('main'))).toMatch(/年度/);
  });
});
