import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Draft } from './draft.ts';

type Member = Draft['team'][number];

/** The team with effort in 5% steps; the PI invites co-investigators by researcher number. */
export function TeamEditor({
  draft,
  set,
  canEditTeam,
}: {
  draft: Draft;
  set: <K extends keyof Draft>(k: K, v: Draft[K]) => void;
  canEditTeam: boolean;
}) {
  const { t } = useTranslation();
  const change = (i: number, m: Partial<Member>) =>
    set(
      'team',
      draft.team.map((x, j) => (i === j ? { ...x, ...m } : x)),
    );
  return (
    <Stack gap="xs">
      {draft.team.map((m, i) => (
        <Group key={`${i}-${m.role}`} align="flex-end" wrap="wrap">
          <TextInput
            label={t('calls.app.researcherNumber')}
            value={m.researcherNumber}
            disabled={!canEditTeam || m.role === 'pi'}
            onChange={(e) => change(i, { researcherNumber: e.currentTarget.value.trim() })}
            w={180}
          />
          <Select
            label={t('calls.app.role')}
            data={[
              { value: 'pi', label: t('calls.app.rolePi') },
              { value: 'co', label: t('calls.app.roleCo') },
            ]}
            value={m.role}
            disabled
            w={180}
          />
          <NumberInput
            label={t('calls.app.effort')}
            value={m.effortPercent}
            min={5}
            max={100}
            step={5}
            disabled={!canEditTeam}
            onChange={(v) => change(i, { effortPercent: Number(v) || 5 })}
            w={170}
          />
          {canEditTeam && m.role === 'co' && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              onClick={() =>
                set(
                  'team',
                  draft.team.filter((_, j) => j !== i),
                )
              }
            >
              {t('calls.app.remove')}
            </Button>
          )}
        </Group>
      ))}
      {canEditTeam && (
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => set('team', [...draft.team, { researcherNumber: '', role: 'co', effortPercent: 5 }])}
          >
            {t('calls.app.addMember')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
