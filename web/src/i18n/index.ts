import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { browserLanguage } from './browser-language.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';

export type { Lang } from './browser-language.ts';

import type { Lang } from './browser-language.ts';

const STORAGE_KEY = 'seedline.lang';

function storedLanguage(): Lang | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'ja' ? v : null;
  } catch {
    return null;
  }
}

/** The language chosen before on this browser, else the browser's own. */
export function initialLanguage(): Lang {
  return storedLanguage() ?? browserLanguage();
}

export function hasStoredLanguage(): boolean {
  return storedLanguage() !== null;
}

export function currentLanguage(): Lang {
  return i18n.language === 'en' ? 'en' : 'ja';
}

/** Switches the UI language, remembers it and tells assistive technology via <html lang>. */
export async function setLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  await i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng === 'en' ? 'en' : 'ja';
});

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'ja',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = currentLanguage();

export default i18n;
