import {
  Alert,
  Button,
  FileButton,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODALITIES } from '../../../../src/modules/projects/stages.ts';
import { useSaveApplication, useSubmitApplication, useUploadAttachment } from '../../api/applications/mutations.ts';
import type { ApplicationDetailT } from '../../api/applications/types.ts';
import { sessionQuery } from '../../api/auth/queries.ts';
import { callQuery } from '../../api/calls/queries.ts';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { fiscalYearPlain, labelOf } from '../../lib/format.ts';
import { ConflictView } from './ConflictView.tsx';
import { budgetRows, type Draft, draftOf } from './draft.ts';
import { TeamEditor } from './TeamEditor.tsx';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} fz="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The co-edited draft: content, PPI, budget per year, team, other funding and PDFs; save, conflict view, submit. */
export function ApplicationEditor({ app }: { app: ApplicationDetailT }) {
  const { t } = useTranslation();
  const lang = useLang();
  const errorMessage = useErrorMessage();
  const call = useQuery(callQuery(app.call.id));
  const session = useQuery(sessionQuery());
  const [d, setD] = useState<Draft>(() => draftOf(app));
  const [conflict, setConflict] = useState<ApplicationDetailT | null>(null);
  const save = useSaveApplication(app.id);
  const submit = useSubmitApplication(app.id);
  const upload = useUploadAttachment(app.id, () => session.data?.csrfToken ?? null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));

  const doSave = (version: number) =>
    save.mutate(
      { ...d, version },
      {
        onSuccess: () => setConflict(null),
        onError: (e) => {
          if (e instanceof ApiError && e.code === 'stale_version') setConflict(e.problem.current as ApplicationDetailT);
        },
      },
    );
  const error = [save, submit, upload].find((m) => m.isError && !(m.error instanceof ApiError && m.error.code === 'stale_version'))?.error;
  const area = (k: 'abstractJa' | 'abstractEn' | 'ppiPlan', label: string) => (
    <Textarea label={label} autosize minRows={3} value={d[k]} onChange={(e) => set(k, e.currentTarget.value)} />
  );

  return (
    <Stack>
      {conflict && (
        <ConflictView
          current={conflict}
          yours={d}
          onKeepMine={() => doSave(conflict.version)}
          onTakeTheirs={() => {
            setD(draftOf(conflict));
            setConflict(null);
            save.reset();
          }}
        />
      )}
      {error && <Alert color="red">{errorMessage(error)}</Alert>}
      {save.isSuccess && !conflict && <Alert color="teal">{t('calls.app.saved')}</Alert>}
      <Section title={t('calls.apps.title')}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label={t('calls.app.titleJa')} value={d.titleJa} onChange={(e) => set('titleJa', e.currentTarget.value)} />
          <TextInput label={t('calls.app.titleEn')} value={d.titleEn} onChange={(e) => set('titleEn', e.currentTarget.value)} />
          {area('abstractJa', t('calls.app.abstractJa'))}
          {area('abstractEn', t('calls.app.abstractEn'))}
          <Select
            label={t('calls.app.modality')}
            data={MODALITIES.map((m) => ({ value: m, label: t(`modality.${m}`) }))}
            value={d.modality}
            onChange={(v) => v && set('modality', v as Draft['modality'])}
          />
          <TextInput
            label={t('calls.app.keywords')}
            value={d.keywords.join(', ')}
            onChange={(e) =>
              set(
                'keywords',
                e.currentTarget.value
                  .split(/[,、]/)
                  .map((s) => s.trim())
                  .filter(Boolean),
              )
            }
          />
        </SimpleGrid>
      </Section>
      <Section title={t('calls.app.ppiPlan')}>
        <Stack>
          {area('ppiPlan', t('calls.app.ppiPlan'))}
          {(call.data?.ppiQuestions ?? []).map((q) => (
            <Textarea
              key={q.code}
              label={labelOf(q, lang)}
              autosize
              minRows={2}
              value={d.ppiAnswers.find((a) => a.code === q.code)?.answer ?? ''}
              onChange={(e) => {
                const answer = e.currentTarget.value;
                set('ppiAnswers', [...d.ppiAnswers.filter((a) => a.code !== q.code), { code: q.code, answer }]);
              }}
            />
          ))}
        </Stack>
      </Section>
      <Section title={t('calls.app.budgets')}>
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          {budgetRows(app, d).map((b) => (
            <NumberInput
              key={b.fiscalYear}
              label={fiscalYearPlain(b.fiscalYear, lang)}
              value={b.amountYen}
              min={0}
              thousandSeparator=","
              onChange={(v) =>
                set(
                  'budgets',
                  budgetRows(app, d)
                    .map((r) => (r.fiscalYear === b.fiscalYear ? { ...r, amountYen: Number(v) || 0 } : r))
                    .filter((r) => r.amountYen > 0),
                )
              }
            />
          ))}
        </SimpleGrid>
      </Section>
      <Section title={t('calls.app.team')}>
        <TeamEditor draft={d} set={set} canEditTeam={app.permissions.canEditTeam} />
      </Section>
      <Section title={t('calls.app.attachments')}>
        <Stack gap="xs">
          {(call.data?.requiredAttachments ?? []).map((a) => {
            const file = app.attachments.find((x) => x.kind === a.code);
            return (
              <Group key={a.code} justify="space-between">
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {labelOf(a, lang)}
                  </Text>
                  <Text size="xs" c="dimmed" data-testid={`attachment-${a.code}`}>
                    {file
                      ? t('calls.app.uploaded', { name: file.fileName, size: Math.ceil(file.sizeBytes / 1024) })
                      : t('calls.app.notUploaded')}
                  </Text>
                </Stack>
                <FileButton accept="application/pdf" onChange={(f) => f && upload.mutate({ kind: a.code, file: f })}>
                  {(props) => (
                    <Button size="xs" variant="light" loading={upload.isPending} {...props}>
                      {t('calls.app.upload')}
                    </Button>
                  )}
                </FileButton>
              </Group>
            );
          })}
        </Stack>
      </Section>
      <Group>
        <Button onClick={() => doSave(app.version)} loading={save.isPending} variant="default">
          {t('calls.app.save')}
        </Button>
        {app.permissions.canSubmit && (
          <Button
            onClick={() => {
              if (window.confirm(t('calls.app.submitConfirm'))) submit.mutate(app.version);
            }}
            loading={submit.isPending}
          >
            {t('calls.app.submit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
