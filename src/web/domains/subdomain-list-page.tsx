import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { Link } from 'react-router';
import type { DomainView, SubdomainView } from '../../shared/domains';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { api } from '../api/client';
import { usePermissions } from '../api/session';
import { DataTable, type Column } from '../components/data-table';
import { ExportButton } from '../components/export-button';
import { PageHeader } from '../components/page-header';
import { RetireButton } from '../components/retire-modal';
import { filterQuery } from '../components/table-state';
import { useT } from '../i18n/i18n';

type Subdomain = z.infer<typeof SubdomainView>;

/** The domain registry: the tenant's domains and every subdomain with its owner, target and decree. */
export function SubdomainListPage() {
  const t = useT();
  const client = useQueryClient();
  const allowed = usePermissions();
  const { data: agencies } = useAllAgencies();
  const { data: domains } = useQuery({ queryKey: ['/domains'], queryFn: () => api.get<z.infer<typeof DomainView>[]>('/domains') });
  const columns: Column<Subdomain>[] = [
    { key: 'fqdn', label: t('domains.field.fqdn'), sort: 'fqdn', render: (s) => s.fqdn },
    { key: 'target', label: t('domains.field.target'), render: (s) => s.target },
    { key: 'owner', label: t('domains.field.ownerAgency'), sort: 'ownerAgencyName', render: (s) => s.ownerAgencyName },
    { key: 'application', label: t('domains.field.application'), render: (s) => s.applicationName },
    { key: 'usage', label: t('domains.field.usage'), render: (s) => (s.usage ? t(`domains.usage.${s.usage}`) : '') },
    { key: 'decree', label: t('domains.field.decreeRef'), render: (s) => s.decreeRef },
    {
      key: 'status',
      label: t('domains.field.status'),
      nowrap: true,
      render: (s) => (
        <Group gap="xs" wrap="nowrap">
          <Badge color={s.status === 'active' ? 'teal' : 'gray'} variant="light">
            {t(`domains.status.${s.status}`)}
          </Badge>
          {s.abilities.retire && <RetireButton subject={s.fqdn} onRetire={(input) => api.post(`/subdomains/${s.id}/retire`, input)} onDone={() => client.invalidateQueries({ queryKey: ['/subdomains'] })} />}
        </Group>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('domains.title')}>
        {allowed('domain.manage') && (
          <Button component={Link} to="/subdomains/new">
            {t('domains.action.createSubdomain')}
          </Button>
        )}
      </PageHeader>
      <Paper withBorder p="sm" mb="md">
        <Text size="sm" fw={600}>
          {t('domains.domains')}
        </Text>
        {(domains ?? []).map((d) => (
          <Text key={d.id} size="sm">
            {d.name} · {t('domains.field.subdomainCount')}: {d.subdomainCount} {d.decreeRef ? `· ${d.decreeRef}` : ''}
          </Text>
        ))}
      </Paper>
      <DataTable<Subdomain>
        path="/subdomains"
        columns={columns}
        rowKey={(s) => s.id}
        defaults={{ sort: 'fqdn', filters: { status: 'active' } }}
        searchLabel={t('common.search')}
        filters={[
          { key: 'ownerAgencyId', label: t('domains.field.ownerAgency'), options: agencyOptions(agencies, true) },
          { key: 'withoutDecree', label: t('domains.filter.withoutDecree'), options: [{ value: 'true', label: t('common.yes') }] },
          { key: 'status', label: t('domains.field.status'), required: true, options: ['active', 'retired', 'all'].map((s) => ({ value: s, label: t(`common.status.${s}`) })) },
        ]}
        toolbar={(state) => <ExportButton path="/subdomains/export" params={filterQuery(state)} />}
      />
    </>
  );
}
