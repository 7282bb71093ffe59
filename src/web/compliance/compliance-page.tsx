import { Alert, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { AgencyTable } from './agency-table';
import { useAsOfDate, useComplianceReport } from './api';
import { AsOfInput, ComplianceExportButtons } from './as-of-controls';
import { DueCalendarTable } from './due-calendar';
import { RegulationTree } from './regulation-tree';
import { StatusCountBadges } from './status-badge';
import { formatDate } from '../i18n/format-date';
import { regulationName } from '../i18n/regulation-name';

/** Compliance of the tenant on a date: by regulation, by agency, and what falls due. */
export function CompliancePage() {
  const t = useT();
  const [date, setDate] = useAsOfDate();
  const { data: report, error } = useComplianceReport(date);
  return (
    <Stack>
      <PageHeader title={t('compliance-ui.title')}>
        <ComplianceExportButtons date={date} />
      </PageHeader>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <AsOfInput date={date} onChange={setDate} />
        {report && (
          <Stack gap={4}>
            <Text size="sm" data-testid="in-force">
              {t('compliance-ui.inForce', { regulations: report.regulationsInForce.map((r) => regulationName(t, r.id)).join(', ') || '–', date: formatDate(report.asOf) })}
            </Text>
            <Group gap={4}>
              <StatusCountBadges counts={report.counts} />
            </Group>
          </Stack>
        )}
      </Group>
      {report?.agencyScope && <Alert color="blue">{t('compliance-ui.scoped')}</Alert>}
      <FormError error={error} />
      {!report && !error && <Loader size="sm" />}
      {report && (
        <Tabs defaultValue="regulations" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="regulations">{t('compliance-ui.tab.regulations')}</Tabs.Tab>
            <Tabs.Tab value="agencies">{t('compliance-ui.tab.agencies')}</Tabs.Tab>
            <Tabs.Tab value="calendar">{t('compliance-ui.tab.calendar')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="regulations">
            <RegulationTree report={report} date={date} />
          </Tabs.Panel>
          <Tabs.Panel value="agencies">
            <AgencyTable report={report} date={date} />
          </Tabs.Panel>
          <Tabs.Panel value="calendar">
            <DueCalendarTable date={date} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
