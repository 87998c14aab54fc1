import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecideApplication, useDismissFlag } from '../../api/applications/mutations.ts';
import { applicationFlagsQuery, effortRegisterQuery } from '../../api/applications/queries.ts';
import type { ApplicationDetailT, FlagT } from '../../api/applications/types.ts';
import { useErrorMessage } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { fiscalYearPlain, money, nameOf, titleOf } from '../../lib/format.ts';
import { colon, sep } from '../calls/punctuation.ts';

function FlagCard({ flag, applicationId }: { flag: FlagT; applicationId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [reason, setReason] = useState('');
  const dismiss = useDismissFlag(applicationId);
  const e = flag.evidence as Record<string, unknown> & { other?: { label: string; titleJa: string; titleEn: string } };
  return (
    <Paper withBorder p="sm" data-testid={`flag-${flag.kind}`}>
      <Group justify="space-between">
        <Badge color={flag.status === 'open' ? 'orange' : 'gray'}>{t(`calls.staff.kind.${flag.kind}`)}</Badge>
        <Text size="sm">{nameOf(flag.researcher, lang)}</Text>
      </Group>
      <Text size="sm" mt="xs">
        {flag.kind === 'duplication' && e.other && (
          <>
            {e.other.label} {titleOf(e.other, lang)}
            {sep(lang)}
            {t('calls.staff.similarity', { score: flag.score })}
            {sep(lang)}
            {t('calls.staff.shared')}
            {colon(lang)}
            {(e.sharedTerms as string[]).join(' ')}
          </>
        )}
        {flag.kind === 'concentration' &&
          t('calls.staff.total', { total: money(Number(e.totalYen), lang), limit: money(Number(e.limitYen), lang) })}
        {flag.kind === 'effort' && t('calls.staff.withPending', { n: flag.score })}
      </Text>
      {flag.status === 'open' ? (
        <Group mt="xs" align="flex-end">
          <TextInput size="xs" label={t('calls.staff.dismissReason')} value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} />
          <Button size="xs" variant="light" disabled={!reason.trim()} onClick={() => dismiss.mutate({ id: flag.id, reason })}>
            {t('calls.staff.dismiss')}
          </Button>
        </Group>
      ) : (
        <Text size="xs" c="dimmed" mt="xs">
          {t('calls.staff.dismissed', { reason: flag.dismissReason })}
        </Text>
      )}
    </Paper>
  );
}

function DecisionForm({ app }: { app: ApplicationDetailT }) {
  const { t } = useTranslation();
  const lang = useLang();
  const errorMessage = useErrorMessage();
  const decide = useDecideApplication(app.id);
  const [outcome, setOutcome] = useState<'adopted' | 'rejected'>('adopted');
  const [budgets, setBudgets] = useState(app.budgets);
  const [reasonJa, setReasonJa] = useState('');
  const [reasonEn, setReasonEn] = useState('');
  return (
    <Stack>
      {decide.isError && <Alert color="red">{errorMessage(decide.error)}</Alert>}
      <SegmentedControl
        value={outcome}
        onChange={(v) => setOutcome(v as 'adopted' | 'rejected')}
        data={[
          { value: 'adopted', label: t('calls.staff.adopt') },
          { value: 'rejected', label: t('calls.staff.reject') },
        ]}
      />
      {outcome === 'adopted' && (
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          {budgets.map((b, i) => (
            <NumberInput
              key={b.fiscalYear}
              label={`${fiscalYearPlain(b.fiscalYear, lang)} ${t('calls.staff.awarded')}`}
              description={t('calls.staff.requestedLine', { amount: money(app.budgets[i]?.amountYen ?? 0, lang) })}
              value={b.amountYen}
              thousandSeparator=","
              min={0}
              onChange={(v) => setBudgets(budgets.map((x, j) => (i === j ? { ...x, amountYen: Number(v) || 0 } : x)))}
            />
          ))}
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Textarea label={t('calls.staff.reasonJa')} value={reasonJa} onChange={(e) => setReasonJa(e.currentTarget.value)} />
        <Textarea label={t('calls.staff.reasonEn')} value={reasonEn} onChange={(e) => setReasonEn(e.currentTarget.value)} />
      </SimpleGrid>
      <Group>
        <Button
          loading={decide.isPending}
          onClick={() =>
            decide.mutate({ version: app.version, outcome, budgets: outcome === 'adopted' ? budgets : undefined, reasonJa, reasonEn })
          }
        >
          {t('calls.staff.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** For PS/PO and staff: the checks before review, the team's effort register, and the decision. */
export function StaffPanel({ app }: { app: ApplicationDetailT }) {
  const { t } = useTranslation();
  const lang = useLang();
  const flags = useQuery(applicationFlagsQuery(app.id));
  const effort = useQuery(effortRegisterQuery(app.id));
  return (
    <Stack>
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('calls.staff.checks')}>
        <Title order={2} fz="h4" mb="sm">
          {t('calls.staff.checks')}
        </Title>
        <Stack gap="xs">
          {flags.data?.items.length === 0 && <Text c="dimmed">{t('calls.staff.noFlags')}</Text>}
          {flags.data?.items.map((f) => (
            <FlagCard key={f.id} flag={f} applicationId={app.id} />
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('calls.staff.effortRegister')}>
        <Title order={2} fz="h4" mb="sm">
          {t('calls.staff.effortRegister')}
        </Title>
        {effort.data?.lines.map((l) => (
          <Stack key={l.researcherId} gap={4} mb="sm">
            <Group>
              <Text fw={600}>{nameOf(l, lang)}</Text>
              <Badge color={l.committedPercent > 100 ? 'red' : 'teal'} variant="light">
                {t('calls.staff.committed', { n: l.committedPercent })}
              </Badge>
              <Badge color="gray" variant="light">
                {t('calls.staff.withPending', { n: l.withPendingPercent })}
              </Badge>
            </Group>
            <Table>
              <Table.Tbody>
                {l.entries.map((e) => (
                  <Table.Tr key={`${e.kind}-${e.id}`}>
                    <Table.Td>{e.kind === 'this' ? t('calls.staff.entryThis') : e.label}</Table.Td>
                    <Table.Td>{titleOf(e, lang)}</Table.Td>
                    <Table.Td className="num">{e.effortPercent}%</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </Paper>
      {app.status === 'submitted' && app.call.phase === 'review' && (
        <Paper withBorder p="md" radius="md" component="section" aria-label={t('calls.staff.decide')}>
          <Title order={2} fz="h4" mb="sm">
            {t('calls.staff.decide')}
          </Title>
          <DecisionForm app={app} />
        </Paper>
      )}
    </Stack>
  );
}
