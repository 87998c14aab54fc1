import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { projectSteeringQuery, useReviewReport, useUpdateMilestone } from '../../api/gates/queries.ts';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { date, fiscalYearLabel, titleOf } from '../../lib/format.ts';

/** Milestones and progress reports of a project, with the PO's quick actions. */
export function SteeringTables({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery(projectSteeringQuery(projectId));
  const milestone = useUpdateMilestone(projectId);
  const review = useReviewReport(projectId);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const s = q.data;
  const overdue = (
    <Badge color="red" size="sm">
      {t('gates.overdue')}
    </Badge>
  );
  return (
    <Stack gap="sm">
      <Title order={3} fz="h5">
        {t('gates.milestones')}
      </Title>
      {s.milestones.length === 0 ? (
        <Text c="dimmed">{t('gates.noMilestones')}</Text>
      ) : (
        <Table fz="sm" data-testid="milestones">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('gates.due')}</Table.Th>
              <Table.Th>{t('gates.milestones')}</Table.Th>
              <Table.Th>{t('gates.kind')}</Table.Th>
              <Table.Th>{t('gates.deliverable')}</Table.Th>
              <Table.Th>{t('gates.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.milestones.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{t('gates.quarter', { fy: fiscalYearLabel(m.dueFiscalYear, lang), q: m.dueQuarter })}</Table.Td>
                <Table.Td>{titleOf(m, lang)}</Table.Td>
                <Table.Td>{t(`gates.kinds.${m.kind}`)}</Table.Td>
                <Table.Td>{m.deliverable}</Table.Td>
                <Table.Td>
                  {t(`gates.milestoneStatus.${m.status}`)} {m.overdue && overdue}{' '}
                  {s.permissions.canSteer && m.status === 'planned' && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => milestone.mutate({ id: m.id, body: { version: m.version, status: 'achieved' } })}
                    >
                      {t('gates.markAchieved')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} fz="h5">
        {t('gates.reports')}
      </Title>
      {s.reports.length === 0 ? (
        <Text c="dimmed">{t('gates.noReports')}</Text>
      ) : (
        <Table fz="sm" data-testid="reports">
          <Table.Tbody>
            {s.reports.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  {fiscalYearLabel(r.fiscalYear, lang)} {t(`gates.reportKinds.${r.kind}`)}
                </Table.Td>
                <Table.Td>
                  {t('gates.due')}: {date(r.dueOn, lang)}
                </Table.Td>
                <Table.Td>
                  {t(`gates.reportStatus.${r.status}`)} {r.overdue && overdue}
                </Table.Td>
                <Table.Td>
                  {r.attachments.length > 0 && `${t('gates.attachments')}: ${r.attachments.map((a) => a.filename).join('、')}`}
                </Table.Td>
                <Table.Td>
                  {s.permissions.canSteer && r.status === 'submitted' && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() =>
                        review.mutate({ id: r.id, body: { version: r.version, outcome: 'accepted', comment: t('gates.accept') } })
                      }
                    >
                      {t('gates.accept')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {s.siteVisits.length > 0 && (
        <>
          <Title order={3} fz="h5">
            {t('gates.siteVisits')}
          </Title>
          {s.siteVisits.map((v) => (
            <Text key={v.id} size="sm">
              {date(v.visitedOn, lang)}（{v.visitedBy}）: {v.notes}
            </Text>
          ))}
        </>
      )}
    </Stack>
  );
}
