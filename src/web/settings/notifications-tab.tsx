import { Button, Checkbox, Group, NumberInput, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import type { NotificationSettingsPatch } from '../../shared/settings';
import { api } from '../api/client';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useLoadOnce } from './use-load-once';
import { SavedNotice } from './saved-notice';
import { OutboxPanel } from './outbox-panel';
import { useNotificationSettings, type Delivery, type NotificationSettings } from './api';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

const empty = { smtpHost: '', smtpPort: '' as number | string, smtpSecure: false, smtpUser: '', smtpPassword: '', mailFrom: '', appUrl: '', webhookUrl: '', webhookSecret: '' };
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** SMTP and webhook settings, a test send through the outbox, and the outbox itself. */
export function NotificationsTab() {
  const t = useT();
  const client = useQueryClient();
  const { data: settings } = useNotificationSettings();
  const { values, set, setValues } = useFormValues(empty);
  const [to, setTo] = useState('');
  const load = useCallback(
    (s: NotificationSettings) => setValues({ ...empty, smtpHost: s.smtpHost ?? '', smtpPort: s.smtpPort ?? '', smtpSecure: s.smtpSecure, smtpUser: s.smtpUser ?? '', mailFrom: s.mailFrom ?? '', appUrl: s.appUrl ?? '', webhookUrl: s.webhookUrl ?? '' }),
    [setValues],
  );
  useLoadOnce(settings, load);
  const save = useSubmitMutation({
    mutationFn: (patch: NotificationSettingsPatch) => api.patch<NotificationSettings>('/notification-settings', patch),
    onSuccess: (saved) => client.setQueryData(['/notification-settings'], saved),
  });
  const test = useMutation({
    mutationFn: (channel: 'email' | 'webhook') => api.post<Delivery>('/notification-settings/test', { channel, to: channel === 'email' ? orNull(to) : null }),
    onSettled: () => client.invalidateQueries({ queryKey: ['/notification-deliveries'] }),
  });
  const errors = fieldErrorsOf(save.error, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.submit({
      smtpHost: orNull(values.smtpHost),
      smtpPort: typeof values.smtpPort === 'number' ? values.smtpPort : null,
      smtpSecure: values.smtpSecure,
      smtpUser: orNull(values.smtpUser),
      mailFrom: orNull(values.mailFrom),
      appUrl: orNull(values.appUrl),
      webhookUrl: orNull(values.webhookUrl),
      // a secret left empty is kept as stored
      ...(values.smtpPassword ? { smtpPassword: values.smtpPassword } : {}),
      ...(values.webhookSecret ? { webhookSecret: values.webhookSecret } : {}),
    });
  }

  return (
    <Stack>
      <Paper withBorder p="md" maw={760}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={3} size="h4">{t('settings.notifications.title')}</Title>
            <Text size="sm" c="dimmed">{t('settings.notifications.intro')}</Text>
            <FormError error={save.error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('settings.notifications.smtpHost')} value={values.smtpHost} onChange={(e) => set('smtpHost', e.currentTarget.value)} {...errorProp(errors, 'smtpHost')} />
              <NumberInput label={t('settings.notifications.smtpPort')} min={1} max={65535} allowDecimal={false} value={values.smtpPort} onChange={(v) => set('smtpPort', v)} {...errorProp(errors, 'smtpPort')} />
              <TextInput label={t('settings.notifications.smtpUser')} value={values.smtpUser} onChange={(e) => set('smtpUser', e.currentTarget.value)} {...errorProp(errors, 'smtpUser')} />
              <PasswordInput label={t('settings.notifications.smtpPassword')} description={settings?.hasSmtpPassword ? t('settings.notifications.passwordSet') : undefined} autoComplete="new-password" value={values.smtpPassword} onChange={(e) => set('smtpPassword', e.currentTarget.value)} {...errorProp(errors, 'smtpPassword')} />
              <TextInput label={t('settings.notifications.mailFrom')} type="email" value={values.mailFrom} onChange={(e) => set('mailFrom', e.currentTarget.value)} {...errorProp(errors, 'mailFrom')} />
              <TextInput label={t('settings.notifications.appUrl')} placeholder="https://simpul.dumaikota.go.id" value={values.appUrl} onChange={(e) => set('appUrl', e.currentTarget.value)} {...errorProp(errors, 'appUrl')} />
              <TextInput label={t('settings.notifications.webhookUrl')} value={values.webhookUrl} onChange={(e) => set('webhookUrl', e.currentTarget.value)} {...errorProp(errors, 'webhookUrl')} />
              <PasswordInput label={t('settings.notifications.webhookSecret')} description={settings?.hasWebhookSecret ? t('settings.notifications.secretSet') : undefined} autoComplete="new-password" value={values.webhookSecret} onChange={(e) => set('webhookSecret', e.currentTarget.value)} {...errorProp(errors, 'webhookSecret')} />
            </SimpleGrid>
            <Checkbox label={t('settings.notifications.smtpSecure')} checked={values.smtpSecure} onChange={(e) => set('smtpSecure', e.currentTarget.checked)} />
            <SavedNotice show={save.isSuccess} />
            <SubmitButton pending={save.isPending} w="fit-content">{t('settings.save')}</SubmitButton>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="md" maw={760}>
        <Stack>
          <Title order={3} size="h4">{t('settings.notifications.test')}</Title>
          <FormError error={test.error} />
          <TextInput label={t('settings.notifications.testTo')} description={t('settings.notifications.testToHint')} type="email" value={to} onChange={(e) => setTo(e.currentTarget.value)} {...errorProp(fieldErrorsOf(test.error, t), 'to')} maw={360} />
          <Group>
            <Button variant="light" loading={test.isPending && test.variables === 'email'} onClick={() => test.mutate('email')}>{t('settings.notifications.testEmail')}</Button>
            <Button variant="light" loading={test.isPending && test.variables === 'webhook'} onClick={() => test.mutate('webhook')}>{t('settings.notifications.testWebhook')}</Button>
          </Group>
          {test.data && (
            <Text size="sm" role="status" data-testid="test-result">
              {t('settings.notifications.testResult', { target: test.data.target, status: t(`settings.outbox.${test.data.status}`) })}
              {test.data.lastError ? ` ${test.data.lastError}` : ''}
            </Text>
          )}
        </Stack>
      </Paper>
      <OutboxPanel />
    </Stack>
  );
}
