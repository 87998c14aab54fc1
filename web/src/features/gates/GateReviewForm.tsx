import { Button, NumberInput, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProjectGatesT, useFileGateReview } from '../../api/gates/queries.ts';
import { ErrorAlert } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { labelOf } from '../../lib/format.ts';

type Gate = NonNullable<ProjectGatesT['template']>['gates'][number];

/** A PO's gate review: evidence (one document a line), a summary and a 1–5 score per check item. */
export function GateReviewForm({ projectId, gate, onDone }: { projectId: number; gate: Gate; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const file = useFileGateReview(projectId);
  const [summary, setSummary] = useState('');
  const [evidence, setEvidence] = useState('');
  const [scores, setScores] = useState<Record<string, number>>(Object.fromEntries(gate.items.map((i) => [i.code, 3])));
  const submit = () =>
    file.mutate(
      {
        gateCode: gate.code,
        summary,
        evidence: evidence
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((label) => ({ label })),
        scores: gate.items.map((i) => ({ item: i.code, score: scores[i.code] ?? 3 })),
      },
      { onSuccess: onDone },
    );
  return (
    <Stack gap="xs" data-testid="gate-review-form">
      <Textarea label={t('gates.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} autosize minRows={2} />
      <Textarea
        label={t('gates.evidence')}
        description={t('gates.evidenceHint')}
        value={evidence}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        autosize
        minRows={2}
        required
      />
      {gate.items.map((i) => (
        <NumberInput
          key={i.code}
          label={`${labelOf(i, lang)} — ${t('gates.score')}`}
          min={1}
          max={5}
          value={scores[i.code]}
          onChange={(v) => setScores((s) => ({ ...s, [i.code]: Number(v) || 1 }))}
          w={320}
        />
      ))}
      {file.isError && <ErrorAlert error={file.error} />}
      <Button onClick={submit} loading={file.isPending} disabled={!evidence.trim()} w="fit-content">
        {t('gates.submit')}
      </Button>
    </Stack>
  );
}
