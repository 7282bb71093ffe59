import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Home } from './api';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { EmptyLine, Panel, PanelItem } from './panel';
import { LazyAgencyBarChart } from './lazy-charts';

type AgencyRow = NonNullable<Home['compliance']>['agencies'][number];

/** How many agencies a chart shows; the rest are a click away on the compliance page. */
const chartAgencies = 10;
const percent = (share: number) => Math.round(share * 100);

function AgencyTable({ rows, column }: { rows: AgencyRow[]; column: 'share' | 'findings' }) {
  const t = useT();
  return (
    <Table fz="sm" verticalSpacing={4} data-testid="home-chart-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('home.compliance.column.agency')}</Table.Th>
          <Table.Th ta="right">{t(column === 'share' ? 'home.compliance.column.share' : 'home.compliance.column.findings')}</Table.Th>
          <Table.Th ta="right">{t('home.compliance.column.notMet')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((a) => (
          <Table.Tr key={a.agencyId}>
            <Table.Td>
              <Anchor component={Link} to={`/agencies/${a.agencyId}`} size="sm">
                {a.name}
              </Anchor>
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {column === 'findings'
                ? a.findings
                : a.shareMet === null
                  ? '—'
                  : `${percent(a.shareMet)}% (${t('home.compliance.shareOf', { met: a.met, counted: a.counted })})`}
            </Table.Td>
            <Table.Td ta="right">{a.notMet}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Compliance by agency: the counts of the whole report, the least compliant agencies as a chart and a table. */
export function CompliancePanel({ compliance }: { compliance: NonNullable<Home['compliance']> }) {
  const t = useT();
  const { counts } = compliance;
  const lowest = compliance.agencies.filter((a) => a.shareMet !== null).slice(0, chartAgencies);
  return (
    <Panel id="compliance" title={t('home.panel.compliance')} seeAll="/compliance" total={compliance.agencies.length}>
      <Text size="sm" data-testid="compliance-counts">
        {t('home.compliance.counts', { met: counts.met, notMet: counts.not_met, dueSoon: counts.due_soon, notMeasurable: counts.not_measurable })}
      </Text>
      {lowest.length === 0 ? (
        <EmptyLine text={t('home.compliance.noMeasure')} />
      ) : (
        <>
          <LazyAgencyBarChart
            label={t('home.compliance.chartLabel', { count: lowest.length })}
            bars={lowest.map((a) => ({ label: a.name, value: percent(a.shareMet ?? 0) }))}
            unit="%"
            max={100}
          />
          <AgencyTable rows={lowest} column="share" />
        </>
      )}
    </Panel>
  );
}

/** The inspectorate's view: where the findings are. */
export function FindingsPanel({ findings }: { findings: NonNullable<Home['findingsByAgency']> }) {
  const t = useT();
  const top = findings.agencies.slice(0, chartAgencies);
  return (
    <Panel id="findingsByAgency" title={t('home.panel.findingsByAgency')} seeAll="/compliance" total={findings.agencies.length}>
      {top.length === 0 ? (
        <EmptyLine text={t('home.findings.none')} />
      ) : (
        <>
          <LazyAgencyBarChart label={t('home.findings.chartLabel', { count: top.length })} bars={top.map((a) => ({ label: a.name, value: a.findings }))} />
          <AgencyTable rows={top} column="findings" />
        </>
      )}
    </Panel>
  );
}

/** The agency's unmet obligations, each with what to do and a link to the obligation's page. */
export function ObligationsPanel({ obligations }: { obligations: NonNullable<Home['agencyObligations']> }) {
  const t = useT();
  return (
    <Panel id="agencyObligations" title={t('home.panel.agencyObligations')} seeAll="/compliance" total={obligations.total}>
      {obligations.items.length === 0 && <EmptyLine text={t('home.obligations.none')} />}
      {obligations.items.map((o) => (
        <PanelItem
          key={`${o.agencyId}:${o.obligationId}`}
          to={`/compliance/obligations/${o.obligationId}`}
          label={o.remedy}
          detail={[o.citation, o.agencyName, t('home.obligations.findings', { count: o.findings }), o.example].filter(Boolean).join(' · ')}
        />
      ))}
    </Panel>
  );
}

function eventPath(e: NonNullable<Home['dueCalendar']>['items'][number]) {
  if (e.recordType === 'application' && e.recordId) return `/applications/${e.recordId}`;
  if (e.recordType === 'agency' && e.recordId) return `/agencies/${e.recordId}`;
  return `/compliance/obligations/${e.obligationId}`;
}

/** What falls due over the next months, the missed first. */
export function CalendarPanel({ calendar }: { calendar: NonNullable<Home['dueCalendar']> }) {
  const t = useT();
  return (
    <Panel id="dueCalendar" title={t('home.panel.dueCalendar', { date: formatDate(calendar.until) })} seeAll="/compliance" total={calendar.total}>
      {calendar.items.length === 0 && <EmptyLine text={t('home.calendar.none')} />}
      {calendar.items.map((e, i) => (
        <PanelItem
          key={`${e.obligationId}:${e.recordId ?? ''}:${e.date}:${i}`}
          to={eventPath(e)}
          label={`${formatDate(e.date)} · ${e.label}`}
          detail={[e.recordName, e.agencyName].filter(Boolean).join(' · ') || undefined}
          badge={e.overdue ? <Badge color="red" variant="light">{t('home.calendar.overdue')}</Badge> : undefined}
        />
      ))}
    </Panel>
  );
}
