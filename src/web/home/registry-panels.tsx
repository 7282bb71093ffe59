import { Badge, Text } from '@mantine/core';
import type { Home } from './api';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { EmptyLine, Panel, PanelItem } from './panel';

/** Certificates to renew: the expired first, then by expiry date. */
export function CertificatesPanel({ certificates }: { certificates: NonNullable<Home['expiringCertificates']> }) {
  const t = useT();
  return (
    <Panel id="expiringCertificates" title={t('home.panel.expiringCertificates')} seeAll="/applications?certificate=expiring&sort=certificateExpiresAt" total={certificates.total}>
      {certificates.items.length === 0 && <EmptyLine />}
      {certificates.items.map((a) => (
        <PanelItem
          key={a.id}
          to={`/applications/${a.id}`}
          label={a.name}
          detail={`${a.ownerAgencyName} · ${t(a.expired ? 'home.certificates.expired' : 'home.certificates.expiresOn', { date: formatDate(a.certificateExpiresAt) })}`}
          badge={a.expired ? <Badge color="red" variant="light">{t('home.calendar.overdue')}</Badge> : undefined}
        />
      ))}
    </Panel>
  );
}

/** What reviewers sent back to the agency: requests and datasets to revise. */
export function ReturnedPanel({ returned }: { returned: NonNullable<Home['returnedItems']> }) {
  const t = useT();
  const total = returned.requests.total + returned.datasets.total;
  return (
    <Panel id="returnedItems" title={t('home.panel.returnedItems')} total={total}>
      {total === 0 && <EmptyLine />}
      {returned.requests.total > 0 && (
        <PanelItem to="/requests?box=mine&state=returned" label={`${t('home.returned.requests')} (${returned.requests.total})`} />
      )}
      {returned.requests.items.map((r) => (
        <PanelItem key={r.id} to={`/requests/${r.id}`} label={`${r.number ? `${r.number} · ` : ''}${r.title}`} />
      ))}
      {returned.datasets.total > 0 && <PanelItem to="/datasets?status=returned" label={`${t('home.returned.datasets')} (${returned.datasets.total})`} />}
      {returned.datasets.items.map((d) => (
        <PanelItem key={d.id} to={`/datasets/${d.id}`} label={d.title} detail={d.producerAgencyName} />
      ))}
    </Panel>
  );
}

/** Jambi 10/2017 Ps 22(3): the agencies that did not report after a deadline, and whether the teguran is recorded. */
export function ReportsPanel({ reports }: { reports: NonNullable<Home['overdueReports']> }) {
  const t = useT();
  return (
    <Panel id="overdueReports" title={t('home.panel.overdueReports')} seeAll="/periodic-reports" total={reports.total}>
      {reports.items.length === 0 && <EmptyLine />}
      {reports.items.map((m) => (
        <PanelItem
          key={`${m.agencyId}:${m.periodStart}`}
          to="/periodic-reports"
          label={m.agencyName}
          detail={t('home.reports.period', { start: formatDate(m.periodStart), end: formatDate(m.periodEnd), deadline: formatDate(m.deadline) })}
          badge={
            <Badge variant="light" color={m.warned ? 'gray' : 'orange'}>
              <Text span size="xs">
                {t(m.warned ? 'home.reports.warned' : 'home.reports.notWarned')}
              </Text>
            </Badge>
          }
        />
      ))}
    </Panel>
  );
}
