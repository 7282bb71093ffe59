import { Stack, Text, Title } from '@mantine/core';
import { useSession } from '../api/session';
import { useT } from '../i18n/i18n';

export function HomePage() {
  const t = useT();
  const { data: session } = useSession();
  return (
    <Stack>
      <Title order={1} size="h2">{t('web.home.welcome', { name: session?.user.name ?? '' })}</Title>
      <Text c="dimmed">{t('common.tagline')}</Text>
    </Stack>
  );
}
