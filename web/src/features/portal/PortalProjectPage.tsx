import { Badge, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { portalProjectQuery, portalSimilarQuery } from '../../api/portal/queries.ts';
import { AnchorLink } from '../../components/links.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { money } from '../../lib/format.ts';
import { projectJsonLd } from './jsonld.ts';

/** /portal/projects/$id: a published project with outcomes, lineage, similar projects and JSON-LD. */
export function PortalProjectPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { projectId } = useParams({ from: '/portal-shell/portal/projects/$projectId' });
  const project = useQuery(portalProjectQuery(projectId));
  const similar = useQuery(portalSimilarQuery(projectId));
  const p = project.data;
  const n = (x: { nameJa: string; nameEn: string }) => (lang === 'ja' ? x.nameJa : x.nameEn);
  const title = (x: { titleJa: string; titleEn: string }) => (lang === 'ja' ? x.titleJa : x.titleEn);
  useEffect(() => {
    if (!p) return;
    document.title = `${title(p)} | Seedline`;
    const el = document.createElement('script');
    el.type = 'application/ld+json';
    el.id = 'project-jsonld';
    el.text = JSON.stringify(projectJsonLd(p, window.location.href));
    document.head.querySelector('#project-jsonld')?.remove();
    document.head.appendChild(el);
    return () => el.remove();
  });
  if (project.isPending) return <Loader />;
  if (!p) return <Text>{t('portal.noResults')}</Text>;
  return (
    <Stack gap="md" maw={1000} mx="auto">
      <AnchorLink to="/portal" size="sm">
        {t('portal.back')}
      </AnchorLink>
      <Text size="xs" ff="monospace">
        {p.grantNumber}
      </Text>
      <Title order={1} size="h2">
        {title(p)}
      </Title>
      <Group gap="xs">
        <Badge>{t(`portal.status.${p.status}`)}</Badge>
        <Badge variant="light">{t('portal.years', { start: p.startFiscalYear, end: p.endFiscalYear })}</Badge>
      </Group>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={200}>{t('portal.pi')}</Table.Th>
            <Table.Td>{n(p.pi)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('portal.institution')}</Table.Th>
            <Table.Td>{n(p.institution)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('portal.program')}</Table.Th>
            <Table.Td>{n(p.program)}</Table.Td>
          </Table.Tr>
          {p.integratedProject && (
            <Table.Tr>
              <Table.Th>{t('portal.integratedProject')}</Table.Th>
              <Table.Td>{n(p.integratedProject)}</Table.Td>
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Th>{t('portal.diseaseAreas')}</Table.Th>
            <Table.Td>{p.diseaseAreas.map(n).join('、')}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Title order={2} size="h4">
        {t('portal.abstract')}
      </Title>
      <Text>{lang === 'ja' ? p.abstractJa : p.abstractEn}</Text>
      <Title order={2} size="h4">
        {t('portal.team')}
      </Title>
      <Stack gap={2}>
        {p.members.map((m) => (
          <Text key={m.researcherId} size="sm">
            {t(`portal.role.${m.role}`)}：{n(m)}（{n(m.institution)}）
          </Text>
        ))}
      </Stack>
      <Title order={2} size="h4">
        {t('portal.budgets')}
      </Title>
      <Group gap="md">
        {p.budgets.map((b) => (
          <Text key={b.fiscalYear} size="sm">
            {t('portal.fy', { fy: b.fiscalYear })}: {money(b.amountYen, lang)}
          </Text>
        ))}
      </Group>
      <Title order={2} size="h4">
        {t('portal.outcomes')}
      </Title>
      {p.outcomes.length === 0 && <Text size="sm">{t('portal.noOutcomes')}</Text>}
      <Stack gap={2} data-testid="portal-outcomes">
        {p.outcomes.map((o) => (
          <Text key={o.id} size="sm">
            {t('portal.fy', { fy: o.fiscalYear })} {title(o)}
          </Text>
        ))}
      </Stack>
      <Title order={2} size="h4">
        {t('portal.lineage')}
      </Title>
      {p.lineage.nodes.length <= 1 && <Text size="sm">{t('portal.noLineage')}</Text>}
      <Stack gap={2} data-testid="portal-lineage">
        {p.lineage.nodes
          .filter((x) => p.lineage.nodes.length > 1)
          .map((x) => (
            <Text key={x.id} size="sm" fw={x.id === p.id ? 700 : 400}>
              {t('portal.years', { start: x.startFiscalYear, end: x.endFiscalYear })}{' '}
              {x.id === p.id ? (
                title(x)
              ) : (
                <AnchorLink to="/portal/projects/$projectId" params={{ projectId: x.id }}>
                  {title(x)}
                </AnchorLink>
              )}{' '}
              （{n(x.program)}）
            </Text>
          ))}
      </Stack>
      <Title order={2} size="h4">
        {t('portal.similar')}
      </Title>
      {similar.data?.items.length === 0 && <Text size="sm">{t('portal.noSimilar')}</Text>}
      <Stack gap={4} data-testid="portal-similar">
        {similar.data?.items.map((s) => (
          <Card key={s.id} withBorder padding="xs">
            <AnchorLink to="/portal/projects/$projectId" params={{ projectId: s.id }} size="sm">
              {title(s)}
            </AnchorLink>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
