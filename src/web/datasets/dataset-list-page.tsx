import { Anchor, Badge, Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { datasetCategoryCodes, datasetClassifications, publicationStatuses } from '../../shared/datasets';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { usePermissions } from '../api/session';
import { DataTable, type Column } from '../components/data-table';
import { ExcelImport } from '../components/excel-import';
import { ExportButton } from '../components/export-button';
import { PageHeader } from '../components/page-header';
import { filterQuery } from '../components/table-state';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { statusColor, type DatasetRow } from './api';

/** The catalogue, or with `queue="review"` the steward's queue of datasets handed in (Perpres 39/2019 Ps 21(1) huruf a). */
export function DatasetListPage({ queue }: { queue?: 'review' }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const allowed = usePermissions();
  const { data: agencies } = useAllAgencies();
  const columns: Column<DatasetRow>[] = [
    {
      key: 'title',
      label: t('datasets.field.title'),
      sort: 'title',
      render: (d) => (
        <Anchor component={Link} to={`/datasets/${d.id}`} onClick={(e) => e.stopPropagation()}>
          {d.title}
        </Anchor>
      ),
    },
    { key: 'producer', label: t('datasets.field.producerAgency'), render: (d) => d.producerAgencyName },
    { key: 'category', label: t('datasets.field.category'), render: (d) => (d.category ? t(`datasets.category.${d.category}`) : '') },
    { key: 'classification', label: t('datasets.field.classification'), sort: 'classification', render: (d) => t(`datasets.classification.${d.classification}`) },
    { key: 'nextReleaseAt', label: t('datasets.field.nextReleaseAt'), sort: 'nextReleaseAt', render: (d) => formatDate(d.nextReleaseAt) },
    {
      key: 'status',
      label: t('datasets.field.publicationStatus'),
      nowrap: true,
      render: (d) => (
        <Badge color={statusColor[d.publicationStatus]} variant="light">
          {t(`datasets.status.${d.publicationStatus}`)}
        </Badge>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={queue ? t('datasets.nav.reviewQueue') : t('datasets.title')}>
        {allowed('dataset.create') && !queue && (
          <Button component={Link} to="/datasets/new">
            {t('datasets.action.create')}
          </Button>
        )}
      </PageHeader>
      <DataTable<DatasetRow>
        key={queue ?? 'all'}
        path="/datasets"
        columns={columns}
        rowKey={(d) => d.id}
        onRowClick={(d) => navigate(`/datasets/${d.id}`)}
        defaults={{ sort: 'title', filters: queue ? { status: 'in_review', queue } : { status: 'live' } }}
        searchLabel={t('common.search')}
        filters={[
          { key: 'category', label: t('datasets.field.category'), options: datasetCategoryCodes.map((c) => ({ value: c, label: t(`datasets.category.${c}`) })) },
          { key: 'classification', label: t('datasets.field.classification'), options: datasetClassifications.map((c) => ({ value: c, label: t(`datasets.classification.${c}`) })) },
          { key: 'producerAgencyId', label: t('datasets.field.producerAgency'), options: agencyOptions(agencies, true) },
          {
            key: 'status',
            label: t('datasets.field.publicationStatus'),
            required: true,
            options: [...publicationStatuses.map((s) => ({ value: s, label: t(`datasets.status.${s}`) })), { value: 'live', label: t('common.status.active') }, { value: 'all', label: t('common.status.all') }],
          },
        ]}
        toolbar={(state) => (
          <>
            <ExportButton path="/datasets/export" params={filterQuery(state)} />
            {allowed('dataset.import') && !queue && <ExcelImport path="/datasets/import" onImported={() => client.invalidateQueries({ queryKey: ['/datasets'] })} />}
          </>
        )}
      />
    </>
  );
}
