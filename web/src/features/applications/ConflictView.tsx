import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetailT } from '../../api/applications/types.ts';
import { type Draft, differingFields, draftOf } from './draft.ts';

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 1));

/**
 * A save that lost the race: the saved version and the editor's input side by side, field by
 * field where they differ. Nothing is lost: the user saves their input over the new version or
 * takes the saved one.
 */
export function ConflictView({
  current,
  yours,
  onKeepMine,
  onTakeTheirs,
}: {
  current: ApplicationDetailT;
  yours: Draft;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  const theirs = draftOf(current);
  const fields = differingFields(theirs, yours);
  return (
    <Alert color="orange" title={t('calls.app.conflictTitle')} data-testid="conflict-view">
      <Text size="sm" mb="sm">
        {t('calls.app.conflictLead')}
      </Text>
      <Table withTableBorder mb="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calls.app.field')}</Table.Th>
            <Table.Th>{t('calls.app.theirs', { v: current.version })}</Table.Th>
            <Table.Th>{t('calls.app.yours')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((k) => (
            <Table.Tr key={k}>
              <Table.Td>{t(`calls.app.${k}`, { defaultValue: k })}</Table.Td>
              <Table.Td data-testid={`theirs-${k}`} style={{ whiteSpace: 'pre-wrap' }}>
                {show(theirs[k])}
              </Table.Td>
              <Table.Td data-testid={`yours-${k}`} style={{ whiteSpace: 'pre-wrap' }}>
                {show(yours[k])}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button size="xs" onClick={onKeepMine}>
          {t('calls.app.keepMine')}
        </Button>
        <Button size="xs" variant="default" onClick={onTakeTheirs}>
          {t('calls.app.takeTheirs')}
        </Button>
      </Group>
    </Alert>
  );
}
