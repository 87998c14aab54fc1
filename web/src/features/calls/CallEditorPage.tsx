import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateCall, useUpdateCall } from '../../api/calls/mutations.ts';
import { callQuery } from '../../api/calls/queries.ts';
import { programsQuery } from '../../api/catalog/queries.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading, useErrorMessage } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { defaultFiscalYear, nameOf } from '../../lib/format.ts';
import { type CallForm, emptyForm, formOf, inputOf } from './call-form.ts';

export function NewCallPage() {
  return <CallEditor initial={emptyForm(defaultFiscalYear())} />;
}

export function EditCallPage() {
  const { callId } = useParams({ from: '/app/calls/$callId/edit' });
  const call = useQuery(callQuery(callId));
  if (call.isPending) return <Loading />;
  if (call.isError) return <ErrorAlert error={call.error} />;
  return <CallEditor initial={formOf(call.data)} callId={callId} version={call.data.version} />;
}

/** Creates a draft call or edits one (with the version read; a stale edit gets 409). */
function CallEditor({ initial, callId, version }: { initial: CallForm; callId?: number; version?: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const programs = useQuery(programsQuery(undefined));
  const create = useCreateCall();
  const update = useUpdateCall(callId ?? 0);
  const [f, setF] = useState(initial);
  const set = <K extends keyof CallForm>(k: K, v: CallForm[K]) => setF((x) => ({ ...x, [k]: v }));
  const setType = (i: number, k: string, v: unknown) =>
    set(
      'types',
      f.types.map((ty, j) => (i === j ? { ...ty, [k]: v } : ty)),
    );
  const mutation = callId ? update : create;
  const done = (id: number) => void navigate({ to: '/calls/$callId', params: { callId: id } });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = inputOf(f);
    if (callId && version) {
      const { code: _c, programId: _p, ...patch } = input;
      update.mutate({ ...patch, version }, { onSuccess: () => done(callId) });
    } else create.mutate(input, { onSuccess: (c) => done(c.id) });
  };
  const text = (k: 'code' | 'titleJa' | 'titleEn', label: string) => (
    <TextInput label={label} value={f[k]} onChange={(e) => set(k, e.currentTarget.value)} required disabled={k === 'code' && !!callId} />
  );

  return (
    <form onSubmit={submit}>
      <PageHeader title={t(callId ? 'calls.editor.editTitle' : 'calls.editor.newTitle')} />
      <Stack>
        {mutation.isError && <Alert color="red">{errorMessage(mutation.error)}</Alert>}
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {text('code', t('calls.editor.code'))}
            <Select
              label={t('calls.editor.program')}
              data={(programs.data?.items ?? []).map((p) => ({ value: String(p.id), label: nameOf(p, lang) }))}
              value={f.programId}
              onChange={(v) => set('programId', v ?? '')}
              searchable
              required
              disabled={!!callId}
            />
            {text('titleJa', t('calls.editor.titleJa'))}
            {text('titleEn', t('calls.editor.titleEn'))}
            <NumberInput label={t('calls.call.fiscalYear')} value={f.fiscalYear} onChange={(v) => set('fiscalYear', Number(v))} />
            <NumberInput
              label={t('calls.editor.budgetYen')}
              value={f.budgetYen}
              onChange={(v) => set('budgetYen', Number(v))}
              thousandSeparator=","
            />
            <TextInput
              type="datetime-local"
              label={t('calls.editor.opensAt')}
              value={f.opensAt}
              onChange={(e) => set('opensAt', e.currentTarget.value)}
            />
            <TextInput
              type="datetime-local"
              label={t('calls.editor.deadlineAt')}
              value={f.deadlineAt}
              onChange={(e) => set('deadlineAt', e.currentTarget.value)}
            />
            <TextInput
              label={t('calls.editor.partnerCountries')}
              value={f.partnerCountries}
              onChange={(e) => set('partnerCountries', e.currentTarget.value)}
            />
            <NumberInput
              label={t('calls.editor.fundableFrom')}
              value={f.fundableFrom}
              min={1}
              max={10}
              onChange={(v) => set('fundableFrom', Number(v))}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} mt="md">
            <Textarea
              label={t('calls.editor.descriptionJa')}
              autosize
              minRows={2}
              value={f.descriptionJa}
              onChange={(e) => set('descriptionJa', e.currentTarget.value)}
            />
            <Textarea
              label={t('calls.editor.descriptionEn')}
              autosize
              minRows={2}
              value={f.descriptionEn}
              onChange={(e) => set('descriptionEn', e.currentTarget.value)}
            />
            <Textarea
              label={t('calls.editor.ppiQuestion')}
              autosize
              minRows={2}
              value={f.ppiQuestions}
              onChange={(e) => set('ppiQuestions', e.currentTarget.value)}
            />
            <Textarea
              label={t('calls.editor.attachmentsLine')}
              autosize
              minRows={2}
              value={f.requiredAttachments}
              onChange={(e) => set('requiredAttachments', e.currentTarget.value)}
            />
            <Textarea
              label={t('calls.editor.criteriaLine')}
              autosize
              minRows={3}
              value={f.criteria}
              onChange={(e) => set('criteria', e.currentTarget.value)}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} fz="h4" mb="sm">
            {t('calls.editor.types')}
          </Title>
          {f.types.map((ty, i) => (
            <SimpleGrid cols={{ base: 2, md: 6 }} key={`${i}-${ty.code}`} mb="xs">
              <TextInput label={t('calls.editor.typeCode')} value={ty.code} onChange={(e) => setType(i, 'code', e.currentTarget.value)} />
              <TextInput
                label={t('calls.editor.typeNameJa')}
                value={ty.nameJa}
                onChange={(e) => setType(i, 'nameJa', e.currentTarget.value)}
              />
              <TextInput
                label={t('calls.editor.typeNameEn')}
                value={ty.nameEn}
                onChange={(e) => setType(i, 'nameEn', e.currentTarget.value)}
              />
              <NumberInput
                label={t('calls.editor.capYen')}
                value={ty.budgetCapYen}
                thousandSeparator=","
                onChange={(v) => setType(i, 'budgetCapYen', Number(v))}
              />
              <NumberInput
                label={t('calls.editor.years')}
                value={ty.durationYears}
                min={1}
                max={10}
                onChange={(v) => setType(i, 'durationYears', Number(v))}
              />
              <NumberInput
                label={t('calls.editor.planned')}
                value={ty.plannedAwards}
                min={1}
                onChange={(v) => setType(i, 'plannedAwards', Number(v))}
              />
            </SimpleGrid>
          ))}
          <Button
            variant="subtle"
            size="xs"
            onClick={() =>
              set('types', [...f.types, { code: '', nameJa: '', nameEn: '', budgetCapYen: 10_000_000, durationYears: 3, plannedAwards: 1 }])
            }
          >
            {t('calls.editor.addType')}
          </Button>
        </Paper>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t(callId ? 'common.save' : 'calls.editor.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
