import { Alert, Anchor, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { LoginInput } from '../../shared/people';
import { api, setCsrfToken } from '../api/client';
import { sessionKey } from '../api/session';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { AuthCard, signInPath } from './auth-card';

/**
 * Sign-in. The tenant comes from the address (/t/<slug>/login); at /login the server finds it
 * from the e-mail's domain, or it is the installation's only one. No list of tenants is shown.
 */
export function LoginPage() {
  const t = useT();
  const client = useQueryClient();
  const { slug } = useParams();
  const [params] = useSearchParams();
  const { values, set } = useFormValues({ email: '', password: '' }, { keep: false });

  const login = useSubmitMutation({
    mutationFn: (input: z.input<typeof LoginInput>) => api.post<{ csrfToken: string }>('/auth/login', input),
    onSuccess: async ({ csrfToken }) => {
      setCsrfToken(csrfToken);
      // the signed-in routes take over; /login then forwards to ?next
      await client.invalidateQueries({ queryKey: sessionKey });
    },
  });
  const errors = fieldErrorsOf(login.error, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    login.submit({ email: values.email, password: values.password, ...(slug && { tenant: slug }) });
  }

  return (
    <AuthCard title={t('web.login.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {params.get('reset') === 'done' && (
            <Alert color="teal" role="status">
              {t('web.reset.done')}
            </Alert>
          )}
          <FormError error={login.error} />
          <TextInput label={t('web.login.email')} type="email" autoComplete="username" required value={values.email} onChange={(e) => set('email', e.currentTarget.value)} {...errorProp(errors, 'email')} />
          <PasswordInput label={t('web.login.password')} autoComplete="current-password" required value={values.password} onChange={(e) => set('password', e.currentTarget.value)} {...errorProp(errors, 'password')} />
          <SubmitButton pending={login.isPending}>{t('web.login.submit')}</SubmitButton>
          <Anchor component={Link} to={signInPath(slug, 'forgot-password')} size="sm">
            {t('web.login.forgot')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
