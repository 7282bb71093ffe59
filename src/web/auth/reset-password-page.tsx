import { Alert, Anchor, PasswordInput, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import type { PasswordResetCompletion } from '../../shared/people';
import { api, setCsrfToken } from '../api/client';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { AuthCard, signInPath } from './auth-card';

// The token travels in the fragment (#…): browsers send it neither to the server nor in a Referer.
function takeTokenFromAddress(): string {
  const token = window.location.hash.replace(/^#/, '');
  if (token) window.history.replaceState(window.history.state, '', window.location.pathname);
  return token;
}

/** The page the reset e-mail links to (/t/<slug>/reset-password#<token>): sets a new password. */
export function ResetPasswordPage() {
  const t = useT();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { slug = '' } = useParams();
  const [token] = useState(takeTokenFromAddress);
  const { values, set } = useFormValues({ newPassword: '', repeat: '' });
  const reset = useSubmitMutation({
    mutationFn: (input: z.input<typeof PasswordResetCompletion>) => api.post('/auth/password-reset/complete', input),
    onSuccess: async () => {
      // every session of the person has ended, this browser's too
      setCsrfToken(null);
      client.clear();
      await navigate(`${signInPath(slug, 'login')}?reset=done`, { replace: true });
    },
  });
  const errors = fieldErrorsOf(reset.error, t);
  const mismatch = values.repeat !== '' && values.repeat !== values.newPassword;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (mismatch) return;
    reset.submit({ tenant: slug, token, newPassword: values.newPassword });
  }

  return (
    <AuthCard title={t('web.reset.title')}>
      {token ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError error={reset.error} />
            <PasswordInput label={t('web.password.new')} autoComplete="new-password" description={t('web.password.rule')} required value={values.newPassword} onChange={(e) => set('newPassword', e.currentTarget.value)} {...errorProp(errors, 'newPassword')} />
            <PasswordInput label={t('web.password.repeat')} autoComplete="new-password" required value={values.repeat} onChange={(e) => set('repeat', e.currentTarget.value)} error={mismatch ? t('web.password.mismatch') : undefined} />
            <SubmitButton pending={reset.isPending}>{t('web.reset.submit')}</SubmitButton>
          </Stack>
        </form>
      ) : (
        <Alert color="red" role="alert">
          {t('errors.RESET_TOKEN_INVALID')}
        </Alert>
      )}
      <Anchor component={Link} to={signInPath(slug, 'forgot-password')} size="sm">
        {t('web.reset.again')}
      </Anchor>
    </AuthCard>
  );
}
