import { Checkbox, Container, Divider, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { regulationIds, type SetupInput } from '../../shared/tenants';
import { api, setCsrfToken } from '../api/client';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/language-switch';
import { regulationDefaults } from './regulation-defaults';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { TenantProfileFields } from '../components/tenant-profile-fields';
import { DateField } from '../components/date-field';
import { regulationName } from '../i18n/regulation-name';

type RegulationId = (typeof regulationIds)[number];
type Choice = { chosen: boolean; effectiveFrom: string; effectiveUntil: string };

/** First run: the Pemda's profile, the regulations in force, and the first administrator. */
export function SetupPage() {
  const t = useT();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { values, set } = useFormValues({ name: '', kind: 'kota', regionCode: '', primaryDomain: '', emailDomain: '', adminName: '', adminEmail: '', adminPassword: '' });
  const [regulations, setRegulations] = useState<Record<RegulationId, Choice>>(
    () =>
      Object.fromEntries(
        regulationIds.map((id) => [id, { chosen: false, effectiveFrom: regulationDefaults[id].effectiveFrom, effectiveUntil: regulationDefaults[id].effectiveUntil ?? '' }]),
      ) as Record<RegulationId, Choice>,
  );
  const setup = useSubmitMutation({
    mutationFn: async (input: z.input<typeof SetupInput>) => {
      const { slug } = await api.post<{ slug: string }>('/setup', input);
      // the administrator just chose this password: sign them in straight away
      const { csrfToken } = await api.post<{ csrfToken: string }>('/auth/login', { tenant: slug, email: input.admin.email, password: input.admin.password });
      setCsrfToken(csrfToken);
    },
    onSuccess: async () => {
      await client.invalidateQueries();
      navigate('/', { replace: true });
    },
  });
  const errors = fieldErrorsOf(setup.error, t);
  const chosen = regulationIds.filter((id) => regulations[id].chosen);

  function updateRegulation(id: RegulationId, change: Partial<Choice>) {
    setRegulations((r) => ({ ...r, [id]: { ...r[id], ...change } }));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setup.submit({
      name: values.name,
      kind: values.kind as 'kota',
      regionCode: values.regionCode,
      primaryDomain: values.primaryDomain,
      emailDomain: values.emailDomain.trim() || null,
      regulations: chosen.map((id) => ({ regulation: id, effectiveFrom: regulations[id].effectiveFrom, effectiveUntil: regulations[id].effectiveUntil || null })),
      admin: { name: values.adminName, email: values.adminEmail, password: values.adminPassword },
    });
  }

  return (
    <Container component="main" size="sm" py="xl">
      <Paper withBorder shadow="sm" p="xl">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group justify="space-between">
              <Title order={1} size="h2">{t('web.setup.title')}</Title>
              <LanguageSwitch />
            </Group>
            <Text c="dimmed">{t('web.setup.intro')}</Text>
            <FormError error={setup.error} />
            <TenantProfileFields values={values} set={set} errors={errors} withExamples />

            <Divider label={t('web.setup.regulations')} labelPosition="left" />
            <Text size="sm" c="dimmed">
              {t('web.setup.regulationsHint')}
            </Text>
            {errors.regulations && (
              <Text c="red" size="sm">
                {errors.regulations}
              </Text>
            )}
            {regulationIds.map((id) => (
              <Stack key={id} gap={4}>
                <Checkbox label={regulationName(t, id, true)} checked={regulations[id].chosen} onChange={(e) => updateRegulation(id, { chosen: e.currentTarget.checked })} />
                {regulations[id].chosen && (
                  <Group pl="xl" grow>
                    <DateField label={t('web.setup.effectiveFrom')} value={regulations[id].effectiveFrom} onChange={(v) => updateRegulation(id, { effectiveFrom: v })} {...errorProp(errors, `regulations.${chosen.indexOf(id)}.effectiveFrom`)} />
                    <DateField label={t('web.setup.effectiveUntil')} value={regulations[id].effectiveUntil} onChange={(v) => updateRegulation(id, { effectiveUntil: v })} {...errorProp(errors, `regulations.${chosen.indexOf(id)}.effectiveUntil`)} />
                  </Group>
                )}
              </Stack>
            ))}

            <Divider label={t('web.setup.admin')} labelPosition="left" />
            <TextInput label={t('web.setup.adminName')} required value={values.adminName} onChange={(e) => set('adminName', e.currentTarget.value)} {...errorProp(errors, 'admin.name')} />
            <TextInput label={t('web.login.email')} type="email" autoComplete="username" required value={values.adminEmail} onChange={(e) => set('adminEmail', e.currentTarget.value)} {...errorProp(errors, 'admin.email')} />
            <PasswordInput label={t('web.login.password')} description={t('web.password.rule')} autoComplete="new-password" required value={values.adminPassword} onChange={(e) => set('adminPassword', e.currentTarget.value)} {...errorProp(errors, 'admin.password')} />
            <SubmitButton pending={setup.isPending} disabled={setup.isPending || chosen.length === 0}>{t('web.setup.submit')}</SubmitButton>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
