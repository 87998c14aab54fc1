import { describe, expect, it } from 'vitest';
import { fiscalYearRange, fiscalYearSpan } from './format.ts';

describe('fiscal year spans', () => {
  it('put the Japanese era on both ends of a period and show a single year once', () => {
    expect(fiscalYearRange(2023, 2025, 'ja')).toBe('2023年度〜2025年度（令和5年度〜令和7年度）');
    expect(fiscalYearRange(2024, 2024, 'ja')).toBe('2024年度（令和6年度）');
    expect(fiscalYearRange(2023, 2025, 'en')).toBe('FY2023–FY2025');
    expect(fiscalYearRange(2024, 2024, 'en')).toBe('FY2024');
    expect(fiscalYearSpan(2024, 2024, 'ja')).toBe('2024年度');
    expect(fiscalYearSpan(2018, 2020, 'ja')).toBe('2018〜2020年度');
  });
});
