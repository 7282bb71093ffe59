import { Paper, Stack, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/i18n';
import { PasswordChangeForm } from './password-change-form';

export function ChangePasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Stack maw={480}>
      <Title order={1} size="h2">{t('web.account.changePassword')}</Title>
      <Paper withBorder p="md">
        <PasswordChangeForm onDone={() => undefined} onCancel={() => navigate(-1)} />
      </Paper>
    </Stack>
  );
}
