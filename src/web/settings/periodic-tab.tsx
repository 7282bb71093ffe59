import { NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useTenant } from '../api/session';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { formatDate } from '../i18n/format-date';
import { useLoadOnce } from './use-load-once';
import { SavedNotice } from './saved-notice';
import type { Tenant } from './api';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

/** How many months Simpul reads "secara periodik" as, for duties that name no period. */
export function PeriodicTab() {
  const t = useT();
  const client = useQueryClient();
  const { data: tenant } = useTenant();
  const [months, setMonths] = useState<number | string>('');
  const load = useCallback((t: Tenant) => setMonths(t.periodicReadingMonths ?? ''), []);
  useLoadOnce(tenant, load);
  const save = useSubmitMutation({
    mutationFn: (value: number | null) => api.put<Tenant>('/tenant/periodic-reading', { months: value }),
    onSuccess: (saved) => client.setQueryData(['tenant'], saved),
  });
  const errors = fieldErrorsOf(save.error, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.submit(typeof months === 'number' ? months : null);
  }

  return (
    <Paper withBorder p="md" maw={640}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4">{t('settings.periodic.title')}</Title>
          <Text size="sm" c="dimmed">{t('settings.periodic.intro')}</Text>
          <FormError error={save.error} />
          <NumberInput label={t('settings.periodic.months')} description={t('settings.periodic.default')} min={1} max={60} clampBehavior="none" allowDecimal={false} value={months} onChange={setMonths} w={220} {...errorProp(errors, 'months')} />
          <Text size="sm" data-testid="periodic-current">
            {t('settings.periodic.current', { months: tenant?.periodicReadingMonths ?? 12 })}{' '}
            {tenant?.periodicReadingSetByName && tenant.periodicReadingSetAt
              ? t('settings.periodic.setBy', { name: tenant.periodicReadingSetByName, date: formatDate(tenant.periodicReadingSetAt) })
              : t('settings.periodic.isDefault')}
          </Text>
          <SavedNotice show={save.isSuccess} />
          <SubmitButton pending={save.isPending} w="fit-content">{t('settings.save')}</SubmitButton>
        </Stack>
      </form>
    </Paper>
  );
}
