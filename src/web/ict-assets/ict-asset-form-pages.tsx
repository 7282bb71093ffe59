import { Loader } from '@mantine/core';
import { useParams } from 'react-router';
import { FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { assetName, useIctAsset } from './api';
import { IctAssetForm } from './ict-asset-form';

export function IctAssetCreatePage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('ictAssets.new')} />
      <IctAssetForm />
    </>
  );
}

export function IctAssetEditPage() {
  const t = useT();
  const { id } = useParams();
  const { data, error } = useIctAsset(id);
  return (
    <>
      <PageHeader title={data ? t('ictAssets.editTitle', { name: assetName(data) }) : t('common.edit')} />
      <FormError error={error} />
      {data ? <IctAssetForm key={data.id} asset={data} /> : !error && <Loader size="sm" />}
    </>
  );
}
