import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/language-switch';

/** The frame of the pages shown before sign-in: sign-in, "lupa kata sandi", a new password. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <Center component="main" mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <Stack>
          <Stack gap={0}>
            <Title order={1} size="h2">{t('common.appName')}</Title>
            <Text c="dimmed" size="sm">
              {t('common.tagline')}
            </Text>
          </Stack>
          <Title order={2} size="h4">{title}</Title>
          {children}
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}

/** Where a page of the sign-in pages lives: under /t/<slug> when the address named the tenant. */
export function signInPath(slug: string | undefined, page: 'login' | 'forgot-password'): string {
  return slug ? `/t/${encodeURIComponent(slug)}/${page}` : `/${page}`;
}
