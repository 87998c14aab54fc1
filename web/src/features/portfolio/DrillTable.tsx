import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Drill, drillQuery } from '../../api/portfolio/queries.ts';
import { AnchorLink } from '../../components/links.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { count, money, nameOf, titleOf } from '../../lib/format.ts';
import { stageName } from '../projects/stage-options.ts';

/** The projects behind a chosen stage or matrix cell. */
export function DrillTable({ fiscalYear, drill, caption }: { fiscalYear: number; drill: Drill; caption: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery(drillQuery(fiscalYear, drill));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <Paper withBorder p="md" radius="md" data-testid="portfolio-drill">
      <Stack gap="xs">
        <Title order={3} fz="h5">
          {t('portfolio.drillTitle')}: {caption}{' '}
          <Badge variant="light">{t('portfolio.drillCount', { n: count(q.data.total, lang) })}</Badge>
        </Title>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('portfolio.grantNumber')}</Table.Th>
              <Table.Th>{t('portfolio.projectTitle')}</Table.Th>
              <Table.Th>{t('portfolio.program')}</Table.Th>
              <Table.Th>{t('portfolio.stage')}</Table.Th>
              <Table.Th ta="right">{t('portfolio.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td ff="monospace">{p.grantNumber}</Table.Td>
                <Table.Td>
                  <AnchorLink to="/projects/$projectId" params={{ projectId: p.id }}>
                    {titleOf(p, lang)}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{nameOf(p.program, lang)}</Table.Td>
                <Table.Td>{stageName(p.stage, lang)}</Table.Td>
                <Table.Td ta="right" className="num">
                  {money(p.yen, lang)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {q.data.items.length === 0 && <Text c="dimmed">{t('portfolio.empty')}</Text>}
      </Stack>
    </Paper>
  );
}
