import { Button, Divider, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fundingSources } from '../../shared/applications';
import { ictAssetCategories, ictAssetConditions, ictAssetOrigins } from '../../shared/ict-assets';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { api } from '../api/client';
import { useSession } from '../api/session';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { DateField } from '../components/date-field';
import { todayIso } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import type { IctAsset, IctAssetValues } from './api';
import { initialValues, toPayload } from './form-values';

/** Register or edit an ICT asset: every field of IctAssetInput. */
export function IctAssetForm({ asset }: { asset?: IctAsset }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { data: agencies } = useAllAgencies();
  const { data: session } = useSession();
  const { values, set } = useFormValues<IctAssetValues>(initialValues(asset));
  const save = useSubmitMutation({
    mutationFn: (input: IctAssetValues, { idempotencyKey }) => (asset ? api.patch<IctAsset>(`/ict-assets/${asset.id}`, input) : api.post<IctAsset>('/ict-assets', input, { idempotencyKey })),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['/ict-assets'] });
      navigate(`/ict-assets/${saved.id}`);
    },
  });
  const errors = fieldErrorsOf(save.error, t);
  // an agency operator registers for the agencies it works in; the ICT office for any
  const tenantWide = session?.roles.some((g) => g.agencyId === null && g.role === 'admin') ?? false;
  const mine = new Set(session?.roles.filter((g) => g.agencyId).map((g) => g.agencyId));
  const agencyChoices = agencyOptions(agencies).filter((o) => tenantWide || mine.has(o.value) || o.value === asset?.agencyId);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.submit(toPayload(values));
  }

  const text = (key: keyof IctAssetValues) => ({
    value: (values[key] as string | null) ?? '',
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as never),
    ...errorProp(errors, key),
  });
  const choice = <K extends keyof IctAssetValues>(key: K, codes: readonly string[], labelKey: string, clearable = false) => ({
    data: codes.map((c) => ({ value: c, label: t(labelKey.replace('{code}', c)) })),
    value: (values[key] as string | null) ?? null,
    onChange: (v: string | null) => set(key, v as IctAssetValues[K]),
    clearable,
    allowDeselect: clearable,
    ...errorProp(errors, key),
  });

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('ictAssets.field.agency')} required data={agencyChoices} value={values.agencyId || null} onChange={(v) => set('agencyId', v ?? '')} searchable {...errorProp(errors, 'agencyId')} />
            <Select label={t('ictAssets.field.category')} required {...choice('category', ictAssetCategories, 'ictAssets.category.{code}')} />
            <TextInput label={t('ictAssets.field.brand')} required {...text('brand')} />
            <TextInput label={t('ictAssets.field.model')} required {...text('model')} />
            <TextInput label={t('ictAssets.field.serialNumber')} {...text('serialNumber')} />
            <Select label={t('ictAssets.field.condition')} required {...choice('condition', ictAssetConditions, 'ictAssets.condition.{code}')} />
          </SimpleGrid>

          <Divider label={t('ictAssets.sectionAssetOffice')} labelPosition="left" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('ictAssets.field.itemCode')} {...text('itemCode')} />
            <TextInput label={t('ictAssets.field.registerNumber')} {...text('registerNumber')} />
            <DateField label={t('ictAssets.field.acquiredOn')} required max={todayIso()} value={values.acquiredOn} onChange={(v) => set('acquiredOn', v)} {...errorProp(errors, 'acquiredOn')} />
            <NumberInput
              label={t('ictAssets.field.acquisitionValue')}
              required
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator="."
              decimalSeparator=","
              clampBehavior="none"
              value={values.acquisitionValue ?? 0}
              onChange={(v) => set('acquisitionValue', typeof v === 'number' ? v : Number(v) || 0)}
              {...errorProp(errors, 'acquisitionValue')}
            />
            <Select label={t('ictAssets.field.fundingSource')} {...choice('fundingSource', fundingSources, 'applications.funding.{code}', true)} />
            <Select label={t('ictAssets.field.receivedFrom')} description={t('ictAssets.originHint')} {...choice('receivedFrom', ictAssetOrigins, 'ictAssets.origin.{code}', true)} />
          </SimpleGrid>

          <Divider label={t('ictAssets.sectionUse')} labelPosition="left" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('ictAssets.field.location')} {...text('location')} />
            <TextInput label={t('ictAssets.field.responsiblePerson')} {...text('responsiblePerson')} />
          </SimpleGrid>
          <Textarea label={t('ictAssets.field.performanceNote')} autosize minRows={2} {...text('performanceNote')} />
          <Group>
            <SubmitButton pending={save.isPending}>{t('common.save')}</SubmitButton>
            <Button variant="default" onClick={() => navigate(asset ? `/ict-assets/${asset.id}` : '/ict-assets')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
