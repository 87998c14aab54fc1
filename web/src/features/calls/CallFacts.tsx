import { Badge, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallDetailT } from '../../api/calls/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { dateTime, fiscalYearLabel, labelOf, money } from '../../lib/format.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** What a call asks for: dates in Japan time, budget, eligibility, PPI questions, documents, review form and stages. */
export function CallFacts({ call }: { call: CallDetailT }) {
  const { t } = useTranslation();
  const lang = useLang();
  const items = (xs: { code: string; ja: string; en: string }[], extra?: (x: { code: string }) => ReactNode) =>
    xs.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t('common.none')}
      </Text>
    ) : (
      <List size="sm">
        {xs.map((x) => (
          <List.Item key={x.code}>
            {labelOf(x, lang)} {extra?.(x)}
          </List.Item>
        ))}
      </List>
    );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Fact label={t('calls.call.fiscalYear')}>{fiscalYearLabel(call.fiscalYear, lang)}</Fact>
        <Fact label={t('calls.call.opensAt')}>{dateTime(call.opensAt, lang)}</Fact>
        <Fact label={t('calls.call.deadlineAt')}>{dateTime(call.deadlineAt, lang)}</Fact>
        <Fact label={t('calls.call.budget')}>{money(call.budgetYen, lang)}</Fact>
        <Fact label={t('calls.call.concentration')}>{money(call.concentrationLimitYen, lang)}</Fact>
        <Fact label={t('calls.call.partnerCountries')}>{call.partnerCountries.join(', ') || t('common.none')}</Fact>
      </SimpleGrid>
      {(lang === 'ja' ? call.descriptionJa : call.descriptionEn) && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {lang === 'ja' ? call.descriptionJa : call.descriptionEn}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap={4}>
          <Title order={3} fz="h6">
            {t('calls.call.eligibility')}
          </Title>
          {items(call.eligibility)}
          <Title order={3} fz="h6" mt="sm">
            {t('calls.call.ppi')}
          </Title>
          {items(call.ppiQuestions)}
        </Stack>
        <Stack gap={4}>
          <Title order={3} fz="h6">
            {t('calls.call.attachments')}
          </Title>
          {items(call.requiredAttachments, (x) =>
            call.requiredAttachments.find((a) => a.code === x.code)?.required ? (
              <Badge size="xs" color="red" variant="light">
                {t('calls.call.requiredMark')}
              </Badge>
            ) : null,
          )}
          <Title order={3} fz="h6" mt="sm">
            {t('calls.call.reviewForm')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('calls.call.reviewScale', { from: call.reviewForm.fundableFrom })}
          </Text>
          {items(call.reviewForm.criteria)}
          <Title order={3} fz="h6" mt="sm">
            {t('calls.call.stages')}
          </Title>
          <Text size="sm">{call.reviewStages.map((s) => labelOf(s, lang)).join(' → ')}</Text>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
