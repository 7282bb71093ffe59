import { Button, Checkbox, Divider, Group, Paper, Select, SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { applicationHostings, applicationPlatforms, applicationSuppliers, fundingSources } from '../../shared/applications';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { api, ApiError } from '../api/client';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useApplicationRules, type Application, type ApplicationValues } from './api';
import { DuplicateRulePanel, justificationAskedBy, type JustificationPath } from './duplicate-rule-panel';
import { initialValues, toPayload } from './form-values';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { DateField } from '../components/date-field';
import { useRegisteringAgencyIds } from '../api/session';

/** Register or edit an application: every field of ApplicationInput, choices from the tenant's rules. */
export function ApplicationForm({ app }: { app?: Application }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { data: agencies } = useAllAgencies();
  const { data: rules } = useApplicationRules();
  const { values, set } = useFormValues<ApplicationValues>(initialValues(app));
  // once a duplicate rule asked for a justification, its fields stay visible
  const [justification, setJustification] = useState<JustificationPath | null>(
    app?.specificConditions ? 'specificConditions' : app?.duplicateJustification ? 'duplicateJustification' : null,
  );
  const save = useSubmitMutation({
    mutationFn: (input: ApplicationValues, { idempotencyKey }) =>
      app ? api.patch<Application>(`/applications/${app.id}`, input) : api.post<Application>('/applications', input, { idempotencyKey }),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['/applications'] });
      navigate(`/applications/${saved.id}`);
    },
    onError: (error) => {
      const asked = justificationAskedBy(error);
      if (asked) setJustification(asked);
    },
  });
  const errors = fieldErrorsOf(save.error, t);
  const ruleError = justificationAskedBy(save.error) ? (save.error as ApiError) : null;
  const agencyChoices = agencyOptions(agencies);
  // only the agencies the server lets this person register for
  const registering = useRegisteringAgencyIds();
  const ownerChoices = registering ? agencyChoices.filter((c) => registering.includes(c.value)) : agencyChoices;
  const showCategory = values.kind === 'common' || Boolean(rules?.commonApplicationRule);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.submit(toPayload(values));
  }

  const text = (key: keyof ApplicationValues) => ({
    value: (values[key] as string | null) ?? '',
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as never),
    ...errorProp(errors, key),
  });
  const date = (key: keyof ApplicationValues) => ({
    value: (values[key] as string | null | undefined) ?? '',
    onChange: (value: string) => set(key, value as never),
    ...errorProp(errors, key),
  });

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          {/* the duplicate rule's message is shown beside its fields below */}
          {!ruleError && <FormError error={save.error} />}
          <TextInput label={t('applications.field.name')} required {...text('name')} />
          <Textarea label={t('applications.field.description')} autosize minRows={2} {...text('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('applications.field.ownerAgency')} required data={ownerChoices} value={values.ownerAgencyId || null} onChange={(v) => set('ownerAgencyId', v ?? '')} searchable {...errorProp(errors, 'ownerAgencyId')} />
            <Select label={t('applications.field.operatorAgency')} data={agencyChoices} value={values.operatorAgencyId ?? null} onChange={(v) => set('operatorAgencyId', v)} searchable clearable {...errorProp(errors, 'operatorAgencyId')} />
            <Select
              label={t('applications.field.kind')}
              data={['specific', 'common'].map((k) => ({ value: k, label: t(`applications.kind.${k}`) }))}
              value={values.kind}
              onChange={(v) => set('kind', (v ?? 'specific') as ApplicationValues['kind'])}
              allowDeselect={false}
              {...errorProp(errors, 'kind')}
            />
            {showCategory ? (
              <Select
                label={t('applications.field.commonCategory')}
                description={values.kind === 'specific' ? t('web.applications.categoryHint') : undefined}
                data={(rules?.commonCategories ?? []).map((c) => ({ value: c, label: t(`applications.commonCategory.${c}`) }))}
                value={values.commonCategory ?? null}
                onChange={(v) => set('commonCategory', v)}
                clearable
                {...errorProp(errors, 'commonCategory')}
              />
            ) : (
              <div />
            )}
            <TextInput label={t('applications.field.businessFunction')} required {...text('businessFunction')} />
            <Select
              label={t('applications.field.stage')}
              required
              data={(rules?.stages ?? []).map((s) => ({ value: s, label: t(`applications.stage.${s}`) }))}
              value={values.stage || null}
              onChange={(v) => set('stage', v ?? '')}
              {...errorProp(errors, 'stage')}
            />
          </SimpleGrid>
          <Checkbox.Group label={t('applications.field.platforms')} value={values.platforms as string[]} onChange={(v) => set('platforms', v as ApplicationValues['platforms'])} {...errorProp(errors, 'platforms')}>
            <Group mt={6}>
              {applicationPlatforms.map((p) => (
                <Checkbox key={p} value={p} label={t(`applications.platform.${p}`)} />
              ))}
            </Group>
          </Checkbox.Group>

          <Divider label={t('web.applications.sectionTechnical')} labelPosition="left" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('applications.field.url')} placeholder="https://" {...text('url')} />
            <TextInput label={t('applications.field.subdomain')} placeholder={rules ? `app.${rules.cityDomain}` : undefined} {...text('subdomain')} />
            <Select
              label={t('applications.field.hosting')}
              data={applicationHostings.map((h) => ({ value: h, label: t(`applications.hosting.${h}`) }))}
              value={values.hosting ?? null}
              onChange={(v) => set('hosting', v as ApplicationValues['hosting'])}
              clearable
              {...errorProp(errors, 'hosting')}
            />
            <TextInput label={t('applications.field.repositoryLocation')} {...text('repositoryLocation')} />
            <TextInput label={t('applications.field.licence')} {...text('licence')} />
            <TextInput label={t('applications.field.copyrightOwner')} {...text('copyrightOwner')} />
            <Select
              label={t('applications.field.fundingSource')}
              data={fundingSources.map((f) => ({ value: f, label: t(`applications.funding.${f}`) }))}
              value={values.fundingSource ?? null}
              onChange={(v) => set('fundingSource', v as ApplicationValues['fundingSource'])}
              clearable
            />
            <Select
              label={t('applications.field.supplier')}
              data={applicationSuppliers.map((s) => ({ value: s, label: t(`applications.supplier.${s}`) }))}
              value={values.supplier ?? null}
              onChange={(v) => set('supplier', v as ApplicationValues['supplier'])}
              clearable
              {...errorProp(errors, 'supplier')}
            />
            <TextInput label={t('applications.field.recommendationRef')} {...text('recommendationRef')} />
            <DateField label={t('applications.field.lastServiceEvaluationAt')} {...date('lastServiceEvaluationAt')} />
          </SimpleGrid>
          <Group>
            <Switch label={t('applications.field.sso')} checked={values.sso ?? false} onChange={(e) => set('sso', e.currentTarget.checked)} />
            <Switch label={t('applications.field.ictOfficeSuperAdmin')} checked={values.ictOfficeSuperAdmin ?? false} onChange={(e) => set('ictOfficeSuperAdmin', e.currentTarget.checked)} />
            <Switch label={t('applications.field.hasCertificate')} checked={values.hasCertificate ?? false} onChange={(e) => set('hasCertificate', e.currentTarget.checked)} />
          </Group>
          {values.hasCertificate && <DateField label={t('applications.field.certificateExpiresAt')} maw={260} {...date('certificateExpiresAt')} />}
          <TagsInput label={t('applications.field.apisProvided')} description={t('web.applications.tagsHint')} value={values.apisProvided ?? []} onChange={(v) => set('apisProvided', v)} {...errorProp(errors, 'apisProvided')} />
          <TagsInput label={t('applications.field.apisUsed')} description={t('web.applications.tagsHint')} value={values.apisUsed ?? []} onChange={(v) => set('apisUsed', v)} {...errorProp(errors, 'apisUsed')} />

          {justification && (
            <DuplicateRulePanel path={justification} message={ruleError?.title ?? null} values={values} set={set} error={ruleError ? undefined : errors[justification]} />
          )}
          <Group>
            <SubmitButton pending={save.isPending}>{t('common.save')}</SubmitButton>
            <Button variant="default" onClick={() => navigate(app ? `/applications/${app.id}` : '/applications')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
