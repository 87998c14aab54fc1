import { Button, Group, Paper, SegmentedControl, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENERIC_LADDER } from '../../../../src/modules/projects/stages.ts';
import {
  type Drill,
  diseaseAreaViewQuery,
  exportUrl,
  funnelQuery,
  integratedProjectViewQuery,
  matrixQuery,
} from '../../api/portfolio/queries.ts';
import { FiscalYearSelect } from '../../components/FiscalYearSelect.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { defaultFiscalYear, nameOf } from '../../lib/format.ts';
import { funnelOption, matrixOption } from './charts.ts';
import { DrillTable } from './DrillTable.tsx';
import { EChart } from './EChart.tsx';
import { StageTable } from './StageTable.tsx';

type View = 'funnel' | 'matrix' | 'disease-area' | 'integrated-project';

function ExportButton({ view, fiscalYear, id }: { view: View; fiscalYear: number; id?: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Button component="a" href={exportUrl(view, fiscalYear, lang, id)} variant="light" size="xs" data-testid={`export-${view}`}>
      {t('portfolio.exportExcel')}
    </Button>
  );
}

function Panel({
  title,
  view,
  fiscalYear,
  id,
  children,
}: {
  title: string;
  view: View;
  fiscalYear: number;
  id?: number;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        <ExportButton view={view} fiscalYear={fiscalYear} id={id} />
      </Group>
      {children}
    </Paper>
  );
}

