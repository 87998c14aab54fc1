import { Badge, Button, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '../../../src/modules/people/roles.ts';
import { useSignOut } from '../api/auth/mutations.ts';
import { sessionQuery } from '../api/auth/queries.ts';
import type { RoleAssignment } from '../api/types.ts';
import { type Lang, setLanguage } from '../i18n/index.ts';
import { useLang } from '../i18n/use-lang.ts';
import { personName, scriptLang } from '../lib/format.ts';

/** 'プログラム・オフィサー（PO）' → 'PO'; labels without an abbreviation stay whole. */
function shortRole(label: string): string {
  const m = /[（(]([A-Z]{2,3})[）)]/.exec(label);
  return m?.[1] ?? label;
}

function roleText(r: RoleAssignment, lang: Lang) {
  const full = ROLE_LABELS[r.role][lang];
  const scope = lang === 'en' ? r.scopeNameEn || r.scopeNameJa : r.scopeNameJa || r.scopeNameEn;
  const sep = lang === 'ja' ? '・' : ' · ';
  return {
    short: scope ? `${shortRole(full)}${sep}${scope}` : shortRole(full),
    full: scope ? `${full}${lang === 'ja' ? '：' : ': '}${scope}` : full,
  };
}

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={lang}
      onChange={(v) => void setLanguage(v === 'en' ? 'en' : 'ja')}
      data={[
        // Each language is named in itself, marked so that it is read in that language.
        { value: 'ja', label: <span lang="ja">{t('header.languageJa')}</span> },
        { value: 'en', label: <span lang="en">{t('header.languageEn')}</span> },
      ]}
    />
  );
}

export function UserBar() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useQuery(sessionQuery()).data;
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = session?.user;

  return (
    <Group gap="md" wrap="nowrap">
      {user && (
        <Stack gap={2} align="flex-end" visibleFrom="sm" aria-label={t('header.signedInAs')}>
          <Text size="sm" fw={600} data-testid="current-user" data-record lang={scriptLang(personName(user, lang))}>
            {personName(user, lang)}
          </Text>
          <Group gap={4} wrap="nowrap" aria-label={t('header.roles')}>
            {user.roles.slice(0, 3).map((r) => {
              const text = roleText(r, lang);
              return (
                <Tooltip key={`${r.role}:${r.scopeId ?? ''}`} label={text.full} withArrow>
                  <Badge
                    size="xs"
                    variant="light"
                    radius="sm"
                    maw={220}
                    title={text.full}
                    styles={{ root: { overflow: 'hidden' }, label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
                  >
                    {text.short}
                  </Badge>
                </Tooltip>
              );
            })}
            {user.roles.length > 3 && (
              <Badge size="xs" variant="outline" radius="sm">
                +{user.roles.length - 3}
              </Badge>
            )}
          </Group>
        </Stack>
      )}
      <LanguageSwitch />
      <Button
        size="xs"
        variant="default"
        loading={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate({ to: '/sign-in', search: {} }) })}
      >
        {t('header.signOut')}
      </Button>
    </Group>
  );
}
