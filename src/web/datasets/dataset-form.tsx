import { Checkbox, Group, Paper, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { datasetCategoryCodes, datasetClassifications, storageLocations, updateFrequencies } from '../../shared/datasets';
import { keyIdentifierKinds } from '../../shared/identifiers';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { api } from '../api/client';
import { errorProp, fieldErrorsOf, FormError, useFormValues } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useDatasetRules, type Dataset, type DatasetValues } from './api';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { DateField } from '../components/date-field';
import { useRegisteringAgencyIds } from '../api/session';

const textKeys = ['format', 'unitOfMeasure', 'concept', 'areaCoverage', 'qualityNotes', 'licence', 'nextReleaseAt', 'lastUpdatedAt', 'timeCoverageStart', 'timeCoverageEnd'] as const;

function initialValues(d?: Dataset): DatasetValues {
  if (!d) return { title: '', description: '', producerAgencyId: '', classification: 'public', tags: [], identifierSamples: [] };
  const { id: _i, slug: _s, producerAgencyName: _p, stewardAgencyName: _st, sourceApplicationName: _a, publicationStatus: _ps, publishedAt: _pa, revisionNotes: _r, retiredReason: _rr, createdAt: _c, updatedAt: _u, resources: _res, reviews: _rv, abilities: _ab, ...values } = d;
  return values;
}

/** Empty text fields go to the server as null, so optional metadata stays optional. */
function toPayload(values: DatasetValues): DatasetValues {
  const out: Record<string, unknown> = { ...values };
  for (const key of textKeys) if (out[key] === '') out[key] = null;
  return out as DatasetValues;
}

