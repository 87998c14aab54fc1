import { Badge, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { myApplicationsQuery } from '../../api/applications/queries.ts';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { dateTime, money, titleOf } from '../../lib/format.ts';
import { STATUS_COLOR } from '../calls/CallApplications.tsx';

export function MyApplicationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const apps = useQuery(myApplicationsQuery());
  return (
    <>
      <PageHeader
        title={t('calls.apps.mineTitle')}
        lead={t('calls.apps.mineLead')}
        actions={
          <ButtonLink to="/calls" size="sm" variant="light">
            {t('calls.list.title')}
          </ButtonLink>
        }
      />
      <Paper withBorder p="md" radius="md">
        {apps.isPending ? (
          <Loading />
        ) : apps.isError ? (
          <ErrorAlert error={apps.error} onRetry={() => void apps.refetch()} />
        ) : apps.data.items.length === 0 ? (
          <Text c="dimmed">{t('calls.apps.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="my-applications">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('calls.apps.title')}</Table.Th>
                  <Table.Th>{t('calls.apps.call')}</Table.Th>
                  <Table.Th className="num">{t('calls.apps.requested')}</Table.Th>
                  <Table.Th>{t('calls.apps.status')}</Table.Th>
                  <Table.Th>{t('calls.list.deadline')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {apps.data.items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <AnchorLink to="/applications/$applicationId" params={{ applicationId: a.id }}>
                        {titleOf(a, lang) || t('calls.apps.untitled')}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{titleOf(a.call, lang)}</Table.Td>
                    <Table.Td className="num">{money(a.requestedYen, lang)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOR[a.status]}>
                        {t(`calls.status.${a.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td className="nowrap">{dateTime(a.call.deadlineAt, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </>
  );
}
