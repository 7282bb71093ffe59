import { Button, Group, Loader, Modal, Paper, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import type { UserUpdate } from '../../shared/people';
import { api } from '../api/client';
import { usePermissions } from '../api/session';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { usePerson, type Person } from './api';
import { PersonStatus } from './people-list-page';
import { RolesEditor } from './roles-editor';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

/** An administrator sets a temporary password; the person must replace it at next sign-in. */
function ResetPasswordButton({ person }: { person: Person }) {
  const t = useT();
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => api.post(`/users/${person.id}/password-reset`, { password }),
    onSuccess: async () => {
      close();
      setPassword('');
      await client.invalidateQueries({ queryKey: ['/users'] });
      notifications.show({ color: 'teal', message: t('web.people.resetDone') });
    },
  });
  const errors = fieldErrorsOf(reset.error, t);
  return (
    <>
      <Button variant="default" onClick={open}>
        {t('web.people.resetPassword')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('web.people.resetPassword')} centered>
        <Stack>
          <Text size="sm">{t('web.people.resetExplain', { name: person.name })}</Text>
          <FormError error={reset.error} />
          <PasswordInput label={t('web.people.temporaryPassword')} description={t('web.password.rule')} autoComplete="new-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} {...errorProp(errors, 'password')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => reset.mutate()} loading={reset.isPending}>
              {t('web.people.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function PersonForm({ person }: { person: Person }) {
  const t = useT();
  const client = useQueryClient();
  const allowed = usePermissions();
  const { values, set } = useFormValues({ name: person.name, nip: person.nip ?? '', status: person.status, roles: person.roles });
  const save = useSubmitMutation({
    mutationFn: (input: z.input<typeof UserUpdate>) => api.patch<Person>(`/users/${person.id}`, input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['/users'] });
      notifications.show({ color: 'teal', message: t('web.saved') });
    },
  });
  const errors = fieldErrorsOf(save.error, t);
  const editable = allowed('user.update');

  function submit(e: FormEvent) {
    e.preventDefault();
    save.submit({ name: values.name, nip: values.nip || null, status: values.status, roles: values.roles });
  }

  return (
    <Paper withBorder p="md" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <Text size="sm" c="dimmed">
            {person.email}
          </Text>
          <TextInput label={t('web.people.name')} value={values.name} onChange={(e) => set('name', e.currentTarget.value)} disabled={!editable} {...errorProp(errors, 'name')} />
          <TextInput label={t('web.people.nip')} value={values.nip} onChange={(e) => set('nip', e.currentTarget.value)} disabled={!editable} {...errorProp(errors, 'nip')} />
          <Stack gap={4}>
            <Text fw={500} size="sm">
              {t('common.status')}
            </Text>
            <SegmentedControl
              value={values.status}
              onChange={(v) => set('status', v as Person['status'])}
              disabled={!editable}
              data={['active', 'disabled'].map((s) => ({ value: s, label: t(`web.people.status.${s}`) }))}
              w="fit-content"
            />
          </Stack>
          {allowed('user.assignRole') && <RolesEditor value={values.roles} onChange={(roles) => set('roles', roles)} errors={errors} />}
          {editable && (
            <Group>
              <SubmitButton pending={save.isPending}>{t('common.save')}</SubmitButton>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

export function PersonPage() {
  const t = useT();
  const { id } = useParams();
  const allowed = usePermissions();
  const { data: person, error } = usePerson(id);
  if (error) return <FormError error={error} />;
  if (!person) return <Loader size="sm" />;
  return (
    <Stack>
      <PageHeader title={person.name}>
        <PersonStatus person={person} />
        <Button variant="default" component={Link} to="/people">
          {t('common.back')}
        </Button>
        {allowed('user.resetPassword') && <ResetPasswordButton person={person} />}
      </PageHeader>
      {person.locked && <Text c="red">{t('web.people.lockedExplain')}</Text>}
      <PersonForm key={person.id} person={person} />
    </Stack>
  );
}
