import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { callApplicationsQuery, callStatsQuery } from '../../api/calls/queries.ts';
import { AnchorLink } from '../../components/links.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { count, money, nameOf, titleOf } from '../../lib/format.ts';

export const STATUS_COLOR: Record<string, string> = {
  draft: 'gray',
  submitted: 'blue',
  withdrawn: 'gray',
  adopted: 'teal',
  rejected: 'red',
};

/** For PS/PO and staff: the call's numbers and its submitted applications with their open check flags. */
export function CallApplications({ callId }: { callId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const apps = useQuery(callApplicationsQuery(callId));
  const stats = useQuery(callStatsQuery(callId));
  if (apps.isPending || stats.isPending) return <Loading />;
  if (apps.isError) return <ErrorAlert error={apps.error} />;
  if (stats.isError) return <ErrorAlert error={stats.error} />;
  const s = stats.data;
  const rate = s.successRate === null ? '–' : `${Math.round(s.successRate * 1000) / 10}%`;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 6 }} data-testid="call-stats">
        {[
          [t('calls.call.submitted'), count(s.submitted, lang)],
          [t('calls.call.adopted'), count(s.adopted, lang)],
          [t('calls.call.rejected'), count(s.rejected, lang)],
          [t('calls.call.successRate'), rate],
          [t('calls.call.requested'), money(s.requestedYen, lang)],
          [t('calls.call.awarded'), money(s.awardedYen, lang)],
        ].map(([label, value]) => (
          <Stack gap={0} key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700}>{value}</Text>
          </Stack>
        ))}
      </SimpleGrid>
      <Table.ScrollContainer minWidth={720}>
        <Table striped data-testid="call-applications">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('calls.apps.title')}</Table.Th>
              <Table.Th>{t('calls.apps.pi')}</Table.Th>
              <Table.Th className="num">{t('calls.apps.requested')}</Table.Th>
              <Table.Th>{t('calls.apps.status')}</Table.Th>
              <Table.Th>{t('calls.apps.flags')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {apps.data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <AnchorLink to="/applications/$applicationId" params={{ applicationId: a.id }}>
                    {titleOf(a, lang) || t('calls.apps.untitled')}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    #{a.id} {a.callTypeCode}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{nameOf(a.pi, lang)}</Text>
                  <Text size="xs" c="dimmed">
                    {nameOf(a.institution, lang)}
                  </Text>
                </Table.Td>
                <Table.Td className="num">{money(a.requestedYen, lang)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOR[a.status]}>
                    {t(`calls.status.${a.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {(['effort', 'duplication', 'concentration'] as const)
                      .filter((k) => a.openFlags[k] > 0)
                      .map((k) => (
                        <Badge key={k} size="xs" color="orange" variant="light">
                          {t(`calls.staff.kind.${k}`)} {a.openFlags[k]}
                        </Badge>
                      ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
