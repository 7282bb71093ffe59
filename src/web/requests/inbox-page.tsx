import { Badge, Button, Tabs } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePermissions } from '../api/session';
import { DataTable, type Column } from '../components/data-table';
import { PageHeader } from '../components/page-header';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { useInboxCounts, useRequestTypes, type Counts, type RequestRow } from './api';
import { StateBadge } from './state-badge';

const boxes = [
  { box: 'to_act', count: 'toAct' },
  { box: 'mine', count: 'waiting' },
  { box: 'copies', count: 'copies' },
  { box: 'overdue', count: 'overdue' },
  // every request the person may read: for the Sekda, the planner, the inspector and the viewer, the whole tenant's
  { box: 'all', count: null },
] as const satisfies readonly { box: string; count: keyof Counts | null }[];

/** The inbox: requests awaiting me, my agency's own, copies (tembusan) to my agency, the overdue ones, all I may see. */
export function InboxPage() {
  const t = useT();
  const navigate = useNavigate();
  const allowed = usePermissions();
  const [params, setParams] = useSearchParams();
  const box = params.get('box') ?? 'to_act';
  const { data: counts } = useInboxCounts();
  const { data: types } = useRequestTypes();
  const columns: Column<RequestRow>[] = [
    { key: 'number', label: t('requests.ui.number'), render: (r) => r.number ?? '—', nowrap: true },
    { key: 'type', label: t('requests.ui.type'), render: (r) => t(`requests.type.${r.type}.name`) },
    { key: 'title', label: t('requests.ui.subject'), render: (r) => r.title },
    { key: 'agency', label: t('requests.ui.requesterAgency'), render: (r) => r.requesterAgencyName },
    { key: 'state', label: t('common.status'), render: (r) => <StateBadge state={r.state} overdue={r.overdue} />, nowrap: true },
    { key: 'due', label: t('requests.ui.dueAt'), render: (r) => formatDate(r.dueAt), nowrap: true },
  ];
  const states = [...new Set((types ?? []).flatMap((d) => d.states.map((s) => s.code)))];
  return (
    <>
      <PageHeader title={t('requests.ui.inbox')}>
        {allowed('request.create') && (
          <Button component={Link} to="/requests/new" data-testid="request-new">
            {t('requests.ui.new')}
          </Button>
        )}
      </PageHeader>
      <Tabs value={box} onChange={(value) => setParams({ box: value ?? 'to_act' })} mb="md">
        <Tabs.List>
          {boxes.map((b) => (
            <Tabs.Tab
              key={b.box}
              value={b.box}
              data-testid={`box-${b.box}`}
              rightSection={counts && b.count && counts[b.count] > 0 ? <Badge size="sm" variant="light" color={b.box === 'overdue' ? 'red' : 'blue'}>{counts[b.count]}</Badge> : undefined}
            >
              {t(`requests.ui.box.${b.box}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <DataTable
        key={box}
        path={`/requests?box=${box}`}
        columns={columns}
        rowKey={(r) => r.id}
        onRowClick={(r) => navigate(`/requests/${r.id}`)}
        filters={[
          { key: 'type', label: t('requests.ui.type'), options: (types ?? []).map((d) => ({ value: d.code, label: t(`requests.type.${d.code}.name`) })) },
          { key: 'state', label: t('common.status'), options: states.map((s) => ({ value: s, label: t(`requests.state.${s}`) })) },
        ]}
      />
    </>
  );
}
