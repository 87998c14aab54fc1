import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignIn } from '../../api/auth/mutations.ts';
import { useErrorMessage } from '../../components/RouteStates.tsx';
import { LanguageSwitch } from '../../components/UserBar.tsx';
import { hasStoredLanguage, setLanguage } from '../../i18n/index.ts';
import { usePageTitle } from '../../lib/page-title.ts';

export function SignInPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/sign-in' });
  const navigate = useNavigate();
  const signIn = useSignIn();
  const errorMessage = useErrorMessage();
  usePageTitle(t('signIn.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: async (session) => {
          // A user's saved language applies until they choose one on this device.
          if (!hasStoredLanguage() && session.user.locale === 'en') await setLanguage('en');
          await navigate({ href: search.redirect ?? '/', replace: true });
        },
      },
    );
  };

  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pt={40}>
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420} component="main">
          <Stack gap="lg">
            <Stack gap={4}>
              <Text fw={800} fz={28} c="teal.8">
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('app.tagline')}
              </Text>
            </Stack>
            <Stack gap={4}>
              <Title order={1} fz="h3">
                {t('signIn.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('signIn.lead')}
              </Text>
            </Stack>
            {signIn.isError && (
              <Alert color="red" variant="light" title={t('signIn.failed')} role="alert" data-testid="sign-in-error">
                {errorMessage(signIn.error)}
              </Alert>
            )}
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <TextInput
                  label={t('signIn.email')}
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  data-autofocus
                  autoFocus
                />
                <PasswordInput
                  label={t('signIn.password')}
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                />
                <Button type="submit" fullWidth loading={signIn.isPending} disabled={!email || !password}>
                  {t('signIn.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
