import { Badge, Grid, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { diseaseAreasQuery, integratedProjectsQuery, periodOfYear, periodsQuery, programsQuery } from '../../api/catalog/queries.ts';
import type { Program } from '../../api/types.ts';
import { AnchorLink } from '../../components/links.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { defaultFiscalYear, fiscalYearPlain, fiscalYearSpan, joinNames, nameOf, personName, scriptLang } from '../../lib/format.ts';
import { PeopleList } from './PeopleList.tsx';

/** Periods → integrated projects → programs, with the people in charge of each. */
export function CatalogPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const search = useSearch({ from: '/app/catalog' });
  const navigate = useNavigate({ from: '/catalog' });
  const periods = useQuery(periodsQuery());
  const items = [...(periods.data?.items ?? [])].sort((a, b) => a.startFiscalYear - b.startFiscalYear);
  const period = items.find((p) => p.id === search.period) ?? periodOfYear(items, defaultFiscalYear());
  const ips = useQuery({ ...integratedProjectsQuery(period?.id), enabled: !!period });
  const programs = useQuery({ ...programsQuery(period?.id), enabled: !!period });
  const areas = useQuery({ ...diseaseAreasQuery(period?.id), enabled: !!period });

  const years = (p: Program) =>
    p.endFiscalYear
      ? fiscalYearSpan(p.startFiscalYear, p.endFiscalYear, lang)
      : t('common.yearOpen', { start: fiscalYearPlain(p.startFiscalYear, lang) });
  const programsOf = (ipId: number) =>
    (programs.data?.items ?? []).filter((p) => p.placements.some((pl) => pl.periodId === period?.id && pl.integratedProjectId === ipId));
  const error = periods.error ?? ips.error ?? programs.error ?? areas.error;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('catalog.title')}
        lead={t('catalog.lead')}
        actions={
          items.length > 0 && period ? (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="period-label">
                {t('catalog.period')}
              </Text>
              <SegmentedControl
                className="period-switch"
                aria-labelledby="period-label"
                value={String(period.id)}
                onChange={(v) => void navigate({ search: { period: Number(v) } })}
                data={items.map((p) => ({ value: String(p.id), label: nameOf(p, lang) }))}
              />
            </Stack>
          ) : undefined
        }
      />
      {error && <ErrorAlert error={error} />}
      {(periods.isPending || ips.isPending || programs.isPending) && !error && <Loading />}
      {period && (
        <Text size="sm" c="dimmed">
          {t('catalog.periodRange', {
            name: nameOf(period, lang),
            range: t('common.yearRange', {
              start: fiscalYearPlain(period.startFiscalYear, lang),
              end: fiscalYearPlain(period.endFiscalYear, lang),
            }),
          })}
        </Text>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Title order={2} fz="h4">
              {t('catalog.integratedProjects')}
            </Title>
            {(ips.data?.items ?? []).map((ip) => (
              <Paper key={ip.id} withBorder p="md" radius="md" component="section" aria-labelledby={`ip-${ip.id}`}>
                <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
                  <Title order={3} fz="h5" id={`ip-${ip.id}`}>
                    {nameOf(ip, lang)}
                  </Title>
                  <Badge variant="light" color={ip.kind === 'disease' ? 'grape' : 'teal'}>
                    {t(ip.kind === 'disease' ? 'catalog.kind_disease' : 'catalog.kind_modality')}
                  </Badge>
                </Group>
                <PeopleList label={t('catalog.director')} people={ip.directors} />
                {programsOf(ip.id).length === 0 ? (
                  <Text size="sm" c="dimmed" mt="sm">
                    {t('catalog.noPrograms')}
                  </Text>
                ) : (
                  <ScrollTable label={nameOf(ip, lang)} minWidth={640} mt="sm">
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('catalog.program')}</Table.Th>
                          <Table.Th className="nowrap">{t('catalog.ministry')}</Table.Th>
                          <Table.Th>{t('catalog.years')}</Table.Th>
                          <Table.Th className="nowrap">{t('catalog.supervisors')}</Table.Th>
                          <Table.Th>{t('catalog.officers')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {programsOf(ip.id).map((p) => (
                          <Table.Tr key={p.id}>
                            <Table.Td miw={220}>
                              <AnchorLink to="/projects" search={{ program: p.id }} size="sm" fw={500}>
                                {nameOf(p, lang)}
                              </AnchorLink>
                              <Text size="xs" c="dimmed">
                                {nameOf(p.department, lang)}
                              </Text>
                            </Table.Td>
                            <Table.Td className="nowrap">{nameOf(p.ministry, lang)}</Table.Td>
                            <Table.Td className="nowrap">{years(p)}</Table.Td>
                            <Table.Td className="nowrap">
                              <span data-record lang={scriptLang(p.supervisors.map((x) => personName(x, lang)).join(''))}>
                                {joinNames(
                                  p.supervisors.map((x) => personName(x, lang)),
                                  lang,
                                ) || '–'}
                              </span>
                            </Table.Td>
                            <Table.Td miw={150}>
                              <span data-record lang={scriptLang(p.officers.map((x) => personName(x, lang)).join(''))}>
                                {joinNames(
                                  p.officers.map((x) => personName(x, lang)),
                                  lang,
                                ) || '–'}
                              </span>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollTable>
                )}
              </Paper>
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Title order={2} fz="h4">
              {t('catalog.diseaseAreas')}
            </Title>
            <Paper withBorder p="md" radius="md">
              <Stack gap="sm">
                {(areas.data?.items ?? []).map((a) => (
                  <Stack key={a.id} gap={2}>
                    <AnchorLink to="/projects" search={{ diseaseArea: a.id }} fw={600} size="sm">
                      {nameOf(a, lang)}
                    </AnchorLink>
                    <PeopleList label={t('catalog.dcShort')} people={a.coordinators} />
                  </Stack>
                ))}
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
