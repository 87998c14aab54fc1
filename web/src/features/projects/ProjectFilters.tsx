import { Button, Group, Paper, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODALITIES, PROJECT_STATUSES } from '../../../../src/modules/projects/stages.ts';
import { sessionQuery } from '../../api/auth/queries.ts';
import {
  diseaseAreasQuery,
  institutionsQuery,
  integratedProjectsQuery,
  periodOfYear,
  periodsQuery,
  programsQuery,
} from '../../api/catalog/queries.ts';
import type { ProjectListItem } from '../../api/types.ts';
import { FiscalYearSelect } from '../../components/FiscalYearSelect.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { defaultFiscalYear, nameOf } from '../../lib/format.ts';
import type { ProjectSearch } from './search.ts';
import { stageFilterOptions } from './stage-options.ts';

type Props = {
  search: ProjectSearch;
  onChange: (patch: Partial<ProjectSearch>) => void;
  onClear: () => void;
  /** Rows on screen, to name an institution chosen before its search results load. */
  rows: ProjectListItem[];
};

const idOf = (v: string | null) => (v ? Number(v) : undefined);
const str = (v: number | string | undefined) => (v === undefined ? null : String(v));

export function ProjectFilters({ search, onChange, onClear, rows }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const periods = useQuery(periodsQuery());
  const period = periodOfYear(periods.data?.items ?? [], search.fiscalYear ?? defaultFiscalYear());
  const ips = useQuery({ ...integratedProjectsQuery(period?.id), enabled: !!period });
  const programs = useQuery({ ...programsQuery(period?.id, search.integratedProject), enabled: !!period });
  const areas = useQuery({ ...diseaseAreasQuery(period?.id), enabled: !!period });

  const session = useQuery(sessionQuery()).data;
  const isResearcher = session?.user.roles.some((r) => r.role === 'researcher') ?? false;

  const [keyword, setKeyword] = useState(search.q ?? '');
  useEffect(() => setKeyword(search.q ?? ''), [search.q]);

  const [instText, setInstText] = useState('');
  const [instQuery] = useDebouncedValue(instText, 250);
  const institutions = useQuery({ ...institutionsQuery(instQuery), enabled: instQuery.length > 0 || !!search.institution });
  const instOptions = (institutions.data?.items ?? []).map((i) => ({ value: String(i.id), label: nameOf(i, lang) }));
  if (search.institution && !instOptions.some((o) => o.value === String(search.institution))) {
    const known = rows.find((r) => r.institution.id === search.institution)?.institution;
    instOptions.unshift({ value: String(search.institution), label: known ? nameOf(known, lang) : `#${search.institution}` });
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: keyword.trim() || undefined });
  };
  // A filter in force is always named, even when it belongs to another plan period than the
  // year shown (e.g. ?integratedProject=10 with all years): its name comes from all periods.
  const missing = (xs: { id: number }[] | undefined, id: number | undefined) => id !== undefined && !(xs ?? []).some((x) => x.id === id);
  const ipMissing = missing(ips.data?.items, search.integratedProject);
  const programMissing = missing(programs.data?.items, search.program);
  const areaMissing = missing(areas.data?.items, search.diseaseArea);
  const allIps = useQuery({ ...integratedProjectsQuery(undefined), enabled: ipMissing });
  const allPrograms = useQuery({ ...programsQuery(undefined), enabled: programMissing });
  const allAreas = useQuery({ ...diseaseAreasQuery(undefined), enabled: areaMissing });
  const opts = <X extends { id: number; nameJa: string; nameEn: string }>(xs: X[] | undefined, selected?: number, all?: X[]) => {
    const list = (xs ?? []).map((x) => ({ value: String(x.id), label: nameOf(x, lang) }));
    if (selected !== undefined && !list.some((o) => o.value === String(selected))) {
      const hit = all?.find((x) => x.id === selected);
      list.unshift({ value: String(selected), label: hit ? nameOf(hit, lang) : `#${selected}` });
    }
    return list;
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('projects.filters')}>
      <form onSubmit={submit} aria-label={t('projects.keyword')}>
        <Group align="flex-end" gap="sm" mb="sm" wrap="nowrap">
          <TextInput
            label={t('projects.keyword')}
            placeholder={t('projects.keywordPlaceholder')}
            value={keyword}
            onChange={(e) => setKeyword(e.currentTarget.value)}
            type="search"
            style={{ flex: 1 }}
          />
          <Button type="submit">{t('common.search')}</Button>
          <Button variant="subtle" onClick={onClear}>
            {t('common.clear')}
          </Button>
        </Group>
      </form>
      {isResearcher && (
        <Switch
          mb="sm"
          label={t('projects.mine')}
          checked={search.mine === true}
          onChange={(e) => onChange({ mine: e.currentTarget.checked || undefined })}
        />
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        <FiscalYearSelect
          allowAll
          w="100%"
          label={t('projects.fiscalYear')}
          value={search.fiscalYear}
          onChange={(fy) => onChange({ fiscalYear: fy })}
        />
        <Select
          label={t('projects.integratedProject')}
          placeholder={t('common.all')}
          data={opts(ips.data?.items, search.integratedProject, allIps.data?.items)}
          value={str(search.integratedProject)}
          onChange={(v) => onChange({ integratedProject: idOf(v), program: undefined })}
          clearable
          searchable
        />
        <Select
          label={t('projects.program')}
          placeholder={t('common.all')}
          data={opts(programs.data?.items, search.program, allPrograms.data?.items)}
          value={str(search.program)}
          onChange={(v) => onChange({ program: idOf(v) })}
          clearable
          searchable
        />
        <Select
          label={t('projects.diseaseArea')}
          placeholder={t('common.all')}
          data={opts(areas.data?.items, search.diseaseArea, allAreas.data?.items)}
          value={str(search.diseaseArea)}
          onChange={(v) => onChange({ diseaseArea: idOf(v) })}
          clearable
        />
        <Select
          label={t('projects.stage')}
          placeholder={t('common.all')}
          data={stageFilterOptions(lang, t)}
          value={str(search.stage)}
          onChange={(v) => onChange({ stage: v ?? undefined })}
          clearable
          searchable
          maxDropdownHeight={360}
        />
        <Select
          label={t('projects.institution')}
          placeholder={t('projects.institutionPlaceholder')}
          data={instOptions}
          value={str(search.institution)}
          onChange={(v) => onChange({ institution: idOf(v) })}
          searchable
          clearable
          filter={({ options }) => options}
          onSearchChange={setInstText}
          nothingFoundMessage={instText ? t('projects.noResults') : undefined}
        />
        <Select
          label={t('projects.modality')}
          placeholder={t('common.all')}
          data={MODALITIES.map((m) => ({ value: m, label: t(`modality.${m}`) }))}
          value={str(search.modality)}
          onChange={(v) => onChange({ modality: v ?? undefined })}
          clearable
        />
        <Select
          label={t('projects.status')}
          placeholder={t('common.all')}
          data={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={str(search.status)}
          onChange={(v) => onChange({ status: v ?? undefined })}
          clearable
        />
      </SimpleGrid>
    </Paper>
  );
}
