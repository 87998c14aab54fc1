import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { joinNames, personName, scriptLang } from '../../lib/format.ts';

/** Names of the people holding a post (PD, PS, PO, DC), or "vacant". */
export function PeopleList({ label, people }: { label: string; people: { userId: number; displayName: string; displayNameEn: string }[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Group gap={6} wrap="wrap" align="baseline">
      <Text size="xs" c="dimmed" fw={600} className="nowrap">
        {label}
      </Text>
      {people.length ? (
        <Text size="sm" data-record lang={scriptLang(people.map((p) => personName(p, lang)).join(''))}>
          {joinNames(
            people.map((p) => personName(p, lang)),
            lang,
          )}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('catalog.vacant')}
        </Text>
      )}
    </Group>
  );
}
