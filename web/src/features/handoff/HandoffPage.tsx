import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { measuresQuery } from '../../api/handoff/queries.ts';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { fiscalYearLabel } from '../../lib/format.ts';

/** Hand-off measures per fiscal year: seeds moved on, waiting time, share reaching a company. */
export function HandoffPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const measures = useQuery(measuresQuery());
  if (measures.isPending) return <Loading />;
  if (measures.error) return <ErrorAlert error={measures.error} />;
  const cols = ['fiscalYear', 'movedOn', 'wait', 'ended', 'company', 'share'] as const;
  return (
    <Stack gap="md">
      <Title order={2}>{t('handoff.pageTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('handoff.pageLead')}
      </Text>
      <Table striped data-testid="handoff-measures">
        <Table.Thead>
          <Table.Tr>
            {cols.map((c) => (
              <Table.Th key={c}>{t(`handoff.col.${c}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {measures.data.years.map((y) => (
            <Table.Tr key={y.fiscalYear}>
              <Table.Td>{fiscalYearLabel(y.fiscalYear, lang)}</Table.Td>
              <Table.Td>{y.movedOn}</Table.Td>
              <Table.Td>{y.meanWaitYears ?? '—'}</Table.Td>
              <Table.Td>{y.ended}</Table.Td>
              <Table.Td>{y.reachedCompany}</Table.Td>
              <Table.Td>{y.companyShare === null ? '—' : `${(y.companyShare * 100).toFixed(1)}%`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
