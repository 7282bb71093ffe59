import { Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, type FormEvent } from 'react';
import type { TenantProfilePatch } from '../../shared/settings';
import { api } from '../api/client';
import { useTenant } from '../api/session';
import { fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useLoadOnce } from './use-load-once';
import { SavedNotice } from './saved-notice';
import type { Tenant } from './api';
import { TenantProfileFields } from '../components/tenant-profile-fields';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

/** The Pemda profile that PUT /tenant holds, changed by PATCH so the regulations stay as they are. */
export function ProfileTab() {
  const t = useT();
  const client = useQueryClient();
  const { data: tenant } = useTenant();
  const { values, set, setValues } = useFormValues({ name: '', kind: 'kota', regionCode: '', primaryDomain: '', emailDomain: '' });
  const load = useCallback((t: Tenant) => setValues({ name: t.name, kind: t.kind, regionCode: t.regionCode, primaryDomain: t.primaryDomain, emailDomain: t.emailDomain ?? '' }), [setValues]);
  useLoadOnce(tenant, load);
  const save = useSubmitMutation({
    mutationFn: (patch: TenantProfilePatch) => api.patch<Tenant>('/tenant', patch),
    onSuccess: (saved) => {
      client.setQueryData(['tenant'], saved);
      return client.invalidateQueries({ queryKey: ['session'] });
    },
  });
  const errors = fieldErrorsOf(save.error, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.submit({ name: values.name, kind: values.kind as TenantProfilePatch['kind'], regionCode: values.regionCode, primaryDomain: values.primaryDomain, emailDomain: values.emailDomain.trim() || null });
  }

  return (
    <Paper withBorder p="md" maw={640}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">{t('settings.profile.intro')}</Text>
          <FormError error={save.error} />
          <TenantProfileFields values={values} set={set} errors={errors} />
          <SavedNotice show={save.isSuccess} />
          <SubmitButton pending={save.isPending} w="fit-content">{t('settings.save')}</SubmitButton>
        </Stack>
      </form>
    </Paper>
  );
}