function PipelineTab({ fiscalYear, onDrill }: { fiscalYear: number; onDrill: (d: Drill, caption: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery(funnelQuery(fiscalYear));
  const option = useMemo(() => (q.data ? funnelOption(q.data, lang) : null), [q.data, lang]);
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data || !option) return <Loading />;
  return (
    <Panel title={t('portfolio.funnel')} view="funnel" fiscalYear={fiscalYear}>
      <EChart
        option={option}
        label={t('portfolio.funnel')}
        onClick={(e) => onDrill({ stage: (e.data as { stage: string }).stage }, e.name)}
      />
    </Panel>
  );
}

function MatrixTab({ fiscalYear, onDrill }: { fiscalYear: number; onDrill: (d: Drill, caption: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [stage, setStage] = useState<string>('all');
  const q = useQuery(matrixQuery(fiscalYear));
  const option = useMemo(() => (q.data ? matrixOption(q.data, lang, stage === 'all' ? null : stage) : null), [q.data, lang, stage]);
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data || !option) return <Loading />;
  const m = q.data;
  return (
    <Panel title={t('portfolio.matrix')} view="matrix" fiscalYear={fiscalYear}>
      <SegmentedControl
        mb="sm"
        size="xs"
        value={stage}
        onChange={setStage}
        data={[{ value: 'all', label: t('portfolio.allStages') }, ...GENERIC_LADDER.map((r) => ({ value: r.code, label: r[lang] }))]}
      />
      <EChart
        option={option}
        height={Math.max(320, 60 + m.integratedProjects.length * 44)}
        label={t('portfolio.matrix')}
        onClick={(e) => {
          const d = e.data as { ip: number; area: number | null };
          const area = m.diseaseAreas.find((a) => a.id === d.area);
          const ip = m.integratedProjects.find((x) => x.id === d.ip);
          onDrill(
            {
              integratedProject: d.ip,
              ...(d.area === null ? { noDiseaseArea: true } : { diseaseArea: d.area }),
              ...(stage === 'all' ? {} : { stage }),
            },
            `${nameOf(ip, lang)} × ${nameOf(area, lang)}`,
          );
        }}
      />
      <Text size="xs" c="dimmed">
        {t('portfolio.matrixNote')}
      </Text>
    </Panel>
  );
}

function DiseaseAreaTab({ fiscalYear, onDrill }: { fiscalYear: number; onDrill: (d: Drill, caption: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const matrix = useQuery(matrixQuery(fiscalYear));
  const areas = (matrix.data?.diseaseAreas ?? []).filter((a): a is typeof a & { id: number } => a.id !== null);
  const [picked, setPicked] = useState<number | null>(null);
  const id = picked ?? areas[0]?.id ?? null;
  const q = useQuery({ ...diseaseAreaViewQuery(id ?? 0, fiscalYear), enabled: id !== null });
  return (
    <Panel title={t('portfolio.tabs.diseaseArea')} view="disease-area" fiscalYear={fiscalYear} id={id ?? undefined}>
      <Select
        label={t('portfolio.chooseArea')}
        data={areas.map((a) => ({ value: String(a.id), label: nameOf(a, lang) }))}
        value={id ? String(id) : null}
        onChange={(v) => setPicked(v ? Number(v) : null)}
        w={320}
        mb="sm"
      />
      {q.data ? (
        <StageTable
          testId="dc-table"
          rows={q.data.byIntegratedProject}
          first={t('portfolio.integratedProject')}
          onPick={(ip, stage) => onDrill({ diseaseArea: id ?? undefined, integratedProject: ip, stage }, nameOf(q.data.diseaseArea, lang))}
        />
      ) : (
        <Loading />
      )}
    </Panel>
  );
}

function IntegratedProjectTab({ fiscalYear, onDrill }: { fiscalYear: number; onDrill: (d: Drill, caption: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const matrix = useQuery(matrixQuery(fiscalYear));
  const ips = matrix.data?.integratedProjects ?? [];
  const [picked, setPicked] = useState<number | null>(null);
  const id = picked ?? ips[0]?.id ?? null;
  const q = useQuery({ ...integratedProjectViewQuery(id ?? 0, fiscalYear), enabled: id !== null });
  return (
    <Panel title={t('portfolio.tabs.integratedProject')} view="integrated-project" fiscalYear={fiscalYear} id={id ?? undefined}>
      <Select
        label={t('portfolio.chooseIp')}
        data={ips.map((a) => ({ value: String(a.id), label: nameOf(a, lang) }))}
        value={id ? String(id) : null}
        onChange={(v) => setPicked(v ? Number(v) : null)}
        w={360}
        mb="sm"
      />
      {q.data ? (
        <StageTable
          testId="pd-table"
          rows={q.data.byProgram}
          first={t('portfolio.program')}
          onPick={(program, stage) => onDrill({ program, stage }, nameOf(q.data.integratedProject, lang))}
        />
      ) : (
        <Loading />
      )}
    </Panel>
  );
}

/** Portfolio views for PD, PS, PO, DC and executives, filtered by fiscal year. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/portfolio' });
  const navigate = useNavigate({ from: '/portfolio' });
  const fiscalYear = search.fiscalYear ?? defaultFiscalYear();
  const [drill, setDrill] = useState<{ d: Drill; caption: string } | null>(null);
  const onDrill = (d: Drill, caption: string) => setDrill({ d, caption });
  return (
    <Stack gap="md">
      <PageHeader
        title={t('portfolio.title')}
        lead={t('portfolio.lead')}
        actions={<FiscalYearSelect value={fiscalYear} onChange={(fy) => void navigate({ search: { fiscalYear: fy } })} />}
      />
      <Tabs defaultValue="pipeline" keepMounted={false} onChange={() => setDrill(null)}>
        <Tabs.List mb="md">
          <Tabs.Tab value="pipeline">{t('portfolio.tabs.pipeline')}</Tabs.Tab>
          <Tabs.Tab value="matrix">{t('portfolio.tabs.matrix')}</Tabs.Tab>
          <Tabs.Tab value="da">{t('portfolio.tabs.diseaseArea')}</Tabs.Tab>
          <Tabs.Tab value="ip">{t('portfolio.tabs.integratedProject')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pipeline">
          <PipelineTab fiscalYear={fiscalYear} onDrill={onDrill} />
        </Tabs.Panel>
        <Tabs.Panel value="matrix">
          <MatrixTab fiscalYear={fiscalYear} onDrill={onDrill} />
        </Tabs.Panel>
        <Tabs.Panel value="da">
          <DiseaseAreaTab fiscalYear={fiscalYear} onDrill={onDrill} />
        </Tabs.Panel>
        <Tabs.Panel value="ip">
          <IntegratedProjectTab fiscalYear={fiscalYear} onDrill={onDrill} />
        </Tabs.Panel>
      </Tabs>
      {drill && <DrillTable fiscalYear={fiscalYear} drill={drill.d} caption={drill.caption} />}
    </Stack>
  );
}
