import { Badge, Box, Flex, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types.ts';
import { AnchorLink } from '../../components/links.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { fiscalYearPlain, nameOf, titleOf } from '../../lib/format.ts';
import { orderLineage } from './lineage.ts';

const EDGE_COLOR = { handoff: 'indigo', continuation: 'gray', fast_path: 'orange' } as const;

/** The seed's path across programs, as an ordered list of linked projects. */
export function LineageChain({ currentId, lineage }: { currentId: number; lineage: ProjectDetail['lineage'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const steps = orderLineage(lineage.nodes, lineage.edges);
  if (steps.length <= 1) return <Text c="dimmed">{t('project.noLineage')}</Text>;

  return (
    <Flex
      component="ol"
      aria-label={t('project.lineage')}
      data-testid="lineage-chain"
      wrap="wrap"
      align="stretch"
      gap={0}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {steps.map(({ node, via }, i) => {
        const current = node.id === currentId;
        return (
          <Flex component="li" key={node.id} align="center" gap={0} data-testid="lineage-node" aria-current={current ? 'true' : undefined}>
            {i > 0 && (
              <Stack gap={2} align="center" px="xs" miw={84}>
                {via && (
                  <Badge size="xs" variant="light" color={EDGE_COLOR[via]}>
                    {t(`edgeKind.${via}`)}
                  </Badge>
                )}
                <Text c="dimmed" fz={22} lh={1} aria-hidden="true">
                  →
                </Text>
              </Stack>
            )}
            <Paper
              withBorder
              radius="md"
              p="sm"
              w={240}
              h="100%"
              my={4}
              bg={current ? 'teal.0' : undefined}
              style={current ? { borderColor: 'var(--mantine-color-teal-6)', borderWidth: 2 } : undefined}
            >
              <Stack gap={4}>
                <Text size="sm" fw={700} c={current ? 'teal.9' : undefined}>
                  {nameOf(node.program, lang)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('common.yearRange', {
                    start: fiscalYearPlain(node.startFiscalYear, lang),
                    end: fiscalYearPlain(node.endFiscalYear, lang),
                  })}
                </Text>
                <Box>
                  {current ? (
                    <Text size="xs" lineClamp={3}>
                      {titleOf(node, lang)}
                    </Text>
                  ) : (
                    <AnchorLink to="/projects/$projectId" params={{ projectId: node.id }} size="xs" lineClamp={3}>
                      {titleOf(node, lang)}
                    </AnchorLink>
                  )}
                </Box>
                <Text size="xs" ff="monospace" c="dimmed">
                  {node.grantNumber}
                  {current && (
                    <Badge size="xs" ml={6} color="teal">
                      {t('project.thisProject')}
                    </Badge>
                  )}
                </Text>
              </Stack>
            </Paper>
          </Flex>
        );
      })}
    </Flex>
  );
}
