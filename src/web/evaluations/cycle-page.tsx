import { Alert, Badge, Button, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { api, downloadFile } from '../api/client';
import { ConfirmButton } from '../components/confirm-button';
import { HistoryTab } from '../components/history-tab';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { useCycle, useEvaluationMutation, type Cycle } from './api';
import { UncertainMark } from './uncertain-mark';
import { ScrollTable } from '../components/scroll-table';

type Row = Cycle['indicators'][number];

function IndicatorStatus({ row }: { row: Row }) {
  const t = useT();
  if (row.verification) return <Badge color="teal" variant="light">{t(`evaluations.ui.verification.${row.verification}`)}</Badge>;
  if (row.selfLevel !== null) return <Badge color="blue" variant="light">{t('evaluations.ui.selfAssessed')}</Badge>;
  return <Badge color="gray" variant="light">{t('evaluations.ui.notAnswered')}</Badge>;
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

function Teams({ cycle }: { cycle: Cycle }) {
  const t = useT();
  return (
    <Stack>
      {cycle.teams.map((team) => (
        <Stack key={team.kind} gap={2}>
          <Text fw={600}>{t(`evaluations.team.${team.kind}`)}</Text>
          <Text size="sm">{team.members.map((m) => m.name).join(', ') || '–'}</Text>
          <Text size="sm" c="dimmed">
            {team.decreeNumber ? t('evaluations.ui.decree', { number: team.decreeNumber, date: team.decreeDate ?? '' }) : t('evaluations.ui.noDecree')}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}

/** One year's cycle: progress, teams, indicators, the next step and the exports. */
export function CyclePage() {
  const t = useT();
  const { id } = useParams();
  const cycle = useCycle(id);
  const advance = useEvaluationMutation((to: string) => api.post<Cycle>(`/evaluations/${id}/advance`, { to }));
  if (!cycle.data) return null;
  const c = cycle.data;
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
      <Tabs defaultValue="indicators">
        <Tabs.List>
          <Tabs.Tab value="indicators">{t('evaluation.label.indicator')}</Tabs.Tab>
          <Tabs.Tab value="teams">{t('evaluations.ui.teams')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="indicators" pt="md">
          <IndicatorTable cycle={c} />
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md">
          <Teams cycle={c} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab path={`/evaluations/${c.id}/history`} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
