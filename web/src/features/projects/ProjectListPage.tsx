import { Button, Group, Pagination, Paper, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { projectListQuery } from '../../api/projects/queries.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { count } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { rememberListSearch } from './last-list.ts';
import { ProjectFilters } from './ProjectFilters.tsx';
import { ProjectTable } from './ProjectTable.tsx';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type ProjectSearch, type Sort } from './search.ts';

export function ProjectListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const search = useSearch({ from: '/app/projects' });
  const navigate = useNavigate({ from: '/projects' });
  const list = useQuery(projectListQuery(search));
  const data = list.data;
  usePageTitle(t('projects.title'));
  useEffect(() => rememberListSearch(search), [search]);
  // The sort shown is the sort applied: relevance while searching, unless a column was chosen.
  const relevance = !!search.q && !search.sort;
  const sort = search.sort ?? 'grantNumber';
  const order = search.order ?? 'asc';
  const pageSize = search.pageSize ?? DEFAULT_PAGE_SIZE;
  const page = search.page ?? 1;

  /** Any filter change starts again at page 1; empty values leave the URL. */
  const update = (patch: Partial<ProjectSearch>, keepPage = false) =>
    void navigate({
      search: (prev) => {
        const next: ProjectSearch = { ...prev, ...patch };
        if (!keepPage && !('page' in patch)) delete next.page;
        for (const k of Object.keys(next) as (keyof ProjectSearch)[]) if (next[k] === undefined) delete next[k];
        return next;
      },
    });
  const onSort = (column: Sort) => {
    const same = !relevance && sort === column;
    update({ sort: column, order: same && order === 'asc' ? 'desc' : column === 'budget' && !same ? 'desc' : 'asc' });
  };

  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const beyond = !!data && total > 0 && page > pages;
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);

  return (
    <Stack gap="md">
      <PageHeader title={t('projects.title')} />
      <ProjectFilters search={search} onChange={(p) => update(p)} onClear={() => void navigate({ search: {} })} rows={data?.items ?? []} />
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && <Loading />}
      {data && (
        <Paper withBorder radius="md" p="md" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isFetching}>
          <Group justify="space-between" mb="sm">
            <Text size="sm" role="status" data-testid="result-count">
              {t('projects.resultCount', { total: count(total, lang), from: count(from, lang), to: count(to, lang) })}
            </Text>
            <Select
              label={t('projects.pageSize')}
              size="xs"
              w={110}
              data={PAGE_SIZES.map((n) => String(n))}
              value={String(pageSize)}
              onChange={(v) => update({ pageSize: v ? Number(v) : undefined })}
              allowDeselect={false}
            />
          </Group>
          {relevance && (
            <Group gap="xs" mb="xs" data-testid="sorted-by-relevance">
              <Text size="sm" c="dimmed">
                {t('projects.sortedByRelevance')}
              </Text>
            </Group>
          )}
          {beyond ? (
            <Group justify="center" py="lg" gap="sm" data-testid="page-beyond">
              <Text>{t('projects.pageBeyond', { pages: count(pages, lang) })}</Text>
              <Button variant="default" size="xs" onClick={() => update({ page: pages === 1 ? undefined : pages }, true)}>
                {t('projects.lastPage')}
              </Button>
            </Group>
          ) : data.items.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center">
              {t('projects.noResults')}
            </Text>
          ) : (
            <ProjectTable
              rows={data.items}
              sort={relevance ? null : sort}
              order={order}
              onSort={onSort}
              yearSelected={search.fiscalYear !== undefined}
            />
          )}
          {total > pageSize && (
            <Group justify="center" mt="md">
              <Pagination
                total={pages}
                value={Math.min(page, pages)}
                getControlProps={(control) => ({
                  'aria-label': t(`projects.pageControl.${control}`),
                })}
                getItemProps={(p) => ({ 'aria-label': t('projects.pageN', { n: p }) })}
                onChange={(p) => update({ page: p === 1 ? undefined : p }, true)}
                aria-label={t('projects.pagination')}
                siblings={1}
              />
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}
