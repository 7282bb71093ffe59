import { Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { DomainRules, SubdomainInput } from '../../shared/domains';
import { subdomainUsages } from '../../workflow/types/subdomain';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { api } from '../api/client';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

type Values = z.input<typeof SubdomainInput>;

/** Register a subdomain under the tenant's domain (Jambi 10/2017 Ps 10(3)-(4); Palu 14/2022 Ps 18). */
export function SubdomainFormPage() {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { data: agencies } = useAllAgencies();
  const { data: rules } = useQuery({ queryKey: ['/domains/rules'], queryFn: () => api.get<z.infer<typeof DomainRules>>('/domains/rules') });
  const { values, set } = useFormValues<Values>({ name: '', ownerAgencyId: '' });
  const save = useSubmitMutation({
    mutationFn: (input: Values, { idempotencyKey }) => api.post('/subdomains', input, { idempotencyKey }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['/subdomains'] });
      navigate('/subdomains');
    },
  });
  const errors = fieldErrorsOf(save.error, t);
  const text = (key: 'name' | 'target' | 'description' | 'decreeRef') => ({
    value: values[key] ?? '',
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value || (key === 'name' ? '' : null)),
    ...errorProp(errors, key),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    save.submit(values);
  }
  return (
    <>
      <PageHeader title={t('domains.action.createSubdomain')} />
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError error={save.error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('domains.field.name')} description={rules && t('domains.hint.underDomain', { domain: rules.tenantDomain })} required rightSection={null} {...text('name')} />
              <TextInput label={t('domains.field.target')} {...text('target')} />
              <Select label={t('domains.field.ownerAgency')} required searchable data={agencyOptions(agencies)} value={values.ownerAgencyId || null} onChange={(v) => set('ownerAgencyId', v ?? '')} {...errorProp(errors, 'ownerAgencyId')} />
              <Select label={t('domains.field.usage')} clearable data={subdomainUsages.map((u) => ({ value: u, label: t(`domains.usage.${u}`) }))} value={values.usage ?? null} onChange={(v) => set('usage', v as Values['usage'])} />
              <TextInput label={t('domains.field.decreeRef')} required={rules?.decreeRequired} description={rules?.decreeRequired ? t('domains.hint.decree') : undefined} {...text('decreeRef')} />
            </SimpleGrid>
            <Textarea label={t('domains.field.description')} autosize minRows={2} {...text('description')} />
            <Group justify="flex-end">
              <SubmitButton pending={save.isPending}>{t('common.save')}</SubmitButton>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
