import { Alert, Button, Checkbox, Group, Loader, MultiSelect, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import type { AgencyInput } from '../../shared/agencies';
import { agencyKinds, agencySpecialRoles } from '../../server/platform/policy/roles';
import { api } from '../api/client';
import { usePermissions } from '../api/session';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { agencyOptions, useAgency, useAllAgencies, type Agency } from './api';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

type Values = z.input<typeof AgencyInput>;

function valuesOf(agency?: Agency): Values {
  return {
    code: agency?.code ?? '',
    name: agency?.name ?? '',
    kind: (agency?.kind as Values['kind']) ?? 'dinas',
    parentId: agency?.parentId ?? null,
    specialRoles: (agency?.specialRoles as Values['specialRoles']) ?? [],
    ictSelfReliant: agency?.ictSelfReliant ?? false,
    ictSelfRelianceDecree: agency?.ictSelfRelianceDecree ?? null,
    email: agency?.email ?? null,
  };
}

function AgencyForm({ agency }: { agency?: Agency }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { data: all } = useAllAgencies();
  const { values, set } = useFormValues<Values>(valuesOf(agency));
  const save = useSubmitMutation({
    mutationFn: (input: Values, { idempotencyKey }) => (agency ? api.patch<Agency>(`/agencies/${agency.id}`, input) : api.post<Agency>('/agencies', input, { idempotencyKey })),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['/agencies'] });
      navigate(`/agencies/${saved.id}`);
    },
  });
  const errors = fieldErrorsOf(save.error, t);
  // an agency cannot be its own parent; the server also refuses cycles through sub-units
  const parents = agencyOptions(all).filter((o) => o.value !== agency?.id);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.submit({ ...values, email: values.email || null, ictSelfRelianceDecree: values.ictSelfReliant ? values.ictSelfRelianceDecree || null : null });
  }

  return (
    <Paper withBorder p="md" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <Group grow align="flex-start">
            <TextInput label={t('agencies.field.code')} required value={values.code} onChange={(e) => set('code', e.currentTarget.value)} {...errorProp(errors, 'code')} />
            <Select
              label={t('agencies.field.kind')}
              data={agencyKinds.map((k) => ({ value: k, label: t(`agencies.kind.${k}`) }))}
              value={values.kind}
              onChange={(v) => set('kind', (v ?? 'dinas') as Values['kind'])}
              allowDeselect={false}
              {...errorProp(errors, 'kind')}
            />
          </Group>
          <TextInput label={t('agencies.field.name')} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} {...errorProp(errors, 'name')} />
          <Select label={t('agencies.field.parent')} data={parents} value={values.parentId ?? null} onChange={(v) => set('parentId', v)} searchable clearable {...errorProp(errors, 'parentId')} />
          <MultiSelect
            label={t('agencies.field.specialRoles')}
            data={agencySpecialRoles.map((r) => ({ value: r, label: t(`agencies.role.${r}`) }))}
            value={values.specialRoles ?? []}
            onChange={(v) => set('specialRoles', v as Values['specialRoles'])}
            clearable
            {...errorProp(errors, 'specialRoles')}
          />
          <TextInput label={t('agencies.field.email')} type="email" value={values.email ?? ''} onChange={(e) => set('email', e.currentTarget.value)} {...errorProp(errors, 'email')} />
          <Checkbox label={t('agencies.field.ictSelfReliant')} checked={values.ictSelfReliant ?? false} onChange={(e) => set('ictSelfReliant', e.currentTarget.checked)} />
          {values.ictSelfReliant && (
            <TextInput
              label={t('agencies.field.ictSelfRelianceDecree')}
              value={values.ictSelfRelianceDecree ?? ''}
              onChange={(e) => set('ictSelfRelianceDecree', e.currentTarget.value)}
              {...errorProp(errors, 'ictSelfRelianceDecree')}
            />
          )}
          <Group>
            <SubmitButton pending={save.isPending}>{t('common.save')}</SubmitButton>
            <Button variant="default" onClick={() => navigate(agency ? `/agencies/${agency.id}` : '/agencies')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function AgencyCreatePage() {
  const t = useT();
  const allowed = usePermissions();
  // an address typed by hand shows no form the server would refuse
  return (
    <>
      <PageHeader title={t('web.agencies.new')} />
      {allowed('agency.create') ? (
        <AgencyForm />
      ) : (
        <Alert color="gray" data-testid="not-allowed">
          {t('errors.FORBIDDEN')}
        </Alert>
      )}
    </>
  );
}

export function AgencyEditPage() {
  const t = useT();
  const { id } = useParams();
  const { data, error } = useAgency(id);
  return (
    <>
      <PageHeader title={t('web.agencies.edit')} />
      <FormError error={error} />
      {data ? <AgencyForm agency={data} /> : !error && <Loader size="sm" />}
    </>
  );
}
