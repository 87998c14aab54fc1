import { Anchor, Badge, Button, Card, Grid, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PortalItem, type PortalSearch, portalExportUrl, portalSearchQuery } from '../../api/portal/queries.ts';
import { AnchorLink } from '../../components/links.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { count } from '../../lib/format.ts';
import { FacetPanel } from './FacetPanel.tsx';
import { Highlighted } from './Highlighted.tsx';

function ResultCard({ item }: { item: PortalItem }) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = lang === 'ja' ? item.titleJa : item.titleEn;
  const marks = lang === 'ja' ? item.highlights.titleJa : item.highlights.titleEn;
  const snippet = lang === 'ja' ? item.snippetJa : item.snippetEn;
  return (
    <Card withBorder padding="sm" data-testid="portal-result">
      <Stack gap={4}>
        <AnchorLink to="/portal/projects/$projectId" params={{ projectId: item.id }} fw={600}>
          <Highlighted text={title} marks={marks} />
        </AnchorLink>
        <Text size="sm" c="dimmed">
          <Highlighted text={snippet.text} marks={snippet.marks} />
        </Text>
        <Group gap="xs">
          <Badge variant="light">{t('portal.years', { start: item.startFiscalYear, end: item.endFiscalYear })}</Badge>
          <Text size="xs">
            {t('portal.pi')}: {lang === 'ja' ? item.pi.nameJa : item.pi.nameEn}（
            {lang === 'ja' ? item.institution.nameJa : item.institution.nameEn}）
          </Text>
          <Text size="xs" c="dimmed">
            {lang === 'ja' ? item.program.nameJa : item.program.nameEn}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}

/** /portal: anyone searches the published projects, narrows by facets and downloads the results. */
export function PortalSearchPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const search = useSearch({ from: '/portal-shell/portal' });
  const navigate = useNavigate({ from: '/portal' });
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => setText(search.q ?? ''), [search.q]);
  const query = useInfiniteQuery(portalSearchQuery(search));
  const first = query.data?.pages[0];
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const go = (next: PortalSearch) => void navigate({ search: next });
  useEffect(() => {
    document.title = `${t('portal.title')} | Seedline`;
  }, [t]);

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Title order={1}>{t('portal.title')}</Title>
      <Text size="sm">{t('portal.lead')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...search, q: text.trim() || undefined, sort: undefined });
        }}
      >
        <Group align="end">
          <TextInput
            flex={1}
            label={t('portal.searchLabel')}
            placeholder={t('portal.searchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            name="q"
          />
          <Button type="submit">{t('portal.searchButton')}</Button>
        </Group>
      </form>
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          {first && (
            <FacetPanel
              facets={first.facets}
              search={search}
              onChange={(k, v) => go({ ...search, [k]: v === undefined ? undefined : k === 'stage' ? v : Number(v) })}
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Group gap="sm">
                <Text fw={600} data-testid="portal-total" data-total={first?.total ?? ''}>
                  {first ? t('portal.total', { n: count(first.total, lang) }) : ''}
                </Text>
                {first && (
                  <Text size="sm" c="dimmed" data-testid="portal-sort">
                    {t('portal.sortApplied', { sort: t(`portal.sort.${first.sort}`) })}
                  </Text>
                )}
              </Group>
              <Group gap="xs">
                <Select
                  size="xs"
                  aria-label={t('portal.sortLabel')}
                  value={first?.sort ?? null}
                  onChange={(v) => v && go({ ...search, sort: v as PortalSearch['sort'] })}
                  data={(['relevance', 'startFiscalYear', 'grantNumber'] as const).map((s) => ({ value: s, label: t(`portal.sort.${s}`) }))}
                  allowDeselect={false}
                />
                <Text size="xs">{t('portal.download')}:</Text>
                {(['csv', 'xlsx', 'json'] as const).map((f) => (
                  <Anchor key={f} size="xs" href={portalExportUrl(search, f)} download>
                    {t(f === 'csv' ? 'portal.downloadCsv' : f === 'xlsx' ? 'portal.downloadXlsx' : 'portal.downloadJson')}
                  </Anchor>
                ))}
              </Group>
            </Group>
            {query.isPending && <Loader size="sm" />}
            {first && items.length === 0 && <Text>{t('portal.noResults')}</Text>}
            {items.map((item) => (
              <ResultCard key={item.id} item={item} />
            ))}
            {query.hasNextPage && (
              <Button variant="light" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('portal.more')}
              </Button>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
