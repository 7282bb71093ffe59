import { Anchor, Badge, Button, Stack, Tabs } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ictAssetCategories, ictAssetConditions } from '../../shared/ict-assets';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { usePermissions } from '../api/session';
import { DataTable, type Column } from '../components/data-table';
import { ExcelImport } from '../components/excel-import';
import { ExportButton } from '../components/export-button';
import { PageHeader } from '../components/page-header';
import { filterQuery } from '../components/table-state';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { assetName, formatAge, type IctAssetRow } from './api';
import { ForecastTab } from './forecast-tab';
import { UsefulLifePanel } from './useful-life-panel';

const conditionColor = { good: 'teal', minor_damage: 'yellow', major_damage: 'red' } as const;

export function ConditionBadge({ condition }: { condition: keyof typeof conditionColor }) {
  const t = useT();
  return (
    // a cramped table column must not cut the word ("RUSA…"): the badge keeps its width
    <Badge color={conditionColor[condition]} variant="light" miw="max-content">
      {t(`ictAssets.condition.${condition}`)}
    </Badge>
  );
}

function Inventory() {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const allowed = usePermissions();
  const { data: agencies } = useAllAgencies();
  const columns: Column<IctAssetRow>[] = [
    {
      key: 'brand',
      label: t('ictAssets.field.model'),
      sort: 'brand',
      render: (a) => (
        <Anchor component={Link} to={`/ict-assets/${a.id}`} onClick={(e) => e.stopPropagation()}>
          {assetName(a)}
        </Anchor>
      ),
    },
    { key: 'category', label: t('ictAssets.field.category'), sort: 'category', render: (a) => t(`ictAssets.category.${a.category}`) },
    { key: 'agency', label: t('ictAssets.field.agency'), sort: 'agency', render: (a) => a.agencyName },
    { key: 'code', label: t('ictAssets.field.itemCode'), nowrap: true, render: (a) => [a.itemCode, a.registerNumber].filter(Boolean).join(' / ') || a.serialNumber },
    { key: 'acquiredOn', label: t('ictAssets.field.acquiredOn'), sort: 'acquiredOn', nowrap: true, render: (a) => formatDate(a.acquiredOn) },
    { key: 'age', label: t('ictAssets.field.age'), nowrap: true, render: (a) => formatAge(t, a.ageMonths) },
    { key: 'condition', label: t('ictAssets.field.condition'), sort: 'condition', nowrap: true, render: (a) => <ConditionBadge condition={a.condition} /> },
    {
      key: 'status',
      label: t('common.status'),
      nowrap: true,
      render: (a) => (
        <Badge color={a.status === 'active' ? 'teal' : 'gray'} variant="light" miw="max-content">
          {t(`ictAssets.status.${a.status}`)}
        </Badge>
      ),
    },
  ];
  return (
    <DataTable<IctAssetRow>
      path="/ict-assets"
      columns={columns}
      rowKey={(a) => a.id}
      onRowClick={(a) => navigate(`/ict-assets/${a.id}`)}
      defaults={{ sort: 'brand', filters: { status: 'active' } }}
      searchLabel={t('ictAssets.search')}
      filters={[
        { key: 'agencyId', label: t('ictAssets.field.agency'), options: agencyOptions(agencies, true) },
        { key: 'category', label: t('ictAssets.field.category'), options: ictAssetCategories.map((c) => ({ value: c, label: t(`ictAssets.category.${c}`) })) },
        { key: 'condition', label: t('ictAssets.field.condition'), options: ictAssetConditions.map((c) => ({ value: c, label: t(`ictAssets.condition.${c}`) })) },
        { key: 'receivedFrom', label: t('ictAssets.field.receivedFrom'), options: [{ value: 'any', label: t('ictAssets.origin.any') }] },
        { key: 'status', label: t('common.status'), required: true, options: ['active', 'disposed', 'all'].map((s) => ({ value: s, label: t(`ictAssets.status.${s}`) })) },
      ]}
      toolbar={(state) => (
        <>
          <ExportButton path="/ict-assets/export" params={filterQuery(state)} />
          {allowed('ictAsset.import') && <ExcelImport path="/ict-assets/import" onImported={() => client.invalidateQueries({ queryKey: ['/ict-assets'] })} />}
        </>
      )}
    />
  );
}

export function IctAssetListPage() {
  const t = useT();
  const allowed = usePermissions();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('tab') ?? 'inventory';
  return (
    <>
      <PageHeader title={t('ictAssets.title')}>
        {allowed('ictAsset.create') && (
          <Button component={Link} to="/ict-assets/new">
            {t('ictAssets.new')}
          </Button>
        )}
      </PageHeader>
      <Tabs value={tab} onChange={(v) => setSearchParams(v && v !== 'inventory' ? { tab: v } : {})} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="inventory">{t('ictAssets.inventory')}</Tabs.Tab>
          <Tabs.Tab value="forecast">{t('ictAssets.forecast.title')}</Tabs.Tab>
          <Tabs.Tab value="useful-life">{t('ictAssets.field.usefulLife')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inventory">
          <Inventory />
        </Tabs.Panel>
        <Tabs.Panel value="forecast">
          <ForecastTab />
        </Tabs.Panel>
        <Tabs.Panel value="useful-life">
          <Stack>
            <UsefulLifePanel />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
