import { Alert, Badge, Button, Card, Checkbox, Group, NumberInput, Stack, Table, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectOutcomesQuery, useReportOutcome, useVerifyOutcome } from '../../api/outcomes/records.ts';

// Light badges in yellow fail WCAG AA contrast; blue reads as "waiting" and passes.
const COLOR = { reported: 'blue', verified: 'green', rejected: 'red' } as const;

/** Outcome records of a project: the team reports papers, the PO verifies or returns them. */
export function ProjectOutcomes({ projectId }: { projectId: number }) {
  const { t, i18n } = useTranslation();
  const ja = i18n.language === 'ja';
  const q = useQuery(projectOutcomesQuery(projectId));
  const verify = useVerifyOutcome(projectId);
  const report = useReportOutcome(projectId);
  const [form, setForm] = useState({ titleJa: '', titleEn: '', journal: '', doi: '', fiscalYear: 2024, topJournal: false });
  if (!q.data) return null;
  const { items, permissions } = q.data;
  const submit = () =>
    report.mutate(
      {
        kind: 'paper',
        fiscalYear: form.fiscalYear,
        titleJa: form.titleJa,
        titleEn: form.titleEn,
        topJournal: form.topJournal,
        details: { journal: form.journal, ...(form.doi ? { doi: form.doi } : {}) },
      },
      { onSuccess: () => setForm({ ...form, titleJa: '', titleEn: '', journal: '', doi: '' }) },
    );
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('outcomes.title')}
        </Title>
        {items.length === 0 && <Alert>{t('outcomes.none')}</Alert>}
        {items.length > 0 && (
          <Table striped>
            <Table.Tbody>
              {items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>FY{o.fiscalYear}</Table.Td>
                  <Table.Td>{ja ? o.titleJa : o.titleEn}</Table.Td>
                  <Table.Td>
                    <Badge color={COLOR[o.status]} variant="light">
                      {t(`outcomes.status.${o.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {permissions.canVerify && o.status === 'reported' && (
                      <Group gap={4}>
                        <Button size="xs" onClick={() => verify.mutate({ id: o.id, version: o.version, decision: 'verified' })}>
                          {t('outcomes.verify')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => verify.mutate({ id: o.id, version: o.version, decision: 'rejected' })}
                        >
                          {t('outcomes.reject')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {permissions.canReport && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('outcomes.report')}
            </Title>
            {report.error && <Alert color="red">{report.error.message}</Alert>}
            <Group grow>
              <TextInput
                label={t('outcomes.titleJa')}
                value={form.titleJa}
                onChange={(e) => setForm({ ...form, titleJa: e.currentTarget.value })}
              />
              <TextInput
                label={t('outcomes.titleEn')}
                value={form.titleEn}
                onChange={(e) => setForm({ ...form, titleEn: e.currentTarget.value })}
              />
            </Group>
            <Group grow>
              <TextInput
                label={t('outcomes.journal')}
                value={form.journal}
                onChange={(e) => setForm({ ...form, journal: e.currentTarget.value })}
              />
              <TextInput label={t('outcomes.doi')} value={form.doi} onChange={(e) => setForm({ ...form, doi: e.currentTarget.value })} />
              <NumberInput
                label={t('outcomes.fiscalYear')}
                value={form.fiscalYear}
                onChange={(v) => typeof v === 'number' && setForm({ ...form, fiscalYear: v })}
              />
            </Group>
            <Group justify="space-between">
              <Checkbox
                label={t('outcomes.topJournal')}
                checked={form.topJournal}
                onChange={(e) => setForm({ ...form, topJournal: e.currentTarget.checked })}
              />
              <Button onClick={submit} loading={report.isPending}>
                {t('outcomes.submit')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
