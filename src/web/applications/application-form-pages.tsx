import { Loader } from '@mantine/core';
import { useParams } from 'react-router';
import { FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { useApplication } from './api';
import { ApplicationForm } from './application-form';

export function ApplicationCreatePage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('web.applications.new')} />
      <ApplicationForm />
    </>
  );
}

export function ApplicationEditPage() {
  const t = useT();
  const { id } = useParams();
  const { data, error } = useApplication(id);
  return (
    <>
      <PageHeader title={data ? t('web.applications.editTitle', { name: data.name }) : t('common.edit')} />
      <FormError error={error} />
      {data ? <ApplicationForm key={data.id} app={data} /> : !error && <Loader size="sm" />}
    </>
  );
}
