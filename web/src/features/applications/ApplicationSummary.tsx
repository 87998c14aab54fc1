import { Anchor, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetailT } from '../../api/applications/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { dateTime, fiscalYearPlain, moneyExact, nameOf } from '../../lib/format.ts';
import { colon } from '../calls/punctuation.ts';

/** A read-only view of an application (submitted, decided, or read by the agency). */
export function ApplicationSummary({ app }: { app: ApplicationDetailT }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {lang === 'ja' ? app.abstractJa || app.abstractEn : app.abstractEn || app.abstractJa}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Stack gap={4}>
            <Title order={3} fz="h6">
              {t('calls.app.team')}
            </Title>
            <Table data-testid="application-team">
              <Table.Tbody>
                {app.team.map((m) => (
                  <Table.Tr key={m.researcherId}>
                    <Table.Td>{m.role === 'pi' ? t('calls.app.rolePi') : t('calls.app.roleCo')}</Table.Td>
                    <Table.Td>{nameOf(m, lang)}</Table.Td>
                    <Table.Td>{nameOf(m.institution, lang)}</Table.Td>
                    <Table.Td className="num">{m.effortPercent}%</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
          <Stack gap={4}>
            <Title order={3} fz="h6">
              {t('calls.app.budgets')}
            </Title>
            <Table>
              <Table.Tbody>
                {app.budgets.map((b) => (
                  <Table.Tr key={b.fiscalYear}>
                    <Table.Td>{fiscalYearPlain(b.fiscalYear, lang)}</Table.Td>
                    <Table.Td className="num">{moneyExact(b.amountYen, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </SimpleGrid>
        <Stack gap={4}>
          <Title order={3} fz="h6">
            {t('calls.app.attachments')}
          </Title>
          <List size="sm">
            {app.attachments.map((a) => (
              <List.Item key={a.id}>
                <Anchor href={`/api/v1/applications/${app.id}/attachments/${a.id}`}>{a.fileName}</Anchor>
                <Text span size="xs" c="dimmed">
                  {' '}
                  SHA-256 {a.sha256.slice(0, 12)}…
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={4}>
          <Title order={3} fz="h6">
            {t('calls.app.history')}
          </Title>
          <List size="sm" data-testid="application-history">
            {app.history.map((h) => (
              <List.Item key={`${h.at}-${h.toStatus}`}>
                {dateTime(h.at, lang)}
                {colon(lang)}
                {t(`calls.status.${h.toStatus as 'draft'}`)}
                {h.note ? (lang === 'ja' ? `（${h.note}）` : ` (${h.note})`) : ''}
              </List.Item>
            ))}
          </List>
        </Stack>
      </Stack>
    </Paper>
  );
}
