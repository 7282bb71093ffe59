import { Anchor, Badge, Button, Group } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useAllAgencies } from '../agencies/api';
import { usePermissions } from '../api/session';
import { DataTable, type Column } from '../components/data-table';
import { PageHeader } from '../components/page-header';
import { formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import type { Person } from './api';
import { describeGrant } from './roles-editor';

export function PersonStatus({ person }: { person: Person }) {
  const t = useT();
  return (
    <Group gap={4}>
      <Badge color={person.status === 'active' ? 'teal' : 'gray'} variant="light">
        {t(`web.people.status.${person.status}`)}
      </Badge>
      {person.locked && (
        <Badge color="red" variant="light">
          {t('web.people.locked')}
        </Badge>
      )}
    </Group>
  );
}

export function PeopleListPage() {
  const t = useT();
  const navigate = useNavigate();
  const allowed = usePermissions();
  const { data: agencies } = useAllAgencies();
  const codeOf = new Map((agencies ?? []).map((a) => [a.id, a.code]));
  const columns: Column<Person>[] = [
    {
      key: 'name',
      label: t('web.people.name'),
      render: (p) => (
        <Anchor component={Link} to={`/people/${p.id}`} onClick={(e) => e.stopPropagation()}>
          {p.name}
        </Anchor>
      ),
    },
    { key: 'email', label: t('web.login.email'), render: (p) => p.email },
    { key: 'roles', label: t('web.people.roles'), render: (p) => p.roles.map((g) => describeGrant(g, t, codeOf)).join(', ') },
    { key: 'status', label: t('common.status'), nowrap: true, render: (p) => <PersonStatus person={p} /> },
    { key: 'lastLogin', label: t('web.people.lastLogin'), render: (p) => formatDateTime(p.lastLoginAt) },
  ];
  return (
    <>
      <PageHeader title={t('web.people.title')}>
        {allowed('user.create') && (
          <Button component={Link} to="/people/new">
            {t('web.people.new')}
          </Button>
        )}
      </PageHeader>
      <DataTable<Person> path="/users" columns={columns} rowKey={(p) => p.id} onRowClick={(p) => navigate(`/people/${p.id}`)} />
    </>
  );
}
