import { Alert, Button, Center, Paper, Stack, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useSignOut } from '../api/session';
import { useT } from '../i18n/i18n';
import { PasswordChangeForm } from './password-change-form';

/** The server refuses everything else until a temporary password is replaced. */
export function ForcedPasswordChange() {
  const t = useT();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={460} maw="100%">
        <Stack>
          <Title order={3}>{t('web.password.forcedTitle')}</Title>
          <Alert color="yellow">{t('errors.PASSWORD_CHANGE_REQUIRED')}</Alert>
          <PasswordChangeForm onDone={() => navigate('/', { replace: true })} />
          <Button
            variant="subtle"
            onClick={async () => {
              await signOut();
              navigate('/login');
            }}
          >
            {t('common.signOut')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
