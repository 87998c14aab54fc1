import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../api/client.ts';

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

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Text>{t('errors.notFound')}</Text>
    </Center>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  return <ErrorAlert error={error} onRetry={reset} />;
}
