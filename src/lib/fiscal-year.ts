/**
 * Japanese fiscal years: FY2024 runs from 2024-04-01 to 2025-03-31.
 * Years are plain integers everywhere in Seedline.
 */
export function fiscalYearOf(date: Date, timeZone = 'Asia/Tokyo'): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(date);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return month >= 4 ? year : year - 1;
}

export function fiscalYearRange(fy: number): { startsOn: string; endsOn: string } {
  return { startsOn: `${fy}-04-01`, endsOn: `${fy + 1}-03-31` };
}

/** 令和6年度 for 2024, 令和元年度 for 2019, 平成30年度 for 2018. */
export function japaneseFiscalYear(fy: number): string {
  if (fy >= 2019) {
    const n = fy - 2018;
    return `令和${n === 1 ? '元' : n}年度`;
  }
  if (fy >= 1989) {
    const n = fy - 1988;
    return `平成${n === 1 ? '元' : n}年度`;
  }
  return `昭和${fy - 1925}年度`;
}

export function formatFiscalYear(fy: number, locale: 'ja' | 'en'): string {
  return locale === 'ja' ? `${fy}年度（${japaneseFiscalYear(fy)}）` : `FY${fy}`;
}

/** The fiscal years from start to end inclusive. */
export function fiscalYearsBetween(start: number, end: number): number[] {
  const out: number[] = [];
  for (let fy = start; fy <= end; fy++) out.push(fy);
  return out;
}
