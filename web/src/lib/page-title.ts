import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Gives every page its own browser tab title: 「課題一覧 | Seedline」. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} | ${app}` : app;
  }, [title, app]);
}
