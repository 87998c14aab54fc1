import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../api/client.ts';
import { usePageTitle } from '../lib/page-title.ts';
import { ButtonLink } from './links.tsx';

/** The message to show for an error: the server's problem detail (already in the UI language) when there is one. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) return error.problem.detail || error.problem.title || t('errors.unknown');
    if (error instanceof NetworkError) return t('errors.network');
    return t('errors.unknown');
  };
}

export function ErrorAlert({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text c="dimmed" size="sm">
        {t('common.loading')}
      </Text>
    </Center>
  );
}

/** A friendly dead end: what happened, and the ways on. */
export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('errors.notFound'));
  return (
    <Center py="xl" px="md" data-testid="not-found">
      <Stack gap="sm" align="center" maw={560}>
        <Title order={1} fz="h2" ta="center">
          {t('errors.notFound')}
        </Title>
        <Text c="dimmed" ta="center">
          {t('errors.notFoundLead')}
        </Text>
        <Group gap="sm">
          <ButtonLink to="/">{t('errors.goHome')}</ButtonLink>
          <ButtonLink to="/projects" variant="default">
            {t('errors.goProjects')}
          </ButtonLink>
        </Group>
      </Stack>
    </Center>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  return <ErrorAlert error={error} onRetry={reset} />;
}

/** An API 404 (a record that does not exist or that the caller may not see) reads as the not-found page. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
