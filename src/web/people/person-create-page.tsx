import { Button, Group, Paper, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { UserInput } from '../../shared/people';
import { api } from '../api/client';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import type { Person } from './api';
import { RolesEditor, type RoleGrant } from './roles-editor';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

export function PersonCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { values, set } = useFormValues({ name: '', email: '', nip: '', password: '', roles: [] as RoleGrant[] });
  const create = useSubmitMutation({
    mutationFn: (input: z.input<typeof UserInput>, { idempotencyKey }) => api.post<Person>('/users', input, { idempotencyKey }),
    onSuccess: async (person) => {
      await client.invalidateQueries({ queryKey: ['/users'] });
      navigate(`/people/${person.id}`);
    },
  });
  const errors = fieldErrorsOf(create.error, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.submit({ name: values.name, email: values.email, nip: values.nip || null, password: values.password, roles: values.roles });
  }

  return (
    <>
      <PageHeader title={t('web.people.new')} />
      <Paper withBorder p="md" maw={720}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError error={create.error} />
            <TextInput label={t('web.people.name')} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} {...errorProp(errors, 'name')} />
            <TextInput label={t('web.login.email')} type="email" required value={values.email} onChange={(e) => set('email', e.currentTarget.value)} {...errorProp(errors, 'email')} />
            <TextInput label={t('web.people.nip')} value={values.nip} onChange={(e) => set('nip', e.currentTarget.value)} {...errorProp(errors, 'nip')} />
            <PasswordInput
              label={t('web.people.temporaryPassword')}
              description={`${t('web.password.rule')} ${t('web.people.temporaryHint')}`}
              required
              autoComplete="new-password"
              value={values.password}
              onChange={(e) => set('password', e.currentTarget.value)}
              {...errorProp(errors, 'password')}
            />
            <RolesEditor value={values.roles} onChange={(roles) => set('roles', roles)} errors={errors} />
            <Group>
              <SubmitButton pending={create.isPending}>{t('common.save')}</SubmitButton>
              <Button variant="default" onClick={() => navigate('/people')}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
