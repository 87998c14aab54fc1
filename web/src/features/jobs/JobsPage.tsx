import { Badge, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isJobBusy, jobsQuery } from '../../api/jobs/queries.ts';
import type { Job } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { ja } from '../../i18n/ja.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { dateTime } from '../../lib/format.ts';

const STATUS_COLOR = { queued: 'gray', running: 'blue', succeeded: 'teal', failed: 'red' } as const;

export function JobsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const jobs = useQuery(jobsQuery());
  const items = jobs.data?.items ?? [];
  const polling = items.some(isJobBusy);
  const kindLabel = (kind: string) => {
    const key = kind.replace(/\./g, '_');
    return key in ja.jobKind ? t(`jobKind.${key as keyof typeof ja.jobKind}`) : kind;
  };
  const message = (j: Job) => (lang === 'en' ? j.messageEn || j.messageJa : j.messageJa || j.messageEn) ?? '';

  return (
    <Stack gap="md">
      <PageHeader
        title={t('jobs.title')}
        lead={t('jobs.lead')}
        actions={
          polling ? (
            <Badge variant="dot" color="blue" role="status">
              {t('jobs.polling')}
            </Badge>
          ) : undefined
        }
      />
      {jobs.isError && <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.isPending && <Loading />}
      {jobs.data && (
        <Paper withBorder radius="md" p="md">
          {items.length === 0 ? (
            <Text c="dimmed">{t('jobs.none')}</Text>
          ) : (
            <ScrollTable label={t('jobs.title')} minWidth={860}>
              <Table striped data-testid="jobs-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('jobs.kind')}</Table.Th>
                    <Table.Th>{t('jobs.status')}</Table.Th>
                    <Table.Th w={220}>{t('jobs.progress')}</Table.Th>
                    <Table.Th>{t('jobs.message')}</Table.Th>
                    <Table.Th>{t('jobs.createdAt')}</Table.Th>
                    <Table.Th>{t('jobs.finishedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((j) => {
                    const pct = Math.round(Math.max(0, Math.min(1, j.progress)) * 100);
                    return (
                      <Table.Tr key={j.id}>
                        <Table.Td fz="sm" className="nowrap">
                          {kindLabel(j.kind)}
                        </Table.Td>
                        <Table.Td>
                          <Badge color={STATUS_COLOR[j.status]} variant="light">
                            {t(`jobStatus.${j.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Progress
                              value={pct}
                              color={STATUS_COLOR[j.status]}
                              animated={j.status === 'running'}
                              striped={j.status === 'running'}
                              style={{ flex: 1 }}
                              aria-label={t('jobs.progressLabel', { kind: kindLabel(j.kind) })}
                            />
                            <Text size="xs" className="num" w={40}>
                              {pct}%
                            </Text>
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{message(j)}</Text>
                          {j.error && (
                            <Text size="xs" c="red" lineClamp={3} title={j.error}>
                              {j.error}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td className="nowrap" fz="sm">
                          {dateTime(j.createdAt, lang)}
                        </Table.Td>
                        <Table.Td className="nowrap" fz="sm">
                          {dateTime(j.finishedAt, lang)}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Paper>
      )}
    </Stack>
  );
}