/** Register or edit a dataset with its Satu Data metadata (Perpres 39/2019 Ps 4, 7, 9, 10). */
export function DatasetForm({ dataset }: { dataset?: Dataset }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { data: agencies } = useAllAgencies();
  const { data: rules } = useDatasetRules();
  const { data: apps } = useQuery({
    queryKey: ['/applications', 'picker'],
    queryFn: () => api.get<{ items: { id: string; name: string }[] }>('/applications', { pageSize: 200 }),
  });
  const { values, set } = useFormValues<DatasetValues>(initialValues(dataset));
  const save = useSubmitMutation({
    mutationFn: (input: DatasetValues, { idempotencyKey }) =>
      dataset ? api.patch<Dataset>(`/datasets/${dataset.id}`, input) : api.post<Dataset>('/datasets', input, { idempotencyKey }),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['/datasets'] });
      navigate(`/datasets/${saved.id}`);
    },
  });
  const errors = fieldErrorsOf(save.error, t);
  const agencyChoices = agencyOptions(agencies);
  // only the agencies the server lets this person register for
  const registering = useRegisteringAgencyIds();
  const ownerChoices = registering ? agencyChoices.filter((c) => registering.includes(c.value)) : agencyChoices;
  const options = (prefix: string, codes: readonly string[]) => codes.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }));
  const text = (key: keyof DatasetValues) => ({
    value: (values[key] as string | null | undefined) ?? '',
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as never),
    ...errorProp(errors, key),
  });
  const date = (key: keyof DatasetValues) => ({
    value: (values[key] as string | null | undefined) ?? '',
    onChange: (value: string) => set(key, value as never),
    ...errorProp(errors, key),
  });
  const sampleError = Object.entries(errors).find(([k]) => k.startsWith('identifierSamples'))?.[1];

  function submit(e: FormEvent) {
    e.preventDefault();
    save.submit(toPayload(values));
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <TextInput label={t('datasets.field.title')} required {...text('title')} />
          <Textarea label={t('datasets.field.description')} autosize minRows={2} {...text('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('datasets.field.producerAgency')} required searchable data={ownerChoices} value={values.producerAgencyId || null} onChange={(v) => set('producerAgencyId', v ?? '')} {...errorProp(errors, 'producerAgencyId')} />
            <Select
              label={t('datasets.field.stewardAgency')}
              searchable
              clearable
              data={agencyChoices}
              placeholder={agencyChoices.find((a) => a.value === rules?.defaultStewardAgencyId)?.label}
              value={values.stewardAgencyId ?? null}
              onChange={(v) => set('stewardAgencyId', v)}
              {...errorProp(errors, 'stewardAgencyId')}
            />
            <Select label={t('datasets.field.classification')} required allowDeselect={false} data={options('datasets.classification', datasetClassifications)} value={values.classification} onChange={(v) => set('classification', (v ?? 'public') as DatasetValues['classification'])} {...errorProp(errors, 'classification')} />
            <Select label={t('datasets.field.category')} clearable searchable data={options('datasets.category', datasetCategoryCodes)} value={values.category ?? null} onChange={(v) => set('category', v)} {...errorProp(errors, 'category')} />
            <Select
              label={t('datasets.field.keyIdentifier')}
              description={rules?.keyIdentifierRule ? t('datasets.hint.keyIdentifier') : undefined}
              clearable
              data={options('datasets.keyIdentifier', keyIdentifierKinds)}
              value={values.keyIdentifier ?? null}
              onChange={(v) => set('keyIdentifier', v as DatasetValues['keyIdentifier'])}
              {...errorProp(errors, 'keyIdentifier')}
            />
            <TagsInput label={t('datasets.field.identifierSamples')} value={values.identifierSamples ?? []} onChange={(v) => set('identifierSamples', v)} error={sampleError} />
            <Select label={t('datasets.field.updateFrequency')} clearable data={options('datasets.frequency', updateFrequencies)} value={values.updateFrequency ?? null} onChange={(v) => set('updateFrequency', v as DatasetValues['updateFrequency'])} {...errorProp(errors, 'updateFrequency')} />
            <DateField label={t('datasets.field.nextReleaseAt')} {...date('nextReleaseAt')} />
            <DateField label={t('datasets.field.lastUpdatedAt')} {...date('lastUpdatedAt')} />
            <TextInput label={t('datasets.field.format')} {...text('format')} />
            <TextInput label={t('datasets.field.unitOfMeasure')} {...text('unitOfMeasure')} />
            <TextInput label={t('datasets.field.areaCoverage')} {...text('areaCoverage')} />
            <DateField label={t('datasets.field.timeCoverageStart')} {...date('timeCoverageStart')} />
            <DateField label={t('datasets.field.timeCoverageEnd')} {...date('timeCoverageEnd')} />
            <Select label={t('datasets.field.sourceApplication')} clearable searchable data={(apps?.items ?? []).map((a) => ({ value: a.id, label: a.name }))} value={values.sourceApplicationId ?? null} onChange={(v) => set('sourceApplicationId', v)} {...errorProp(errors, 'sourceApplicationId')} />
            <Select label={t('datasets.field.storageLocation')} description={t('datasets.hint.storage')} clearable data={options('datasets.storage', storageLocations)} value={values.storageLocation ?? null} onChange={(v) => set('storageLocation', v as DatasetValues['storageLocation'])} />
            <TextInput label={t('datasets.field.licence')} {...text('licence')} />
            <TagsInput label={t('datasets.field.tags')} value={values.tags ?? []} onChange={(v) => set('tags', v)} {...errorProp(errors, 'tags')} />
          </SimpleGrid>
          <Group>
            <Checkbox label={t('datasets.field.isMasterData')} checked={values.isMasterData ?? false} onChange={(e) => set('isMasterData', e.currentTarget.checked)} />
            <Checkbox label={t('datasets.field.isReferenceData')} checked={values.isReferenceData ?? false} onChange={(e) => set('isReferenceData', e.currentTarget.checked)} />
          </Group>
          <Textarea label={t('datasets.field.concept')} autosize minRows={2} {...text('concept')} />
          <Textarea label={t('datasets.field.qualityNotes')} autosize minRows={2} {...text('qualityNotes')} />
          <Group justify="flex-end">
            <SubmitButton pending={save.isPending}>{t('common.save')}</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
