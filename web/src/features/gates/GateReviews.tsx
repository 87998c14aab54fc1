import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { projectGatesQuery } from '../../api/gates/queries.ts';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { dateTime, fiscalYearLabel, labelOf, money } from '../../lib/format.ts';
import { stageName } from '../projects/stage-options.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { GateReviewForm } from './GateReviewForm.tsx';

const COLORS: Record<string, string> = { go: 'green', conditional_go: 'yellow', redirect: 'blue', no_go: 'red' };

/** Gate form of the project's modality, the gate it faces, and every review with its decision. */
export function GateReviews({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery(projectGatesQuery(projectId));
  const [filing, filingCtl] = useDisclosure(false);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const g = q.data;
  const next = g.template?.gates.find((x) => x.code === g.nextGate);
  const open = g.reviews.some((r) => r.status === 'submitted');
  return (
    <Stack gap="sm" data-testid="gates">
      <Title order={3} fz="h5">
        {t('gates.gates')}
      </Title>
      <Group gap="lg">
        <Text size="sm">
          {t('gates.currentStage')}: <strong data-testid="gate-stage">{stageName(g.stage, lang)}</strong>
        </Text>
        <Text size="sm">
          {t('gates.nextGate')}: {next ? labelOf(next, lang) : t('gates.noGate')}
        </Text>
        {g.template && (
          <Text size="xs" c="dimmed">
            {t('gates.template')} {t('gates.version', { v: g.template.version })}
          </Text>
        )}
        {g.permissions.canFile && next && !open && (
          <Button size="xs" variant="light" onClick={filingCtl.toggle}>
            {t('gates.fileReview')}
          </Button>
        )}
      </Group>
      {filing && next && <GateReviewForm projectId={projectId} gate={next} onDone={filingCtl.close} />}
      {g.reviews.length === 0 && <Text c="dimmed">{t('gates.noReviews')}</Text>}
      {g.reviews.map((r) => (
        <Paper key={r.id} withBorder p="sm" radius="sm" data-testid="gate-review">
          <Group justify="space-between">
            <Text fw={600}>
              {labelOf({ ja: r.gateJa, en: r.gateEn }, lang)}（{fiscalYearLabel(r.fiscalYear, lang)}）
            </Text>
            {r.decision ? (
              <Badge color={COLORS[r.decision]} data-testid="gate-decision">
                {t(`gates.decisions.${r.decision}`)}
              </Badge>
            ) : (
              <Badge variant="outline">{t('gates.awaiting')}</Badge>
            )}
          </Group>
          <Text size="sm">{r.summary}</Text>
          <Text size="xs" c="dimmed">
            {t('gates.evidence')}: {r.evidence.map((e) => e.label).join('、')} ／ {t('gates.filedBy')}: {r.filedBy?.name} ／{' '}
            {t('gates.average')}: {r.averageScore}
          </Text>
          <Table fz="xs" mt={4} withRowBorders={false}>
            <Table.Tbody>
              {r.scores.map((s) => (
                <Table.Tr key={s.item}>
                  <Table.Td>{labelOf({ ja: s.itemJa, en: s.itemEn }, lang)}</Table.Td>
                  <Table.Td className="num">{s.score}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {r.decision && (
            <Stack gap={2} mt={4}>
              <Text size="sm">
                {t('gates.reason')}: {r.reason}
              </Text>
              <Text size="xs" c="dimmed">
                {t('gates.decidedBy')}: {r.decidedBy?.name} ／ {t('gates.decidedAt')}: {dateTime(r.decidedAt, lang)} ／{' '}
                {t('gates.stageMove')}: {stageName(r.stageBefore, lang)} → {stageName(r.stageAfter ?? r.stageBefore, lang)}
              </Text>
              {r.conditions && (
                <Text size="xs">
                  {t('gates.conditions')}: {r.conditions}（{r.conditionDeadline}）
                  {r.conditionStatus && <Badge size="xs">{t(`gates.conditionStatus.${r.conditionStatus}`)}</Badge>}
                </Text>
              )}
              {r.budgetEffect && r.budgetEffect.length > 0 && (
                <Text size="xs">
                  {t('gates.budgetEffect')}:{' '}
                  {r.budgetEffect
                    .map((b) => `${fiscalYearLabel(b.fiscalYear, lang)} ${money(b.before, lang)} → ${money(b.after, lang)}`)
                    .join('、')}
                </Text>
              )}
            </Stack>
          )}
          {r.status === 'submitted' && g.permissions.canDecide && (
            <DecisionForm projectId={projectId} reviewId={r.id} version={r.version} modality={g.modality} />
          )}
        </Paper>
      ))}
    </Stack>
  );
}
