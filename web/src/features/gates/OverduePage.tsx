import { Alert, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { overdueQuery, useSendReminders } from '../../api/gates/queries.ts';
import { AnchorLink } from '../../components/links.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { date, fiscalYearLabel, titleOf } from '../../lib/format.ts';

type Ref = { id: number; grantNumber: string; titleJa: string; titleEn: string };

function ProjectCell({ p }: { p: Ref }) {
  const lang = useLang();
  return (
    <Table.Td>
      <Text span ff="monospace" size="xs" mr={6}>
        {p.grantNumber}
      </Text>
      <AnchorLink to="/projects/$projectId" params={{ projectId: p.id }}>
        {titleOf(p, lang)}
      </AnchorLink>
    </Table.Td>
  );
}

function Block({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: { key: number; project: Ref; what: string; due: string }[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Title order={2} fz="h4" mb="sm">
        {title}（{rows.length}）
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('gates.none')}</Text>
      ) : (
        <Table striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('gates.project')}</Table.Th>
              <Table.Th>{t('gates.kind')}</Table.Th>
              <Table.Th>{t('gates.due')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, 200).map((r) => (
              <Table.Tr key={r.key}>
                <ProjectCell p={r.project} />
                <Table.Td>{r.what}</Table.Td>
                <Table.Td>{r.due}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** Overdue reports, milestones and conditions for PD, PS and PO, with a reminder run. */
export function OverduePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery(overdueQuery());
  const remind = useSendReminders();
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const o = q.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('gates.overdueTitle')}
        lead={t('gates.overdueLead', { today: date(o.today, lang) })}
        actions={
          <Button onClick={() => remind.mutate()} loading={remind.isPending} variant="light">
            {t('gates.sendReminders')}
          </Button>
        }
      />
      {remind.isSuccess && <Alert color="green">{t('gates.remindersQueued')}</Alert>}
      {remind.isError && <ErrorAlert error={remind.error} />}
      <Block
        testId="overdue-reports"
        title={t('gates.overdueReports')}
        rows={o.reports.map((r) => ({
          key: r.id,
          project: r.project,
          what: `${fiscalYearLabel(r.fiscalYear, lang)} ${t(`gates.reportKinds.${r.kind as 'annual'}`)}`,
          due: date(r.dueOn, lang),
        }))}
      />
      <Block
        testId="overdue-milestones"
        title={t('gates.overdueMilestones')}
        rows={o.milestones.map((m) => ({
          key: m.id,
          project: m.project,
          what: titleOf(m, lang),
          due: t('gates.quarter', { fy: fiscalYearLabel(m.dueFiscalYear, lang), q: m.dueQuarter }),
        }))}
      />
      <Block
        testId="overdue-conditions"
        title={t('gates.overdueConditions')}
        rows={o.conditions.map((c) => ({ key: c.reviewId, project: c.project, what: c.conditions, due: date(c.conditionDeadline, lang) }))}
      />
    </Stack>
  );
}
