import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearShort, money, moneyExact } from './format.ts';

describe('display formats', () => {
  it('shows fiscal years the Japanese way in Japanese and as FY in English', () => {
    expect(fiscalYearLabel(2024, 'ja')).toBe('2024年度（令和6年度）');
    expect(fiscalYearLabel(2019, 'ja')).toBe('2019年度（令和元年度）');
    expect(fiscalYearShort(2024, 'ja')).toBe('令和6年度');
    expect(fiscalYearLabel(2024, 'en')).toBe('FY2024');
  });

  it('shows money in 億円 and 万円 in Japanese and in billions in English', () => {
    expect(money(124_500_000_000, 'ja')).toBe('1,245億円');
    expect(money(38_000_000, 'ja')).toBe('3,800万円');
    expect(moneyExact(380_000_000, 'ja')).toBe('3億8,000万円');
    expect(money(124_500_000_000, 'en')).toBe('¥124.5 billion');
    expect(moneyExact(380_000_000, 'en')).toBe('¥380,000,000');
  });
});
