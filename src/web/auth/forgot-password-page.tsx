import { Alert, Anchor, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import type { PasswordResetRequest } from '../../shared/people';
import { api } from '../api/client';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { AuthCard, signInPath } from './auth-card';

/** "Lupa kata sandi": asks for the address; the answer is the same whether or not it has an account. */
export function ForgotPasswordPage() {
  const t = useT();
  const { slug } = useParams();
  const { values, set } = useFormValues({ email: '' });
  const request = useSubmitMutation({
    mutationFn: (input: z.input<typeof PasswordResetRequest>) => api.post('/auth/password-reset/request', input),
  });
  const errors = fieldErrorsOf(request.error, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    request.submit({ email: values.email, ...(slug && { tenant: slug }) });
  }

  return (
    <AuthCard title={t('web.forgot.title')}>
      {request.isSuccess ? (
        <Alert color="teal" role="status" data-testid="forgot-sent">
          {t('web.forgot.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError error={request.error} />
            <TextInput
              label={t('web.login.email')}
              description={t('web.forgot.hint')}
              type="email"
              autoComplete="username"
              required
              value={values.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              {...errorProp(errors, 'email')}
            />
            <SubmitButton pending={request.isPending}>{t('web.forgot.submit')}</SubmitButton>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to={signInPath(slug, 'login')} size="sm">
        {t('web.forgot.back')}
      </Anchor>
    </AuthCard>
  );
}
