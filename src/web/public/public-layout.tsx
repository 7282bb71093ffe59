import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/language-switch';

/** Pages anyone may open without signing in (the QR code on a signed letter leads here). */
export function PublicLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Group justify="space-between">
          <Stack gap={0}>
            <Title order={3}>{t('common.appName')}</Title>
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
