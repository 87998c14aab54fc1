import { Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type FundRequest,
  proposalQuery,
  type RoundDetail,
  roundQuery,
  roundsQuery,
  useApproveRequest,
  useRankRequest,
} from '../../api/funds/queries.ts';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { money } from '../../lib/format.ts';

function RequestRow({ r, round, proposed }: { r: FundRequest; round: RoundDetail; proposed: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [score, setScore] = useState<number | string>(r.score ?? '');
  const approve = useApproveRequest(round.id);
  const rank = useRankRequest(round.id);
  const pending = r.status === 'pending';
  return (
    <Table.Tr data-testid="fund-request">
      <Table.Td>{r.rank ?? '—'}</Table.Td>
      <Table.Td>
        <Text size="sm">{lang === 'ja' ? r.project.titleJa : r.project.titleEn}</Text>
        <Text size="xs" c="dimmed">
          {r.project.grantNumber} · {r.integratedProject ? (lang === 'ja' ? r.integratedProject.nameJa : r.integratedProject.nameEn) : ''}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{money(r.amountYen, lang)}</Table.Td>
      <Table.Td>
        <Text size="xs">{lang === 'ja' ? r.reasonJa : r.reasonEn || r.reasonJa}</Text>
        <Text size="xs" c="dimmed">
          {lang === 'ja' ? r.expectedEffectJa : r.expectedEffectEn || r.expectedEffectJa}
        </Text>
      </Table.Td>
      <Table.Td>
        {round.permissions.canDecide && pending ? (
          <Group gap={4} wrap="nowrap">
            <NumberInput aria-label={t('funds.col.score')} min={0} max={100} w={72} size="xs" value={score} onChange={setScore} />
            <Button
              size="xs"
              variant="light"
              loading={rank.isPending}
              onClick={() => rank.mutate({ id: r.id, version: r.version, score: Number(score) })}
            >
              {t('funds.saveScore')}
            </Button>
          </Group>
        ) : (
          (r.score ?? '—')
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={r.status === 'approved' ? 'teal' : r.status === 'rejected' ? 'red' : 'gray'}>
          {t(`funds.status.${r.status}`)}
        </Badge>
        {proposed && (
          <Badge ml={4} color="indigo" data-testid="proposed">
            {t('funds.proposed')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {round.permissions.canDecide && pending && (
          <Button size="xs" loading={approve.isPending} onClick={() => approve.mutate({ id: r.id, version: r.version })}>
            {t('funds.approve')}
          </Button>
        )}
        {approve.error && (
          <Text size="xs" c="red">
            {approve.error.message}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function RoundView({ id }: { id: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const round = useQuery(roundQuery(id));
  const [pool, setPool] = useState<number | string>('');
  const proposal = useQuery(proposalQuery(id, typeof pool === 'number' && pool > 0 ? { poolYen: pool } : {}));
  if (round.isPending) return <Loading />;
  if (round.error) return <ErrorAlert error={round.error} />;
  const r = round.data;
  const chosen = new Set(proposal.data?.chosen ?? []);
  return (
    <Stack gap="md">
      <Group gap="xl">
        <Text>
          {t('funds.pool')}: <b>{money(r.poolYen, lang)}</b>
        </Text>
        <Text>
          {t('funds.allocated')}: <b data-testid="allocated">{money(r.allocatedYen, lang)}</b>
        </Text>
        <Text>
          {t('funds.remaining')}: <b>{money(r.poolYen - r.allocatedYen, lang)}</b>
        </Text>
      </Group>
      {r.limits.length > 0 && (
        <Text size="sm">
          {t('funds.limits')}:{' '}
          {r.limits
            .map(
              (l) =>
                `${lang === 'ja' ? l.integratedProject.nameJa : l.integratedProject.nameEn} ${money(l.approvedYen, lang)} / ${money(l.limitYen, lang)}`,
            )
            .join('、')}
        </Text>
      )}
      <Card withBorder padding="sm">
        <Group align="end">
          <NumberInput
            label={t('funds.whatIfPool')}
            description={t('funds.whatIf')}
            min={0}
            step={100_000_000}
            thousandSeparator=","
            w={260}
            value={pool}
            onChange={setPool}
          />
          {proposal.data && (
            <Text size="sm" data-testid="proposal-summary">
              {t('funds.proposalSummary', {
                count: proposal.data.chosen.length,
                amount: money(proposal.data.proposedYen, lang),
                score: proposal.data.totalScore,
                nodes: proposal.data.searchNodes,
                ms: proposal.data.milliseconds,
              })}
            </Text>
          )}
        </Group>
      </Card>
      <Title order={3}>{t('funds.requests')}</Title>
      {r.requests.length === 0 ? (
        <Text c="dimmed">{t('funds.noRequests')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {(['rank', 'project', 'amount', 'reason', 'score', 'status'] as const).map((c) => (
                  <Table.Th key={c}>{t(`funds.col.${c}`)}</Table.Th>
                ))}
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.requests.slice(0, 200).map((req) => (
                <RequestRow key={`${req.id}-${req.version}`} r={req} round={r} proposed={chosen.has(req.id)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** Rounds of adjustment funds and discretionary pools: requests, scores, the optimiser's proposal and approval. */
export function FundsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const rounds = useQuery(roundsQuery());
  const [selected, setSelected] = useState<string | null>(null);
  if (rounds.isPending) return <Loading />;
  if (rounds.error) return <ErrorAlert error={rounds.error} />;
  const items = rounds.data.items;
  const current = selected ?? (items.find((r) => r.status === 'open') ?? items[0])?.id.toString() ?? null;
  return (
    <Stack gap="md">
      <Title order={2}>{t('funds.pageTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('funds.pageLead')}
      </Text>
      <Select
        label={t('funds.round')}
        w={480}
        value={current}
        onChange={setSelected}
        data={items.map((r) => ({
          value: String(r.id),
          label: `${lang === 'ja' ? r.nameJa : r.nameEn} · ${t(`funds.kind.${r.kind}`)} · ${t('funds.years', { from: r.fiscalYear, to: r.endFiscalYear })}`,
        }))}
      />
      {current && <RoundView id={Number(current)} />}
    </Stack>
  );
}
