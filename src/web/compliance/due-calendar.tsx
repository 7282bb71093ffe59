import { Anchor, Badge, Loader, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { FormError } from '../components/form-errors';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { obligationPath, useDueCalendar } from './api';
import { ScrollTable } from '../components/scroll-table';

/** What falls due over the next 12 months: reviews, audits, evaluations, certificate expiry. */
export function DueCalendarTable({ date }: { date: string }) {
  const t = useT();
  const { data, error } = useDueCalendar(date);
  if (error) return <FormError error={error} />;
  if (!data) return <Loader size="sm" />;
  if (data.events.length === 0) return <Text c="dimmed">{t('compliance-ui.calendar.empty')}</Text>;
  return (
    <ScrollTable minWidth={700}>
      <Table data-testid="due-calendar">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('compliance-ui.column.dueDate')}</Table.Th>
            <Table.Th>{t('compliance-ui.calendar.what')}</Table.Th>
            <Table.Th>{t('compliance-ui.calendar.record')}</Table.Th>
            <Table.Th>{t('compliance-ui.column.agency')}</Table.Th>
            <Table.Th>{t('compliance-ui.column.citation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.events.map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                {formatDate(e.date)}{' '}
                {e.overdue && (
                  <Badge color="red" variant="light" size="sm">
                    {t('compliance-ui.calendar.overdue')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{e.label}</Table.Td>
              <Table.Td>
                {e.recordType === 'application' && e.recordId ? (
                  <Anchor component={Link} to={`/applications/${e.recordId}`}>
                    {e.recordName}
                  </Anchor>
                ) : (
                  e.recordName
                )}
              </Table.Td>
              <Table.Td>{e.agencyName}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={obligationPath(e.obligationId, date)} size="sm">
                  {e.citation.label}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
