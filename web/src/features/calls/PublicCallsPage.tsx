import { Container, Group, Paper, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { openCallsQuery } from '../../api/calls/queries.ts';
import { ButtonLink } from '../../components/links.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { LanguageSwitch } from '../../components/UserBar.tsx';
import { CallTable } from './CallTable.tsx';

/** Open calls for anyone, without signing in. */
export function PublicCallsPage() {
  const { t } = useTranslation();
  const calls = useQuery(openCallsQuery());
  return (
    <Container size="lg" py="lg">
      <Group justify="space-between" mb="md">
        <Text fw={800} fz="lg" c="teal.8">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      <PageHeader
        title={t('calls.list.publicTitle')}
        lead={t('calls.list.publicLead')}
        actions={
          <ButtonLink to="/calls" size="sm" variant="light">
            {t('calls.list.signInToApply')}
          </ButtonLink>
        }
      />
      <Paper withBorder p="md" radius="md">
        {calls.isPending ? (
          <Loading />
        ) : calls.isError ? (
          <ErrorAlert error={calls.error} onRetry={() => void calls.refetch()} />
        ) : (
          <CallTable calls={calls.data.items} linkTo="public" />
        )}
      </Paper>
    </Container>
  );
}
