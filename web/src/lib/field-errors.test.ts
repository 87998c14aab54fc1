import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { ProjectPatch } from '../../../src/modules/projects/projects.schemas.ts';
import { en } from '../i18n/en.ts';
import { ja } from '../i18n/ja.ts';
import { fieldMessage, serverFieldProblems, zodFieldProblems } from './field-errors.ts';

await i18n.init({ resources: { ja: { translation: ja }, en: { translation: en } }, lng: 'ja', interpolation: { escapeValue: false } });

describe('field messages', () => {
  it("turn the server schema's own issues into messages in the UI language", async () => {
    const r = ProjectPatch.safeParse({ version: 1, titleJa: '', titleEn: 'x'.repeat(501) });
    expect(r.success).toBe(false);
    const problems = r.success ? [] : zodFieldProblems(r.error);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(fieldMessage(byPath.titleJa!, '課題名（日本語）', i18n.t)).toBe('課題名（日本語）を入力してください。');
    expect(fieldMessage(byPath.titleEn!, '課題名（英語）', i18n.t)).toBe('課題名（英語）は500文字以内で入力してください。');
    await i18n.changeLanguage('en');
    expect(fieldMessage(byPath.titleJa!, 'Title (Japanese)', i18n.t)).toBe('Enter the Title (Japanese).');
    await i18n.changeLanguage('ja');
  });

  it("map the server's field errors by field, whatever the path style", () => {
    const [p] = serverFieldProblems([{ path: '/endFiscalYear', message: 'before startFiscalYear' }]);
    expect(p).toMatchObject({ path: 'endFiscalYear', code: 'end_before_start' });
    expect(fieldMessage(p!, '終了年度', i18n.t)).toBe('終了年度は開始年度以降にしてください。');
    expect(serverFieldProblems([{ path: 'body.stage', message: 'not a stage of this modality' }])[0]).toMatchObject({
      path: 'stage',
      code: 'invalid',
    });
  });
});
