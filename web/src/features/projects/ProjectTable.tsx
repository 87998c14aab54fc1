import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectListItem } from '../../api/types.ts';
import { AnchorLink } from '../../components/links.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { fiscalYearSpan, money, nameOf, titleOf } from '../../lib/format.ts';
import { SortHeader } from './SortHeader.tsx';
import type { Sort } from './search.ts';
import { stageName } from './stage-options.ts';

type Props = {
  rows: ProjectListItem[];
  /** null while the list is sorted by relevance (no column is the sort). */
  sort: Sort | null;
  order: 'asc' | 'desc';
  onSort: (column: Sort) => void;
  /** Budget is of one fiscal year when a year is selected, else of all years. */
  yearSelected: boolean;
};

const STATUS_COLOR = { active: 'teal', completed: 'gray', terminated: 'red' } as const;

export function ProjectTable({ rows, sort, order, onSort, yearSelected }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const header = { sort, order, onSort };
  return (
    <ScrollTable label={t('projects.title')} minWidth={1100}>
      <Table striped highlightOnHover data-testid="project-table">
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="grantNumber" label={t('projects.col.grantNumber')} {...header} />
            <SortHeader column="title" label={t('projects.col.title')} {...header} />
            <Table.Th>{t('projects.col.pi')}</Table.Th>
            <Table.Th>{t('projects.col.program')}</Table.Th>
            <SortHeader column="startFiscalYear" label={t('projects.col.years')} {...header} />
            <Table.Th miw={110}>{t('projects.col.stage')}</Table.Th>
            <SortHeader
              column="budget"
              numeric
              label={yearSelected ? t('projects.col.budgetYear') : t('projects.col.budgetAll')}
              {...header}
            />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td className="nowrap">
                <Text size="xs" ff="monospace">
                  {p.grantNumber}
                </Text>
              </Table.Td>
              <Table.Td miw={260} maw={420}>
                <Stack gap={2}>
                  <AnchorLink to="/projects/$projectId" params={{ projectId: p.id }} size="sm" fw={500} lineClamp={2}>
                    {titleOf(p, lang)}
                  </AnchorLink>
                  <Group gap={4}>
                    {yearSelected && (
                      <Badge size="xs" variant={p.isNew ? 'filled' : 'light'} color={p.isNew ? 'orange' : 'gray'}>
                        {p.isNew ? t('projects.new') : t('projects.continuing')}
                      </Badge>
                    )}
                    <Badge size="xs" variant="light" color={STATUS_COLOR[p.status]}>
                      {t(`status.${p.status}`)}
                    </Badge>
                    <Badge size="xs" variant="outline" color="gray">
                      {t(`modality.${p.modality}`)}
                    </Badge>
                  </Group>
                </Stack>
              </Table.Td>
              <Table.Td miw={130}>
                <Text size="sm">{nameOf(p.pi, lang)}</Text>
                <Text size="xs" c="dimmed">
                  {nameOf(p.institution, lang)}
                </Text>
              </Table.Td>
              <Table.Td miw={170}>
                <Text size="sm">{nameOf(p.program, lang)}</Text>
                {p.integratedProject && (
                  <Text size="xs" c="dimmed">
                    {nameOf(p.integratedProject, lang)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="nowrap">
                <Text size="sm">{fiscalYearSpan(p.startFiscalYear, p.endFiscalYear, lang)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{stageName(p.stage, lang)}</Text>
              </Table.Td>
              <Table.Td className="num">{money(p.budgetYen, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
