import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { SankeyChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionQuery } from '../../api/auth/queries.ts';
import { type HandoffPath, handoffPathQuery, recommendationsQuery } from '../../api/handoff/queries.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { money } from '../../lib/format.ts';

echarts.use([SankeyChart, TooltipComponent, SVGRenderer]);

const STAFF_ROLES = ['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff'];

function Sankey({ path }: { path: HandoffPath }) {
  const ref = useRef<HTMLDivElement>(null);
  const lang = useLang();
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const label = new Map(path.sankey.nodes.map((n) => [n.name, lang === 'ja' ? n.labelJa : n.labelEn]));
    chart.setOption({
      tooltip: {
        trigger: 'item',
        formatter: (p: { data: { source?: string; target?: string; value?: number } }) =>
          p.data.source ? `${label.get(p.data.source)} → ${label.get(p.data.target ?? '')}<br/>${money(p.data.value ?? 0, lang)}` : '',
      },
      series: [
        {
          type: 'sankey',
          left: 8,
          right: 220,
          nodeAlign: 'left',
          data: path.sankey.nodes.map((n) => ({ name: n.name })),
          links: path.sankey.links.map((l) => ({ source: l.source, target: l.target, value: l.valueYen })),
          label: { formatter: (p: { name: string }) => label.get(p.name) ?? p.name, fontSize: 12, width: 150, overflow: 'break' },
          lineStyle: { color: 'gradient', opacity: 0.4 },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [path, lang]);
  return <div ref={ref} data-testid="lineage-sankey" style={{ width: '100%', height: 320 }} />;
}

function Recommendations({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rec = useQuery(recommendationsQuery(projectId));
  if (!rec.data) return null;
  return (
    <Stack gap="xs" data-testid="successor-recommendations">
      <Title order={4}>{t('handoff.recommendTitle')}</Title>
      <Text size="xs" c="dimmed">
        {t('handoff.recommendLead')}
      </Text>
      {!rec.data.nearFinalGate && <Text size="sm">{t('handoff.notNear')}</Text>}
      {rec.data.nearFinalGate && rec.data.items.length === 0 && <Text size="sm">{t('handoff.noCandidates')}</Text>}
      {rec.data.items.map((item) => (
        <Card key={item.program.id} withBorder padding="sm">
          <Group justify="space-between">
            <Text fw={700}>{lang === 'ja' ? item.program.nameJa : item.program.nameEn}</Text>
            <Group gap="xs">
              <Badge variant="light">{t('handoff.pastProjects', { count: item.pastProjects })}</Badge>
              <Badge variant="outline">{t('handoff.score', { score: item.score.toFixed(2) })}</Badge>
            </Group>
          </Group>
          <List size="sm" mt={4}>
            {item.reasons.map((r) => (
              <List.Item key={r.kind}>{lang === 'ja' ? r.textJa : r.textEn}</List.Item>
            ))}
          </List>
        </Card>
      ))}
    </Stack>
  );
}

/** The project's path across programs as a Sankey, and (for agency staff) successor recommendations. */
export function ProjectHandoffSection({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const path = useQuery(handoffPathQuery(projectId));
  const session = useQuery(sessionQuery());
  const isStaff = session.data?.user.roles.some((r) => STAFF_ROLES.includes(r.role)) ?? false;
  return (
    <Card withBorder radius="md" padding="md" data-testid="handoff-section">
      <Stack gap="sm">
        <Title order={3}>{t('handoff.sankeyTitle')}</Title>
        <Text size="xs" c="dimmed">
          {t('handoff.sankeyLead')}
        </Text>
        {path.data && path.data.sankey.links.length > 0 ? (
          <Sankey path={path.data} />
        ) : (
          path.data && <Text c="dimmed">{t('handoff.noPath')}</Text>
        )}
        {isStaff && <Recommendations projectId={projectId} />}
      </Stack>
    </Card>
  );
}
