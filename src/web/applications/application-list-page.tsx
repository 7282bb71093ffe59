import { Anchor, Badge, Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { applicationHostings, applicationKinds } from '../../shared/applications';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { usePermissions } from '../api/session';
import { DataTable, type Column } from '../components/data-table';
import { ExcelImport } from '../components/excel-import';
import { ExportButton } from '../components/export-button';
import { PageHeader } from '../components/page-header';
import { filterQuery } from '../components/table-state';
import { useT } from '../i18n/i18n';
import { useApplicationRules, type ApplicationRow } from './api';

export function ApplicationListPage() {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const allowed = usePermissions();
  const { data: agencies } = useAllAgencies();
  const { data: rules } = useApplicationRules();

  const columns: Column<ApplicationRow>[] = [
    {
      key: 'name',
      label: t('applications.field.name'),
      sort: 'name',
      render: (a) => (
        <Anchor component={Link} to={`/applications/${a.id}`} onClick={(e) => e.stopPropagation()}>
          {a.name}
        </Anchor>
      ),
    },
    { key: 'owner', label: t('applications.field.ownerAgency'), render: (a) => a.ownerAgencyName },
    { key: 'kind', label: t('applications.field.kind'), sort: 'kind', render: (a) => t(`applications.kind.${a.kind}`) },
    { key: 'businessFunction', label: t('applications.field.businessFunction'), sort: 'businessFunction', render: (a) => a.businessFunction },
    { key: 'stage', label: t('applications.field.stage'), sort: 'stage', render: (a) => t(`applications.stage.${a.stage}`) },
    { key: 'hosting', label: t('applications.field.hosting'), render: (a) => (a.hosting ? t(`applications.hosting.${a.hosting}`) : '') },
    {
      key: 'status',
      label: t('common.status'),
      nowrap: true,
      render: (a) => (
        <Badge color={a.status === 'active' ? 'teal' : 'gray'} variant="light">
          {t(`common.status.${a.status}`)}
        </Badge>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('applications.title')}>
        {allowed('application.create') && (
          <Button component={Link} to="/applications/new">
            {t('web.applications.new')}
          </Button>
        )}
      </PageHeader>
      <DataTable<ApplicationRow>
        path="/applications"
        columns={columns}
        rowKey={(a) => a.id}
        onRowClick={(a) => navigate(`/applications/${a.id}`)}
        defaults={{ sort: 'name', filters: { status: 'active' } }}
        searchLabel={t('web.applications.search')}
        filters={[
          { key: 'kind', label: t('applications.field.kind'), options: applicationKinds.map((k) => ({ value: k, label: t(`applications.kind.${k}`) })) },
          { key: 'ownerAgencyId', label: t('applications.field.ownerAgency'), options: agencyOptions(agencies, true) },
          { key: 'stage', label: t('applications.field.stage'), options: (rules?.stages ?? []).map((s) => ({ value: s, label: t(`applications.stage.${s}`) })) },
          { key: 'hosting', label: t('applications.field.hosting'), options: applicationHostings.map((h) => ({ value: h, label: t(`applications.hosting.${h}`) })) },
          { key: 'certificate', label: t('applications.field.hasCertificate'), options: [{ value: 'expiring', label: t('applications.certificate.expiring') }] },
          { key: 'status', label: t('common.status'), required: true, options: ['active', 'retired', 'all'].map((s) => ({ value: s, label: t(`common.status.${s}`) })) },
        ]}
        toolbar={(state) => (
          <>
            <ExportButton path="/applications/export" params={filterQuery(state)} />
            {allowed('application.import') && <ExcelImport path="/applications/import" onImported={() => client.invalidateQueries({ queryKey: ['/applications'] })} />}
          </>
        )}
      />
    </>
  );
}
