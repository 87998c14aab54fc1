/** A UI language of the app. */
export type Lang = 'ja' | 'en';

/** The first of the browser's languages that the app speaks (en-US → English); Japanese otherwise. */
export function browserLanguage(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Lang {
  for (const tag of languages) {
    const l = tag.toLowerCase();
    if (l.startsWith('ja')) return 'ja';
    if (l.startsWith('en')) return 'en';
  }
  return 'ja';
}
