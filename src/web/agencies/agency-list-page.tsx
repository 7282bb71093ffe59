import { Anchor, Badge, Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { agencyKinds, agencySpecialRoles } from '../../server/platform/policy/roles';
import { usePermissions } from '../api/session';
import { DataTable, type Column } from '../components/data-table';
import { ExcelImport } from '../components/excel-import';
import { ExportButton } from '../components/export-button';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { useAllAgencies, type Agency } from './api';

export function AgencyListPage() {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const allowed = usePermissions();
  const { data: all } = useAllAgencies();
  const nameOf = new Map((all ?? []).map((a) => [a.id, a.name]));

  const columns: Column<Agency>[] = [
    { key: 'code', label: t('agencies.field.code'), sort: 'code', nowrap: true, render: (a) => a.code },
    {
      key: 'name',
      label: t('agencies.field.name'),
      sort: 'name',
      render: (a) => (
        <Anchor component={Link} to={`/agencies/${a.id}`} onClick={(e) => e.stopPropagation()}>
          {a.name}
        </Anchor>
      ),
    },
    { key: 'kind', label: t('agencies.field.kind'), sort: 'kind', render: (a) => t(`agencies.kind.${a.kind}`) },
    { key: 'parent', label: t('agencies.field.parent'), render: (a) => (a.parentId ? nameOf.get(a.parentId) : '') },
    {
      key: 'specialRoles',
      label: t('agencies.field.specialRoles'),
      render: (a) => (
        <Group gap={4}>
          {a.specialRoles.map((r) => (
            <Badge key={r} variant="light" size="sm">
              {t(`agencies.role.${r}`)}
            </Badge>
          ))}
        </Group>
      ),
    },
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
      <PageHeader title={t('agencies.title')}>
        <Button variant="default" component={Link} to="/agencies/tree">
          {t('web.agencies.tree')}
        </Button>
        {allowed('agency.create') && (
          <Button component={Link} to="/agencies/new">
            {t('web.agencies.new')}
          </Button>
        )}
      </PageHeader>
      <DataTable<Agency>
        path="/agencies"
        columns={columns}
        rowKey={(a) => a.id}
        onRowClick={(a) => navigate(`/agencies/${a.id}`)}
        defaults={{ sort: 'name', filters: { status: 'active' } }}
        filters={[
          { key: 'status', label: t('common.status'), required: true, options: ['active', 'retired', 'all'].map((s) => ({ value: s, label: t(`common.status.${s}`) })) },
          { key: 'kind', label: t('agencies.field.kind'), options: agencyKinds.map((k) => ({ value: k, label: t(`agencies.kind.${k}`) })) },
          { key: 'specialRole', label: t('agencies.field.specialRoles'), options: agencySpecialRoles.map((r) => ({ value: r, label: t(`agencies.role.${r}`) })) },
        ]}
        toolbar={() => (
          <>
            <ExportButton path="/agencies/export" />
            {allowed('agency.import') && <ExcelImport path="/agencies/import" onImported={() => client.invalidateQueries({ queryKey: ['/agencies'] })} />}
          </>
        )}
      />
    </>
  );
}
