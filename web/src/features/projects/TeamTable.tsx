import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { nameOf } from '../../lib/format.ts';

export function TeamTable({ members }: { members: ProjectDetail['members'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sorted = [...members].sort((a, b) => (a.role === b.role ? 0 : a.role === 'pi' ? -1 : 1));
  return (
    <ScrollTable label={t('project.team')} minWidth={400}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('project.memberName')}</Table.Th>
            <Table.Th>{t('project.memberRole')}</Table.Th>
            <Table.Th>{t('project.institution')}</Table.Th>
            <Table.Th className="num">{t('project.effort')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((m) => (
            <Table.Tr key={`${m.researcherId}:${m.role}`}>
              <Table.Td fw={m.role === 'pi' ? 600 : undefined}>{nameOf(m, lang)}</Table.Td>
              <Table.Td className="nowrap">
                <Badge size="sm" variant={m.role === 'pi' ? 'filled' : 'light'}>
                  {t(`memberRole.${m.role}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{nameOf(m.institution, lang)}</Table.Td>
              <Table.Td className="num">{m.effortPercent}%</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
