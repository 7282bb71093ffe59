import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { z } from 'zod';
import type { PasswordChange } from '../../shared/people';
import { api } from '../api/client';
import { sessionKey } from '../api/session';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

/** Change my own password; used by the forced screen and the account page. */
export function PasswordChangeForm({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const t = useT();
  const client = useQueryClient();
  const { values, set } = useFormValues({ currentPassword: '', newPassword: '', repeat: '' });
  const change = useSubmitMutation({
    mutationFn: (input: z.infer<typeof PasswordChange>) => api.post('/auth/password', input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: sessionKey });
      onDone();
    },
  });
  const errors = fieldErrorsOf(change.error, t);
  const mismatch = values.repeat !== '' && values.repeat !== values.newPassword;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (mismatch) return;
    change.submit({ currentPassword: values.currentPassword, newPassword: values.newPassword });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError error={change.error} />
        <PasswordInput label={t('web.password.current')} autoComplete="current-password" value={values.currentPassword} onChange={(e) => set('currentPassword', e.currentTarget.value)} {...errorProp(errors, 'currentPassword')} />
        <PasswordInput label={t('web.password.new')} autoComplete="new-password" description={t('web.password.rule')} value={values.newPassword} onChange={(e) => set('newPassword', e.currentTarget.value)} {...errorProp(errors, 'newPassword')} />
        <PasswordInput label={t('web.password.repeat')} autoComplete="new-password" value={values.repeat} onChange={(e) => set('repeat', e.currentTarget.value)} error={mismatch ? t('web.password.mismatch') : undefined} />
        <Group>
          <SubmitButton pending={change.isPending}>{t('web.password.submit')}</SubmitButton>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
        {change.isSuccess && <Text c="teal">{t('web.password.changed')}</Text>}
      </Stack>
    </form>
  );
}
