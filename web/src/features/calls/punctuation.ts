import type { Lang } from '../../i18n/index.ts';

/** Separators that belong to the page's language: 「・」「：」 in Japanese, " · " and ": " in English. */
export const sep = (lang: Lang) => (lang === 'ja' ? '・' : ' · ');
export const colon = (lang: Lang) => (lang === 'ja' ? '：' : ': ');
