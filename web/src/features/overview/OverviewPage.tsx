import { Alert, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES } from '../../../../src/modules/projects/stages.ts';
import { overviewQuery } from '../../api/overview/queries.ts';
import { BarCell } from '../../components/BarCell.tsx';
import { FiscalYearSelect } from '../../components/FiscalYearSelect.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { count, defaultFiscalYear, fiscalYearLabel, labelOf, money, nameOf, percent } from '../../lib/format.ts';
import { KpiCards } from './KpiCards.tsx';

function Stat({ label, value, note, testId }: { label: string; value: string; note?: string; testId: string }) {
  return (
    <Card withBorder padding="md" radius="md">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} className="num" ta="left" data-testid={testId}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Card>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const search = useSearch({ from: '/app/overview' });
  const navigate = useNavigate({ from: '/overview' });
  const overview = useQuery(overviewQuery(search.fiscalYear));
  const o = overview.data;
  const fiscalYear = search.fiscalYear ?? o?.fiscalYear ?? defaultFiscalYear();

  const sources = o ? FUNDING_SOURCES.map((s) => ({ source: s, amount: o.budgetBySource[s] })) : [];
  const maxSource = Math.max(0, ...sources.map((s) => s.amount));
  const ips = o?.byIntegratedProject ?? [];
  const maxIp = Math.max(0, ...ips.map((i) => i.amountYen));

  return (
    <Stack gap="lg">
      <PageHeader
        title={`${t('overview.title')}　${fiscalYearLabel(fiscalYear, lang)}`}
        lead={t('overview.lead')}
        actions={<FiscalYearSelect value={fiscalYear} onChange={(fy) => void navigate({ search: fy ? { fiscalYear: fy } : {} })} />}
      />
      {overview.isError && <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.isPending && <Loading />}
      {o && (
        <>
          {o.totalYen === 0 && (
            <Alert color="gray" variant="light" role="status">
              <Group justify="space-between">
                <Text size="sm">{t('overview.noBudget')}</Text>
                <Button size="xs" variant="default" onClick={() => void navigate({ search: { fiscalYear: fiscalYear - 1 } })}>
                  {t('overview.previousYear')}
                </Button>
              </Group>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Stat
              label={t('overview.projectCount')}
              value={t('common.count', { n: count(o.projectCount, lang) })}
              testId="overview-project-count"
            />
            <Stat
              label={t('overview.newProjectCount')}
              value={t('common.count', { n: count(o.newProjectCount, lang) })}
              note={t('overview.continuingCount', { n: count(o.projectCount - o.newProjectCount, lang) })}
              testId="overview-new-count"
            />
            <Stat label={t('overview.totalBudget')} value={money(o.totalYen, lang)} testId="overview-total" />
          </SimpleGrid>
          <KpiCards fiscalYear={o.fiscalYear} />
          <Paper withBorder p="md" radius="md">
            <Title order={2} fz="h4" mb="sm">
              {t('overview.bySource')}
            </Title>
            <ScrollTable label={t('overview.bySource')} minWidth={420}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('overview.source')}</Table.Th>
                    <Table.Th w="50%">{t('overview.amount')}</Table.Th>
                    <Table.Th className="num">{t('overview.share')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sources.map((s) => (
                    <Table.Tr key={s.source}>
                      <Table.Td>{labelOf(FUNDING_SOURCE_LABELS[s.source], lang)}</Table.Td>
                      <Table.Td>
                        <BarCell
                          value={s.amount}
                          max={maxSource}
                          label={money(s.amount, lang)}
                          ariaLabel={labelOf(FUNDING_SOURCE_LABELS[s.source], lang)}
                        />
                      </Table.Td>
                      <Table.Td className="num">{percent(s.amount, o.totalYen, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th>{t('common.total')}</Table.Th>
                    <Table.Th className="num">{money(o.totalYen, lang)}</Table.Th>
                    <Table.Th className="num">100%</Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </ScrollTable>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Title order={2} fz="h4" mb="sm">
              {t('overview.byIntegratedProject')}
            </Title>
            {ips.length === 0 ? (
              <Text c="dimmed">{t('overview.noData')}</Text>
            ) : (
              <ScrollTable label={t('overview.byIntegratedProject')} minWidth={560}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('overview.integratedProject')}</Table.Th>
                      <Table.Th className="num">{t('overview.projects')}</Table.Th>
                      <Table.Th w="45%">{t('overview.amount')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {ips.map((ip) => (
                      <Table.Tr key={ip.id}>
                        <Table.Td>
                          <AnchorLink to="/projects" search={{ fiscalYear, integratedProject: ip.id }} size="sm">
                            {nameOf(ip, lang)}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td className="num">{count(ip.projectCount, lang)}</Table.Td>
                        <Table.Td>
                          <BarCell
                            value={ip.amountYen}
                            max={maxIp}
                            label={money(ip.amountYen, lang)}
                            color="indigo"
                            ariaLabel={nameOf(ip, lang)}
                          />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </Paper>
          <Group justify="flex-end">
            <AnchorLink to="/projects" search={{ fiscalYear }} size="sm">
              {t('nav.projects')} →
            </AnchorLink>
          </Group>
        </>
      )}
    </Stack>
  );
}
