import { Alert, Badge, Button, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, downloadFile } from '../api/client';
import { ConfirmButton } from '../components/confirm-button';
import { HistoryTab } from '../components/history-tab';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { useCycle, useEvaluationMutation, type Cycle } from './api';
import { UncertainMark } from './uncertain-mark';
import { IndicatorStateBadge } from './indicator-state-badge';
import { IndicatorList } from './indicator-list';
import { AssignmentPanel } from './assignment-panel';
import { ProgressPanel } from './progress-panel';
import { TeamsPanel } from './team-editor';
import { ScrollTable } from '../components/scroll-table';

type Row = Cycle['indicators'][number];

function IndicatorStatus({ row }: { row: Row }) {
  const t = useT();
  if (row.verification) return <Badge color="teal" variant="light" data-testid="indicator-state" data-state="verified">{t(`evaluations.ui.verification.${row.verification}`)}</Badge>;
  return <IndicatorStateBadge state={row.state} />;
}

/** Indicators grouped by domain and aspect, each with its agency, levels and status. */
function IndicatorTable({ cycle }: { cycle: Cycle }) {
  const t = useT();
  const fw = cycle.frameworkId;
  let domain: number | null = -1;
  let aspect = -1;
  return (
    <Table.ScrollContainer minWidth={800}>
      <ScrollTable>
        <Table data-testid="indicators">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluation.label.indicator')}</Table.Th>
              <Table.Th>{t('evaluations.column.agency')}</Table.Th>
              <Table.Th>{t('evaluations.column.selfLevel')}</Table.Th>
              <Table.Th>{t('evaluations.column.verifiedLevel')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cycle.indicators.map((row) => {
              const headings = [];
              if (row.domain !== null && row.domain !== domain) headings.push(<Table.Tr key={`d${row.domain}`}><Table.Th colSpan={5}>{t('evaluation.label.domain')} {row.domain}. {t(`evaluation.domain.${fw}.${row.domain}`)}</Table.Th></Table.Tr>);
              if (row.aspect !== aspect) headings.push(<Table.Tr key={`a${row.aspect}`}><Table.Td colSpan={5} fw={600} c="dimmed">{t('evaluation.label.aspect')} {row.aspect}. {t(`evaluation.aspect.${fw}.${row.aspect}`)}</Table.Td></Table.Tr>);
              domain = row.domain;
              aspect = row.aspect;
              return (
                <Fragment key={row.number}>
                  {headings}
                  <Table.Tr data-indicator={row.number}>
                    <Table.Td>
                      <Link to={`/evaluations/${cycle.id}/indicators/${row.number}`}>
                        {row.number}. {row.name}
                      </Link>{' '}
                      <UncertainMark uncertain={row.uncertain} />
                    </Table.Td>
                    <Table.Td>{row.agencyName ?? '–'}</Table.Td>
                    <Table.Td>{row.selfLevel ?? '–'}</Table.Td>
                    <Table.Td>{row.verifiedLevel ?? '–'}</Table.Td>
                    <Table.Td>
                      <IndicatorStatus row={row} />
                    </Table.Td>
                  </Table.Tr>
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Table.ScrollContainer>
  );
}

/** One year's cycle: progress, teams, indicators, the next step and the exports. */
export function CyclePage() {
  const t = useT();
  const { id } = useParams();
  const cycle = useCycle(id);
  const advance = useEvaluationMutation((to: string) => api.post<Cycle>(`/evaluations/${id}/advance`, { to }));
  const [chosen, setTab] = useState<string | null>(null);
  if (!cycle.data) return null;
  const c = cycle.data;
  const mine = c.indicators.filter((i) => i.mine);
  const hasMine = mine.length > 0;
  const queue = c.indicators.filter((i) => i.state === 'submitted' && i.abilities.verify);
  // each role lands on its own work: the agency on its indicators, the assessor on the queue
  const tab = chosen ?? (hasMine ? 'mine' : c.abilities.verify ? 'queue' : 'indicators');
  return (
    <Stack>
      <PageHeader title={t('evaluations.ui.cycleTitle', { year: c.year })}>
        <Badge size="lg" variant="light" data-testid="cycle-status">{t(`evaluations.status.${c.status}`)}</Badge>
        <Button component={Link} to={`/evaluations/${c.id}/results`} variant="light">
          {t('evaluations.ui.results')}
        </Button>
        <Button variant="default" onClick={() => downloadFile(`/evaluations/${c.id}/export/pdf`)}>
          {t('evaluations.ui.exportPdf')}
        </Button>
        <Button variant="default" onClick={() => downloadFile(`/evaluations/${c.id}/export/xlsx`)}>
          {t('evaluations.ui.exportXlsx')}
        </Button>
        {c.abilities.advanceTo && (
          <ConfirmButton message={t(`evaluations.ui.advanceConfirm.${c.abilities.advanceTo}`)} onConfirm={() => advance.mutateAsync(c.abilities.advanceTo!)}>
            {t(`evaluations.ui.advance.${c.abilities.advanceTo}`)}
          </ConfirmButton>
        )}
      </PageHeader>
      <Text c="dimmed">{t(`evaluation.framework.${c.frameworkId}.title`)}</Text>
      {c.frameworkUncertain && <Alert color="orange">{t('evaluation.uncertain.frameworkBanner')}</Alert>}
      {c.status === 'submitted' && <Alert color="blue">{t('evaluations.ui.submittedNotice')}</Alert>}
      <Text size="sm">{t('evaluations.ui.progress', c.progress)}</Text>
      <Tabs value={tab} onChange={(v) => setTab(v ?? 'indicators')} keepMounted={false}>
        <Tabs.List>
          {hasMine && <Tabs.Tab value="mine">{t('evaluations.ui.mine')} ({mine.length})</Tabs.Tab>}
          {c.abilities.verify && <Tabs.Tab value="queue">{t('evaluations.ui.queue')} ({queue.length})</Tabs.Tab>}
          <Tabs.Tab value="indicators">{t('evaluation.label.indicator')}</Tabs.Tab>
          {c.abilities.manage && c.status === 'open' && <Tabs.Tab value="assignments">{t('evaluations.ui.assign.title')}</Tabs.Tab>}
          <Tabs.Tab value="progress">{t('evaluations.ui.progressTab')}</Tabs.Tab>
          <Tabs.Tab value="teams">{t('evaluations.ui.teams')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mine" pt="md">
          <IndicatorList cycle={c} rows={mine} empty={t('evaluations.ui.mineEmpty')} testId="my-indicators" />
        </Tabs.Panel>
        <Tabs.Panel value="queue" pt="md">
          <IndicatorList cycle={c} rows={queue} empty={t('evaluations.ui.queueEmpty')} testId="review-queue" />
        </Tabs.Panel>
        <Tabs.Panel value="indicators" pt="md">
          <IndicatorTable cycle={c} />
        </Tabs.Panel>
        <Tabs.Panel value="assignments" pt="md">
          <AssignmentPanel cycle={c} />
        </Tabs.Panel>
        <Tabs.Panel value="progress" pt="md">
          <ProgressPanel cycle={c} />
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md">
          <TeamsPanel cycle={c} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab path={`/evaluations/${c.id}/history`} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
