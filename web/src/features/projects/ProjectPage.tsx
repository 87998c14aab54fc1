import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectQuery } from '../../api/projects/queries.ts';
import { Crumbs } from '../../components/Crumbs.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ErrorAlert, isNotFound, Loading, NotFound } from '../../components/RouteStates.tsx';
import type { Lang } from '../../i18n/index.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { fiscalYearRange, joinNames, money, nameOf, titleOf } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { ProjectSteeringSection } from '../gates/ProjectSteeringSection.tsx';
import { ProjectHandoffSection } from '../handoff/LineageSankey.tsx';
import { ProjectOutcomes } from '../outcomes/ProjectOutcomes.tsx';
import { BudgetTable } from './BudgetTable.tsx';
import { LineageChain } from './LineageChain.tsx';
import { lastListSearch } from './last-list.ts';
import { OutcomesList } from './OutcomesList.tsx';
import { ProjectEditForm } from './ProjectEditForm.tsx';
import { parseProjectSearch } from './search.ts';
import { stageName } from './stage-options.ts';
import { TeamTable } from './TeamTable.tsx';

function Section({ title, children, extra, testId }: { title: string; children: ReactNode; extra?: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4" id={id}>
          {title}
        </Title>
        {extra}
      </Group>
      {children}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

export function ProjectPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { projectId } = useParams({ from: '/app/projects/$projectId' });
  const project = useQuery(projectQuery(projectId));
  const [editing, edit] = useDisclosure(false);
  const [otherLang, setOtherLang] = useState(false);
  const [saved, setSaved] = useState(false);
  const p = project.data;
  usePageTitle(p ? titleOf(p, lang) : t('project.title'));
  const back = parseProjectSearch(lastListSearch() as Record<string, unknown>);

  if (project.isPending) return <Loading />;
  if (isNotFound(project.error)) return <NotFound />;
  if (project.isError || !p) return <ErrorAlert error={project.error} onRetry={() => void project.refetch()} />;

  // Titles and abstracts in the UI language, the other one on request.
  const textLang: Lang = otherLang ? (lang === 'ja' ? 'en' : 'ja') : lang;
  const title = textLang === 'en' ? p.titleEn : p.titleJa;
  const abstract = textLang === 'en' ? p.abstractEn : p.abstractJa;
  const pi = p.members.find((m) => m.role === 'pi');

  return (
    <Stack gap="md">
      <Crumbs current={p.grantNumber}>
        <AnchorLink to="/" size="sm">
          {t('nav.home')}
        </AnchorLink>
        <AnchorLink to="/projects" search={back} size="sm" data-testid="back-to-list">
          {t('nav.projects')}
        </AnchorLink>
      </Crumbs>
      {saved && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setSaved(false)}
          data-testid="saved"
        >
          {t('common.saved')}
        </Alert>
      )}
      <Stack gap={6}>
        <Group gap="xs">
          <Text size="sm" ff="monospace" c="dimmed">
            {p.grantNumber}
          </Text>
          <Badge variant="light">{t(`status.${p.status}`)}</Badge>
          <Badge variant="outline" color="gray">
            {t(`modality.${p.modality}`)}
          </Badge>
          <Badge variant="outline" color="gray">
            {p.isPublic ? t('project.public') : t('project.private')}
          </Badge>
        </Group>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={1} fz="h2" lang={textLang}>
            {title}
          </Title>
          {p.permissions.canEdit && (
            <Button onClick={edit.open} variant="light" style={{ flexShrink: 0 }}>
              {t('edit.open')}
            </Button>
          )}
        </Group>
        <Anchor component="button" type="button" size="sm" onClick={() => setOtherLang((v) => !v)} aria-pressed={otherLang} w="fit-content">
          {otherLang ? t('project.showCurrentLanguage') : t('project.showOtherLanguage')}
        </Anchor>
      </Stack>

      <Section title={t('project.overview')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
          <Fact label={t('project.pi')}>{pi ? nameOf(pi, lang) : nameOf(p.pi, lang)}</Fact>
          <Fact label={t('project.institution')}>{nameOf(p.institution, lang)}</Fact>
          <Fact label={t('project.program')}>{nameOf(p.program, lang)}</Fact>
          <Fact label={t('project.integratedProject')}>{p.integratedProject ? nameOf(p.integratedProject, lang) : t('common.notSet')}</Fact>
          <Fact label={t('project.period')}>{fiscalYearRange(p.startFiscalYear, p.endFiscalYear, lang)}</Fact>
          <Fact label={t('project.stage')}>{stageName(p.stage, lang)}</Fact>
          <Fact label={t('project.diseaseAreas')}>
            {joinNames(
              p.diseaseAreas.map((d) => nameOf(d, lang)),
              lang,
            ) || t('common.none')}
          </Fact>
          <Fact label={t('projects.col.budgetAll')}>{money(p.budgetYen, lang)}</Fact>
        </SimpleGrid>
      </Section>

      <Section title={t('project.abstract')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lang={textLang}>
          {abstract || t('project.noAbstract')}
        </Text>
      </Section>

      <Section title={t('project.lineage')} testId="lineage-section">
        <Text size="xs" c="dimmed" mb="sm">
          {t('project.lineageLead')}
        </Text>
        <LineageChain currentId={p.id} lineage={p.lineage} />
      </Section>
      <ProjectHandoffSection projectId={p.id} />

      <Section title={t('project.budget')} testId="budget-section">
        <BudgetTable budgets={p.budgets} />
      </Section>
      <ProjectSteeringSection projectId={p.id} />

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section title={t('project.team')}>
          <TeamTable members={p.members} />
        </Section>
        <Section title={t('project.outcomes')}>
          <OutcomesList outcomes={p.outcomes} />
        </Section>
      </SimpleGrid>
      <ProjectOutcomes projectId={p.id} />

      {p.permissions.canEdit && editing && (
        <ProjectEditForm
          project={p}
          opened={editing}
          onClose={edit.close}
          onSaved={() => {
            edit.close();
            setSaved(true);
          }}
        />
      )}
    </Stack>
  );
}
