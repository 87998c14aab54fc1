import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type Role } from '../../../../src/modules/people/roles.ts';
import { GENERIC_LADDER, PROJECT_STATUSES } from '../../../../src/modules/projects/stages.ts';
import type { HomeScope } from '../../api/home/queries.ts';
import { BarCell } from '../../components/BarCell.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { count, dot, fiscalYearShort, labelOf, money, nameOf } from '../../lib/format.ts';

/** Year-on-year change as a signed percentage: +12.5% / −3%. */
function change(current: number, previous: number, lang: 'ja' | 'en'): string {
  const ratio = (current - previous) / previous;
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(ratio);
}

/** One area a person follows: projects by stage and status, this year's money against last year's. */
export function ScopeCard({ scope, fiscalYear }: { scope: HomeScope; fiscalYear: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const fy = fiscalYearShort(fiscalYear, lang);
  const maxStage = Math.max(0, ...GENERIC_LADDER.map((r) => scope.byStage[r.code] ?? 0));
  const href = scope.link.split('?');
  const search = Object.fromEntries(new URLSearchParams(href[1] ?? ''));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id} data-testid="home-scope">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" fw={600}>
            {labelOf(ROLE_LABELS[scope.role as Role], lang)}
            {dot(lang)}
            {t(`home.kind.${scope.kind}`)}
          </Text>
          <Title order={2} fz="h4" id={id} className="text-ja">
            {nameOf(scope, lang)}
          </Title>
        </Stack>
        <AnchorLink to="/projects" search={search} size="sm">
          {t('home.openList')}
        </AnchorLink>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mb="md">
        <Stack gap={0}>
          <Text size="xs" c="dimmed" fw={600}>
            {t('home.running')}
          </Text>
          <Text fz={26} fw={700} data-testid="scope-project-count">
            {t('common.count', { n: count(scope.projectCount, lang) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('home.newProjects', { n: count(scope.newProjectCount, lang) })}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" fw={600}>
            {t('home.budget', { fy })}
          </Text>
          <Text fz={26} fw={700} data-testid="scope-budget">
            {money(scope.budgetYen, lang)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('home.previous', { amount: money(scope.previousBudgetYen, lang) })}
            {'　'}
            {scope.previousBudgetYen > 0
              ? t('home.change', { pct: change(scope.budgetYen, scope.previousBudgetYen, lang) })
              : t('home.changeNone')}
          </Text>
        </Stack>
      </SimpleGrid>
      <Text size="xs" c="dimmed" fw={600} mb={4}>
        {t('home.byStatus')}
      </Text>
      <Group gap="xs" mb="sm">
        {PROJECT_STATUSES.map((s) => (
          <Badge key={s} variant="outline" color="gray.8" radius="sm">
            {t(`status.${s}`)} {count(scope.byStatus[s] ?? 0, lang)}
          </Badge>
        ))}
      </Group>
      <Text size="xs" c="dimmed" fw={600} mb={4}>
        {t('home.byStage')}
      </Text>
      <Stack gap={4}>
        {GENERIC_LADDER.map((r) => (
          <Group key={r.code} gap="sm" wrap="nowrap">
            <Text size="sm" w={{ base: 110, sm: 220 }} className="text-ja" style={{ flexShrink: 0 }}>
              {r[lang]}
            </Text>
            <div style={{ flex: 1 }}>
              <BarCell
                value={scope.byStage[r.code] ?? 0}
                max={maxStage}
                label={t('common.count', { n: count(scope.byStage[r.code] ?? 0, lang) })}
                ariaLabel={r[lang]}
              />
            </div>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
