import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useBlocker } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProjectPatch as ProjectPatchSchema } from '../../../../src/modules/projects/projects.schemas.ts';
import { PROJECT_STATUSES } from '../../../../src/modules/projects/stages.ts';
import { ApiError } from '../../api/client.ts';
import { useUpdateProject } from '../../api/projects/mutations.ts';
import { projectQuery } from '../../api/projects/queries.ts';
import type { ProjectDetail, ProjectPatch } from '../../api/types.ts';
import { useErrorMessage } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { type FieldProblem, fieldMessage, serverFieldProblems, zodFieldProblems } from '../../lib/field-errors.ts';
import { fiscalYearLabel } from '../../lib/format.ts';
import { stageOptionsFor } from './stage-options.ts';

type Fields = Pick<ProjectDetail, 'titleJa' | 'titleEn' | 'abstractJa' | 'abstractEn' | 'stage' | 'status' | 'endFiscalYear'>;
const FIELDS = ['titleJa', 'titleEn', 'abstractJa', 'abstractEn', 'stage', 'status', 'endFiscalYear'] as const;
const fieldsOf = (p: ProjectDetail): Fields => ({
  titleJa: p.titleJa,
  titleEn: p.titleEn,
  abstractJa: p.abstractJa,
  abstractEn: p.abstractEn,
  stage: p.stage,
  status: p.status,
  endFiscalYear: p.endFiscalYear,
});

/** Edits a project with optimistic concurrency: the version read is sent back; 409 means someone else saved first. */
type Props = { project: ProjectDetail; opened: boolean; onClose: () => void; onSaved: () => void };

export function ProjectEditForm({ project, opened, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const update = useUpdateProject(project.id);
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState<Fields>(() => fieldsOf(project));
  const [noChanges, setNoChanges] = useState(false);
  const [clientProblems, setClientProblems] = useState<FieldProblem[]>([]);
  const set = <K extends keyof Fields>(k: K, v: Fields[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    setNoChanges(false);
    setClientProblems((ps) => ps.filter((p) => p.path !== k));
  };
  const dirty = FIELDS.some((k) => form[k] !== project[k]);
  const savedRef = useRef(false);

  // Leaving with unsaved edits asks first: in-app navigation, reload and closing the tab.
  useBlocker({
    shouldBlockFn: () => dirty && !savedRef.current && !window.confirm(t('edit.unsaved')),
    enableBeforeUnload: () => dirty && !savedRef.current,
  });
  const close = () => {
    if (dirty && !window.confirm(t('edit.unsaved'))) return;
    onClose();
  };

  const problem = update.error instanceof ApiError ? update.error : null;
  const stale = problem?.code === 'stale_version';
  const labels: Record<keyof Fields, string> = {
    titleJa: t('edit.titleJa'),
    titleEn: t('edit.titleEn'),
    abstractJa: t('edit.abstractJa'),
    abstractEn: t('edit.abstractEn'),
    stage: t('edit.stage'),
    status: t('edit.status'),
    endFiscalYear: t('edit.endFiscalYear'),
  };
  const problems = [...clientProblems, ...serverFieldProblems(problem?.problem.errors)];
  const fieldError = (k: keyof Fields) => {
    const p = problems.find((x) => x.path === k);
    return p ? fieldMessage(p, labels[k], t) : undefined;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const patch: ProjectPatch = { version: project.version };
    for (const k of FIELDS) if (form[k] !== project[k]) Object.assign(patch, { [k]: form[k] });
    if (Object.keys(patch).length === 1) {
      setNoChanges(true);
      return;
    }
    // The server's own schema checks the edit first, so mistakes show at once and in the UI language.
    const parsed = ProjectPatchSchema.safeParse(patch);
    const found = parsed.success ? [] : zodFieldProblems(parsed.error);
    if (form.endFiscalYear < project.startFiscalYear) found.push({ path: 'endFiscalYear', code: 'end_before_start' });
    setClientProblems(found);
    if (found.length > 0) return;
    update.mutate(patch, {
      onSuccess: (saved) => {
        savedRef.current = true;
        setForm(fieldsOf(saved));
        onSaved();
      },
    });
  };

  const reload = async () => {
    const fresh = await qc.fetchQuery({ ...projectQuery(project.id), staleTime: 0 });
    update.reset();
    setForm(fieldsOf(fresh));
  };

  const years = Array.from({ length: 15 }, (_, i) => project.startFiscalYear + i).map((fy) => ({
    value: String(fy),
    label: fiscalYearLabel(fy, lang),
  }));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('edit.title')}
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {update.isError && (
            <Alert color={stale ? 'orange' : 'red'} title={t('edit.failed')} role="alert" data-testid="edit-error">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{errorMessage(update.error)}</Text>
                {stale && (
                  <Button size="xs" variant="default" onClick={() => void reload()}>
                    {t('edit.reload')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {noChanges && (
            <Alert color="gray" role="status">
              {t('edit.noChanges')}
            </Alert>
          )}
          <TextInput
            label={t('edit.titleJa')}
            value={form.titleJa}
            onChange={(e) => set('titleJa', e.currentTarget.value)}
            error={fieldError('titleJa')}
            required
          />
          <TextInput
            label={t('edit.titleEn')}
            value={form.titleEn}
            onChange={(e) => set('titleEn', e.currentTarget.value)}
            error={fieldError('titleEn')}
            required
            lang="en"
          />
          <Textarea
            label={t('edit.abstractJa')}
            value={form.abstractJa}
            onChange={(e) => set('abstractJa', e.currentTarget.value)}
            error={fieldError('abstractJa')}
            autosize
            minRows={3}
            maxRows={10}
          />
          <Textarea
            label={t('edit.abstractEn')}
            value={form.abstractEn}
            onChange={(e) => set('abstractEn', e.currentTarget.value)}
            error={fieldError('abstractEn')}
            autosize
            minRows={3}
            maxRows={10}
            lang="en"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('edit.stage')}
              data={stageOptionsFor(project.modality, lang)}
              value={form.stage}
              onChange={(v) => v && set('stage', v)}
              error={fieldError('stage')}
              allowDeselect={false}
            />
            <Select
              label={t('edit.status')}
              data={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              value={form.status}
              onChange={(v) => v && set('status', v as Fields['status'])}
              error={fieldError('status')}
              allowDeselect={false}
            />
            <Select
              label={t('edit.endFiscalYear')}
              data={years}
              value={String(form.endFiscalYear)}
              onChange={(v) => v && set('endFiscalYear', Number(v))}
              error={fieldError('endFiscalYear')}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
