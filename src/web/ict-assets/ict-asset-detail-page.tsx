import { Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Field } from '../components/field';
import { FormError } from '../components/form-errors';
import { HistoryTab } from '../components/history-tab';
import { PageHeader } from '../components/page-header';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { assetName, formatAge, formatRupiah, useIctAsset, type IctAsset } from './api';
import { DisposeButton } from './dispose-button';
import { ConditionBadge } from './ict-asset-list-page';

function Details({ asset }: { asset: IctAsset }) {
  const t = useT();
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Field label={t('ictAssets.field.agency')}>{asset.agencyName}</Field>
        <Field label={t('ictAssets.field.category')}>{t(`ictAssets.category.${asset.category}`)}</Field>
        <Field label={t('ictAssets.field.brand')}>{asset.brand}</Field>
        <Field label={t('ictAssets.field.model')}>{asset.model}</Field>
        <Field label={t('ictAssets.field.serialNumber')}>{asset.serialNumber}</Field>
        <Field label={t('ictAssets.field.condition')}>
          <ConditionBadge condition={asset.condition} />
        </Field>
        <Field label={t('ictAssets.field.itemCode')}>{asset.itemCode}</Field>
        <Field label={t('ictAssets.field.registerNumber')}>{asset.registerNumber}</Field>
        <Field label={t('ictAssets.field.acquiredOn')}>{formatDate(asset.acquiredOn)}</Field>
        <Field label={t('ictAssets.field.acquisitionValue')}>{formatRupiah(asset.acquisitionValue)}</Field>
        <Field label={t('ictAssets.field.fundingSource')}>{asset.fundingSource && t(`applications.funding.${asset.fundingSource}`)}</Field>
        <Field label={t('ictAssets.field.receivedFrom')}>{asset.receivedFrom && t(`ictAssets.origin.${asset.receivedFrom}`)}</Field>
        <Field label={t('ictAssets.field.age')}>{formatAge(t, asset.ageMonths)}</Field>
        <Field label={t('ictAssets.field.usefulLife')}>{t('ictAssets.years', { years: asset.usefulLifeYears })}</Field>
        <Field label={t('ictAssets.field.usefulLifeEndsOn')}>{formatDate(asset.usefulLifeEndsOn)}</Field>
        <Field label={t('ictAssets.field.location')}>{asset.location}</Field>
        <Field label={t('ictAssets.field.responsiblePerson')}>{asset.responsiblePerson}</Field>
        <Field label={t('ictAssets.field.performanceNote')}>{asset.performanceNote}</Field>
      </SimpleGrid>
    </Paper>
  );
}

export function IctAssetDetailPage() {
  const t = useT();
  const { id } = useParams();
  const client = useQueryClient();
  const { data: asset, error } = useIctAsset(id);
  if (error) return <FormError error={error} />;
  if (!asset) return <Loader size="sm" />;
  const active = asset.status === 'active';
  return (
    <Stack>
      <PageHeader
        title={
          <Group gap="sm">
            {assetName(asset)}
            <Badge color={active ? 'teal' : 'gray'} variant="light">
              {t(`ictAssets.status.${asset.status}`)}
            </Badge>
          </Group>
        }
      >
        <Button variant="default" component={Link} to="/ict-assets">
          {t('common.back')}
        </Button>
        {asset.abilities.update && (
          <Button component={Link} to={`/ict-assets/${asset.id}/edit`}>
            {t('common.edit')}
          </Button>
        )}
        {asset.abilities.dispose && <DisposeButton asset={asset} onDone={() => client.invalidateQueries({ queryKey: ['/ict-assets'] })} />}
      </PageHeader>
      {!active && <Alert color="gray">{t('ictAssets.disposed', { date: formatDate(asset.disposedOn), reason: asset.disposalReason ?? '' })}</Alert>}
      {asset.receivedFrom && active && <Alert color="blue">{t('ictAssets.originHint')}</Alert>}
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="details">{t('common.details')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <Details asset={asset} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab path={`/ict-assets/${asset.id}/history`} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
