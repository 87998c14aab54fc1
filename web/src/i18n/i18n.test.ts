import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { ja } from './ja.ts';

function flatten(obj: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  const jaKeys = flatten(ja);
  const enKeys = flatten(en);

  it('have exactly the same keys in Japanese and English', () => {
    expect([...enKeys.keys()].sort()).toEqual([...jaKeys.keys()].sort());
  });

  it('have no empty values in either language', () => {
    for (const [lang, keys] of [
      ['ja', jaKeys],
      ['en', enKeys],
    ] as const) {
      for (const [key, value] of keys) {
        expect(typeof value, `${lang}:${key}`).toBe('string');
        expect(String(value).trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same interpolation placeholders in both languages', () => {
    for (const [key, value] of jaKeys) {
      expect(placeholders(String(enKeys.get(key) ?? '')), key).toEqual(placeholders(String(value)));
    }
  });

  it('write the Japanese catalog in Japanese', () => {
    const latinOnly = [...jaKeys].filter(([, v]) => {
      const text = String(v).replace(/\{\{\w+\}\}/g, '');
      return /[A-Za-z]/.test(text) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
    });
    // Brand names, role abbreviations, file formats (CSV, PNG, SVG, JSON, Excel), DOI and the name
    // of the English language are the only Japanese messages without kana or kanji.
    expect(latinOnly.map(([k]) => k).sort()).toEqual([
      'app.name',
      'catalog.dcShort',
      'catalog.officers',
      'catalog.supervisors',
      'databook.csv',
      'databook.png',
      'databook.svg',
      'header.languageEn',
      'outcomes.doi',
      'portal.downloadCsv',
      'portal.downloadJson',
      'portal.downloadXlsx',
    ]);
  });
});

describe('the first language', () => {
  it("follows the browser's first language the app speaks, Japanese when it speaks none", async () => {
    const { browserLanguage } = await import('./browser-language.ts');
    expect(browserLanguage(['en-US', 'ja'])).toBe('en');
    expect(browserLanguage(['fr-FR', 'ja-JP', 'en'])).toBe('ja');
    expect(browserLanguage(['de-DE'])).toBe('ja');
    expect(browserLanguage([])).toBe('ja');
  });
});
