import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalYearOf, fiscalYearRange, formatFiscalYear, japaneseFiscalYear } from './fiscal-year.ts';
import { localeFromHeader } from './locale.ts';
import { formatYenEn, formatYenJa, formatYenJaCompact } from './money.ts';
import { searchTextOf, tokenize, toTsQuery } from './text-search.ts';

describe('fiscal years', () => {
  it('runs from April to March in Japan time', () => {
    expect(fiscalYearOf(new Date('2024-04-01T00:00:00+09:00'))).toBe(2024);
    expect(fiscalYearOf(new Date('2025-03-31T23:59:59+09:00'))).toBe(2024);
    // 2024-03-31T15:30Z is already 1 April in Tokyo
    expect(fiscalYearOf(new Date('2024-03-31T15:30:00Z'))).toBe(2024);
    expect(fiscalYearOf(new Date('2024-03-31T14:59:00Z'))).toBe(2023);
    expect(fiscalYearRange(2024)).toEqual({ startsOn: '2024-04-01', endsOn: '2025-03-31' });
  });

  it('names years in the Japanese era', () => {
    expect(japaneseFiscalYear(2024)).toBe('令和6年度');
    expect(japaneseFiscalYear(2019)).toBe('令和元年度');
    expect(japaneseFiscalYear(2018)).toBe('平成30年度');
    expect(japaneseFiscalYear(2015)).toBe('平成27年度');
    expect(formatFiscalYear(2024, 'en')).toBe('FY2024');
    expect(formatFiscalYear(2024, 'ja')).toBe('2024年度（令和6年度）');
  });
});

describe('money', () => {
  it('writes yen the Japanese way', () => {
    expect(formatYenJa(124_500_000_000)).toBe('1,245億円');
    expect(formatYenJa(38_000_000)).toBe('3,800万円');
    expect(formatYenJa(380_000_000)).toBe('3億8,000万円');
    expect(formatYenJa(115_000_000)).toBe('1億1,500万円');
    expect(formatYenJa(1_234)).toBe('1,234円');
    expect(formatYenJa(0)).toBe('0円');
    expect(formatYenJaCompact(17_500_000_000)).toBe('175億円');
    expect(formatYenJaCompact(380_000_000)).toBe('3.8億円');
    expect(formatYenEn(124_500_000_000)).toBe('¥124.5 billion');
    expect(formatYenEn(38_000_000)).toBe('¥38.0 million');
  });

  it('round-trips every amount through the exact Japanese form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 15 }), (yen) => {
        const s = formatYenJa(yen);
        const m = /^(?:([\d,]+)億)?(?:([\d,]+)万)?([\d,]+)?円$/.exec(s);
        expect(m).not.toBeNull();
        const n = (x?: string) => (x ? Number(x.replace(/,/g, '')) : 0);
        expect(n(m![1]) * 1e8 + n(m![2]) * 1e4 + n(m![3])).toBe(yen);
      }),
    );
  });
});

describe('Japanese text search', () => {
  it('splits Japanese into words and keeps English words', () => {
    expect(tokenize('膵がんの早期診断 Early Detection')).toEqual(['膵', 'がん', 'の', '早期', '診断', 'early', 'detection']);
    expect(searchTextOf('迷走神経刺激', null, 'JOHAKU')).toBe('迷走 神経 刺激 johaku');
  });

  it('builds a prefix AND query that quotes every word, or none for an empty query', () => {
    expect(toTsQuery('膵がん biomarker')).toBe("'膵':* & 'がん':* & 'biomarker':*");
    expect(toTsQuery("o'brien")).toContain("''");
    expect(toTsQuery('  、。!! ')).toBeNull();
  });

  it('never produces a query Postgres would reject', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = toTsQuery(s);
        if (q !== null) expect(q).toMatch(/^'(?:[^']|'')+':\*(?: & '(?:[^']|'')+':\*)*$/);
      }),
    );
  });
});

describe('locale', () => {
  it('prefers Japanese unless English ranks higher', () => {
    expect(localeFromHeader(undefined)).toBe('ja');
    expect(localeFromHeader('en-US,en;q=0.9')).toBe('en');
    expect(localeFromHeader('fr, en;q=0.5, ja;q=0.8')).toBe('ja');
    expect(localeFromHeader('de')).toBe('ja');
  });
});
