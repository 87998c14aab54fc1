import { Button, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Modality } from '../../../../src/modules/projects/stages.ts';
import { type DecisionBody, useDecideGate } from '../../api/gates/queries.ts';
import { ErrorAlert } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { stageOptionsFor } from '../projects/stage-options.ts';

const DECISIONS = ['go', 'conditional_go', 'redirect', 'no_go'] as const;

/** The PD's or PS's decision on a filed gate review. */
export function DecisionForm({
  projectId,
  reviewId,
  version,
  modality,
}: {
  projectId: number;
  reviewId: number;
  version: number;
  modality: Modality;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const decide = useDecideGate(projectId);
  const [decision, setDecision] = useState<(typeof DECISIONS)[number]>('go');
  const [reason, setReason] = useState('');
  const [conditions, setConditions] = useState('');
  const [deadline, setDeadline] = useState('');
  const [redirectStage, setRedirectStage] = useState<string | null>(null);
  const [budget, setBudget] = useState<number | ''>('');
  const submit = () => {
    const body: DecisionBody = { version, decision, reason };
    if (decision === 'conditional_go') Object.assign(body, { conditions, conditionDeadline: deadline });
    if (decision === 'redirect' && redirectStage) body.redirectStage = redirectStage;
    if (decision !== 'no_go' && budget !== '') body.nextYearBudgetYen = budget;
    decide.mutate({ reviewId, body });
  };
  return (
    <Stack gap="xs" data-testid="decision-form">
      <Select
        label={t('gates.decision')}
        data={DECISIONS.map((d) => ({ value: d, label: t(`gates.decisions.${d}`) }))}
        value={decision}
        onChange={(v) => v && setDecision(v as (typeof DECISIONS)[number])}
        allowDeselect={false}
        w={240}
      />
      <Textarea label={t('gates.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} required />
      {decision === 'conditional_go' && (
        <>
          <Textarea label={t('gates.conditions')} value={conditions} onChange={(e) => setConditions(e.currentTarget.value)} required />
          <TextInput
            type="date"
            label={t('gates.deadline')}
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            w={200}
            required
          />
        </>
      )}
      {decision === 'redirect' && (
        <Select
          label={t('gates.redirectStage')}
          data={stageOptionsFor(modality, lang)}
          value={redirectStage}
          onChange={setRedirectStage}
          w={360}
        />
      )}
      {decision !== 'no_go' && (
        <NumberInput
          label={t('gates.nextYearBudget')}
          value={budget}
          onChange={(v) => setBudget(typeof v === 'number' ? v : '')}
          thousandSeparator=","
          min={0}
          w={280}
        />
      )}
      {decide.isError && <ErrorAlert error={decide.error} />}
      <Button
        onClick={submit}
        loading={decide.isPending}
        disabled={!reason.trim()}
        w="fit-content"
        color={decision === 'no_go' ? 'red' : undefined}
      >
        {t('gates.record')}
      </Button>
    </Stack>
  );
}
