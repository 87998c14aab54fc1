import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallSummaryT } from '../../api/calls/types.ts';
import { AnchorLink } from '../../components/links.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { dateTime, fiscalYearPlain, money, nameOf, titleOf } from '../../lib/format.ts';
import { colon, sep } from './punctuation.ts';

export const PHASE_COLOR: Record<string, string> = {
  draft: 'gray',
  upcoming: 'blue',
  open: 'teal',
  closed: 'orange',
  review: 'violet',
  decided: 'dark',
};

/** Calls with their program, phase, deadline (Japan time), budget and types; `linkTo` says where a title leads. */
export function CallTable({ calls, linkTo }: { calls: CallSummaryT[]; linkTo: 'public' | 'app' }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (calls.length === 0) return <Text c="dimmed">{t('calls.list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover data-testid="call-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calls.apps.call')}</Table.Th>
            <Table.Th>{t('calls.list.program')}</Table.Th>
            <Table.Th>{t('calls.list.phase')}</Table.Th>
            <Table.Th>{t('calls.list.deadline')}</Table.Th>
            <Table.Th className="num">{t('calls.list.budget')}</Table.Th>
            <Table.Th>{t('calls.list.types')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calls.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                {linkTo === 'app' ? (
                  <AnchorLink to="/calls/$callId" params={{ callId: c.id }}>
                    {titleOf(c, lang)}
                  </AnchorLink>
                ) : (
                  <Text size="sm" fw={600}>
                    {titleOf(c, lang)}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {[c.code, fiscalYearPlain(c.fiscalYear, lang)].join(sep(lang))}
                </Text>
              </Table.Td>
              <Table.Td>{nameOf(c.program, lang)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={PHASE_COLOR[c.phase]}>
                  {t(`calls.phase.${c.phase}`)}
                </Badge>
              </Table.Td>
              <Table.Td className="nowrap">{dateTime(c.deadlineAt, lang)}</Table.Td>
              <Table.Td className="num">{money(c.budgetYen, lang)}</Table.Td>
              <Table.Td>
                {c.types.map((ty) => (
                  <Text size="xs" key={ty.id}>
                    {nameOf(ty, lang)}
                    {colon(lang)}
                    {money(ty.budgetCapYen, lang)}
                    {lang === 'ja' ? `／${ty.durationYears}年` : ` / ${ty.durationYears} yr`}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
