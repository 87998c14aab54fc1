/**
 * Money is integer yen. Japanese readers count in 万 (10^4) and 億 (10^8):
 * 124,500,000,000 yen is 1,245億円; 38,000,000 yen is 3,800万円; 380,000,000 is 3億8,000万円.
 */
export const MAN = 10_000;
export const OKU = 100_000_000;

const group = (n: number) => n.toLocaleString('en-US');

/** Exact Japanese form: 3億8,000万円, 1,245億円, 3,800万円, 1,234円. */
export function formatYenJa(yen: number): string {
  if (!Number.isInteger(yen)) throw new RangeError('yen must be an integer');
  const sign = yen < 0 ? '-' : '';
  let rest = Math.abs(yen);
  const oku = Math.floor(rest / OKU);
  rest -= oku * OKU;
  const man = Math.floor(rest / MAN);
  const en = rest - man * MAN;
  let s = '';
  if (oku) s += `${group(oku)}億`;
  if (man) s += `${group(man)}万`;
  if (en || !s) s += group(en);
  return `${sign}${s}円`;
}

/** Rounded Japanese form for tables and totals: 1,245億円, 3.8億円, 3,800万円. */
export function formatYenJaCompact(yen: number): string {
  const abs = Math.abs(yen);
  const sign = yen < 0 ? '-' : '';
  if (abs >= 100 * OKU) return `${sign}${group(Math.round(abs / OKU))}億円`;
  if (abs >= OKU) return `${sign}${(Math.round((abs / OKU) * 10) / 10).toLocaleString('en-US')}億円`;
  if (abs >= MAN) return `${sign}${group(Math.round(abs / MAN))}万円`;
  return `${sign}${group(abs)}円`;
}

/** English form: ¥124.5 billion, ¥38.0 million, ¥1,234. */
export function formatYenEn(yen: number): string {
  const abs = Math.abs(yen);
  const sign = yen < 0 ? '-' : '';
  if (abs >= 1e9) return `${sign}¥${(abs / 1e9).toFixed(1)} billion`;
  if (abs >= 1e6) return `${sign}¥${(abs / 1e6).toFixed(1)} million`;
  return `${sign}¥${group(abs)}`;
}

export function formatYen(yen: number, locale: 'ja' | 'en', style: 'exact' | 'compact' = 'compact'): string {
  if (locale === 'en') return formatYenEn(yen);
  return style === 'exact' ? formatYenJa(yen) : formatYenJaCompact(yen);
}
