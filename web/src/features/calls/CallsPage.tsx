import { Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sessionQuery } from '../../api/auth/queries.ts';
import { callsQuery } from '../../api/calls/queries.ts';
import { ButtonLink } from '../../components/links.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { CallTable } from './CallTable.tsx';

const MANAGERS = new Set(['admin', 'staff', 'pd', 'ps', 'po']);

/** Every call the user may see; agency members see drafts and may create calls. */
export function CallsPage() {
  const { t } = useTranslation();
  const calls = useQuery(callsQuery());
  const session = useQuery(sessionQuery());
  const canCreate = session.data?.user.roles.some((r) => MANAGERS.has(r.role)) ?? false;
  return (
    <>
      <PageHeader
        title={t('calls.list.title')}
        lead={t('calls.list.lead')}
        actions={
          canCreate && (
            <ButtonLink to="/calls/new" size="sm">
              {t('calls.list.newCall')}
            </ButtonLink>
          )
        }
      />
      <Paper withBorder p="md" radius="md">
        {calls.isPending ? (
          <Loading />
        ) : calls.isError ? (
          <ErrorAlert error={calls.error} onRetry={() => void calls.refetch()} />
        ) : (
          <CallTable calls={calls.data.items} linkTo="app" />
        )}
      </Paper>
    </>
  );
}
