import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <Stack align="flex-start">
      <Text>{t('errors.NOT_FOUND')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('common.back')}
      </Button>
    </Stack>
  );
}
