import { Group, Pagination, Paper, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { projectListQuery } from '../../api/projects/queries.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { count } from '../../lib/format.ts';
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
  const onSort = (column: Sort) =>
    update({ sort: column, order: sort === column && order === 'asc' ? 'desc' : column === 'budget' && sort !== column ? 'desc' : 'asc' });

  const total = data?.total ?? 0;
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
          {data.items.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center">
              {t('projects.noResults')}
            </Text>
          ) : (
            <ProjectTable rows={data.items} sort={sort} order={order} onSort={onSort} yearSelected={search.fiscalYear !== undefined} />
          )}
          {total > pageSize && (
            <Group justify="center" mt="md">
              <Pagination
                total={Math.ceil(total / pageSize)}
                value={page}
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
