import { Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { projectGatesQuery } from '../../api/gates/queries.ts';
import { GateReviews } from './GateReviews.tsx';
import { SteeringTables } from './SteeringTables.tsx';

/** The project page's section for milestones, progress reports and stage gates. */
export function ProjectSteeringSection({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const id = useId();
  const gates = useQuery(projectGatesQuery(projectId));
  // Researchers see the steering record of their own projects only; others get no section.
  if (gates.error instanceof ApiError && gates.error.status === 404) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id} data-testid="steering-section">
      <Title order={2} fz="h4" id={id} mb="sm">
        {t('gates.section')}
      </Title>
      <Stack gap="lg">
        <GateReviews projectId={projectId} />
        <SteeringTables projectId={projectId} />
      </Stack>
    </Paper>
  );
}
