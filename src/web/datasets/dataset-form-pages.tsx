import { Loader } from '@mantine/core';
import { useParams } from 'react-router';
import { FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { useDataset } from './api';
import { DatasetForm } from './dataset-form';

export function DatasetCreatePage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('datasets.action.create')} />
      <DatasetForm />
    </>
  );
}

export function DatasetEditPage() {
  const t = useT();
  const { id } = useParams();
  const { data, error } = useDataset(id);
  return (
    <>
      <PageHeader title={data?.title ?? t('common.edit')} />
      <FormError error={error} />
      {data ? <DatasetForm key={data.id} dataset={data} /> : !error && <Loader size="sm" />}
    </>
  );
}
