import { Center, Paper, PasswordInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { z } from 'zod';
import type { LoginInput } from '../../shared/people';
import { api, setCsrfToken } from '../api/client';
import { sessionKey, useSetupStatus } from '../api/session';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/language-switch';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

export function LoginPage() {
  const t = useT();
  const client = useQueryClient();
  const { data: setup } = useSetupStatus();
  const tenants = setup?.tenants ?? [];
  const { values, set } = useFormValues({ tenant: tenants[0]?.slug ?? '', email: '', password: '' }, { keep: false });

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
    // the tenant is asked for only when the server hosts more than one
    login.submit({ email: values.email, password: values.password, ...(tenants.length > 1 && { tenant: values.tenant }) });
  }

  return (
    <Center component="main" mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Stack gap={0}>
              <Title order={1} size="h2">{t('common.appName')}</Title>
              <Text c="dimmed" size="sm">
                {t('common.tagline')}
              </Text>
            </Stack>
            <Title order={4}>{t('web.login.title')}</Title>
            <FormError error={login.error} />
            {tenants.length > 1 && (
              <Select
                label={t('web.login.tenant')}
                data={tenants.map((x) => ({ value: x.slug, label: x.name }))}
                value={values.tenant}
                onChange={(v) => set('tenant', v ?? '')}
                allowDeselect={false}
              />
            )}
            <TextInput label={t('web.login.email')} type="email" autoComplete="username" required value={values.email} onChange={(e) => set('email', e.currentTarget.value)} {...errorProp(errors, 'email')} />
            <PasswordInput label={t('web.login.password')} autoComplete="current-password" required value={values.password} onChange={(e) => set('password', e.currentTarget.value)} {...errorProp(errors, 'password')} />
            <SubmitButton pending={login.isPending}>{t('web.login.submit')}</SubmitButton>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
