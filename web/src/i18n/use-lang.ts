import { useTranslation } from 'react-i18next';
import type { Lang } from './index.ts';

/** The current UI language; components re-render when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'ja';
}
