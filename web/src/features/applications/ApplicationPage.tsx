import { Alert, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawApplication } from '../../api/applications/mutations.ts';
import { applicationQuery } from '../../api/applications/queries.ts';
import { sessionQuery } from '../../api/auth/queries.ts';
import { AnchorLink } from '../../components/links.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading, useErrorMessage } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { dateTime, titleOf } from '../../lib/format.ts';
import { STATUS_COLOR } from '../calls/CallApplications.tsx';
import { sep } from '../calls/punctuation.ts';
import { ApplicationEditor } from './ApplicationEditor.tsx';
import { ApplicationSummary } from './ApplicationSummary.tsx';
import { StaffPanel } from './StaffPanel.tsx';

const AGENCY = new Set(['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff']);

export function ApplicationPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const errorMessage = useErrorMessage();
  const { applicationId } = useParams({ from: '/app/applications/$applicationId' });
  const app = useQuery(applicationQuery(applicationId));
  const session = useQuery(sessionQuery());
  const withdraw = useWithdrawApplication(applicationId);
  const [reason, setReason] = useState('');
  if (app.isPending) return <Loading />;
  if (app.isError) return <ErrorAlert error={app.error} onRetry={() => void app.refetch()} />;
  const a = app.data;
  const agency = session.data?.user.roles.some((r) => AGENCY.has(r.role)) ?? false;
  return (
    <Stack>
      <PageHeader
        title={t('calls.app.heading', { title: titleOf(a, lang) || t('calls.apps.untitled') })}
        lead={[
          titleOf(a.call, lang),
          lang === 'ja' ? a.callType.nameJa : a.callType.nameEn,
          t('calls.app.deadline', { when: dateTime(a.call.deadlineAt, lang) }),
        ].join(sep(lang))}
        actions={
          <Badge size="lg" variant="light" color={STATUS_COLOR[a.status]} data-testid="application-status">
            {t(`calls.status.${a.status}`)}
          </Badge>
        }
      />
      {a.decision?.projectId && (
        <Alert color="teal" data-testid="award-project">
          {t('calls.app.projectCreated')}{' '}
          <AnchorLink to="/projects/$projectId" params={{ projectId: a.decision.projectId }}>
            {t('calls.app.openProject')}
          </AnchorLink>
        </Alert>
      )}
      {a.permissions.canEdit ? (
        <ApplicationEditor key={a.id} app={a} />
      ) : (
        <>
          {a.status === 'draft' && <Text c="dimmed">{t('calls.app.readOnly', { status: t(`calls.status.${a.status}`) })}</Text>}
          <ApplicationSummary app={a} />
        </>
      )}
      {a.permissions.canWithdraw && (
        <Group align="flex-end">
          <TextInput size="xs" label={t('calls.app.withdrawReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Button
            size="xs"
            color="red"
            variant="light"
            loading={withdraw.isPending}
            onClick={() => withdraw.mutate({ version: a.version, reason })}
          >
            {t('calls.app.withdraw')}
          </Button>
          {withdraw.isError && <Text c="red">{errorMessage(withdraw.error)}</Text>}
        </Group>
      )}
      {agency && a.submittedAt && <StaffPanel app={a} />}
    </Stack>
  );
}
