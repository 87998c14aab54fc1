import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCreateApplication } from '../../api/applications/mutations.ts';
import { sessionQuery } from '../../api/auth/queries.ts';
import { useCallJob, useUpdateCall } from '../../api/calls/mutations.ts';
import { callQuery } from '../../api/calls/queries.ts';
import { ButtonLink } from '../../components/links.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading, useErrorMessage } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { money, nameOf, titleOf } from '../../lib/format.ts';
import { CallApplications } from './CallApplications.tsx';
import { CallFacts } from './CallFacts.tsx';
import { PHASE_COLOR } from './CallTable.tsx';
import { sep } from './punctuation.ts';

const AGENCY = new Set(['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff']);
const NEXT_STATUS = { draft: 'published', published: 'review', review: 'decided' } as const;
const NEXT_LABEL = { draft: 'calls.call.publish', published: 'calls.call.startReview', review: 'calls.call.markDecided' } as const;

export function CallPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { callId } = useParams({ from: '/app/calls/$callId' });
  const call = useQuery(callQuery(callId));
  const session = useQuery(sessionQuery());
  const update = useUpdateCall(callId);
  const checks = useCallJob(callId, 'checks');
  const letters = useCallJob(callId, 'letters');
  const apply = useCreateApplication();
  if (call.isPending) return <Loading />;
  if (call.isError) return <ErrorAlert error={call.error} onRetry={() => void call.refetch()} />;
  const c = call.data;
  const roles = session.data?.user.roles ?? [];
  const agency = roles.some((r) => AGENCY.has(r.role));
  const researcher = roles.some((r) => r.role === 'researcher');
  const next = c.status in NEXT_STATUS ? (c.status as keyof typeof NEXT_STATUS) : null;
  const error = [update, checks, letters, apply].find((m) => m.isError)?.error;

  return (
    <Stack>
      <PageHeader
        title={titleOf(c, lang)}
        lead={[nameOf(c.program, lang), c.code].join(sep(lang))}
        actions={
          <Badge size="lg" variant="light" color={PHASE_COLOR[c.phase]} data-testid="call-phase">
            {t(`calls.phase.${c.phase}`)}
          </Badge>
        }
      />
      {error && <Alert color="red">{errorMessage(error)}</Alert>}
      {(checks.isSuccess || letters.isSuccess) && <Alert color="teal">{t('calls.call.jobStarted')}</Alert>}
      {c.permissions.canEdit && (
        <Group>
          <ButtonLink to="/calls/$callId/edit" params={{ callId }} variant="default" size="sm">
            {t('calls.call.edit')}
          </ButtonLink>
          {next && (
            <Button size="sm" loading={update.isPending} onClick={() => update.mutate({ version: c.version, status: NEXT_STATUS[next] })}>
              {t(NEXT_LABEL[next])}
            </Button>
          )}
          <Button size="sm" variant="light" onClick={() => checks.mutate()} loading={checks.isPending}>
            {t('calls.call.runChecks')}
          </Button>
          <Button size="sm" variant="light" onClick={() => letters.mutate()} loading={letters.isPending}>
            {t('calls.call.sendLetters')}
          </Button>
        </Group>
      )}
      <Paper withBorder p="md" radius="md">
        <CallFacts call={c} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} fz="h4" mb="sm">
          {t('calls.list.types')}
        </Title>
        <Stack gap="xs">
          {c.types.map((ty) => (
            <Group key={ty.id} justify="space-between">
              <Stack gap={0}>
                <Text fw={600}>{nameOf(ty, lang)}</Text>
                <Text size="sm" c="dimmed">
                  {t('calls.call.typeLine', { cap: money(ty.budgetCapYen, lang), years: ty.durationYears, n: ty.plannedAwards })}
                </Text>
              </Stack>
              {researcher && c.phase === 'open' && (
                <Button
                  size="sm"
                  loading={apply.isPending}
                  onClick={() =>
                    apply.mutate(
                      { callId, callTypeId: ty.id },
                      { onSuccess: (a) => void navigate({ to: '/applications/$applicationId', params: { applicationId: a.id } }) },
                    )
                  }
                >
                  {t('calls.call.apply')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      </Paper>
      {agency && c.status !== 'draft' && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} fz="h4" mb="sm">
            {t('calls.call.applications')}
          </Title>
          <CallApplications callId={callId} />
        </Paper>
      )}
    </Stack>
  );
}
