import { Container, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/language-switch';

/** Pages anyone may open without signing in (the QR code on a signed letter leads here). */
export function PublicLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Container component="main" size="sm" py="xl">
      <Stack>
        <Group justify="space-between">
          <Stack gap={0}>
            <Text fw={700} size="xl">{t('common.appName')}</Text>
            <Text size="sm" c="dimmed">
              {t('common.tagline')}
            </Text>
          </Stack>
          <LanguageSwitch />
        </Group>
        <Paper withBorder p="lg">
          {children}
        </Paper>
      </Stack>
    </Container>
  );
}
