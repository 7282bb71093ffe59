import { Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ScrollTable } from '../components/scroll-table';
import { useT } from '../i18n/i18n';
import { formatDateTime } from '../i18n/format-date';
import type { Cycle } from './api';
import { IndicatorStateBadge } from './indicator-state-badge';
import { UncertainMark } from './uncertain-mark';

/** A short list of indicators to work on ("Indikator saya", the assessors' queue), each a link to its page. */
export function IndicatorList({ cycle, rows, empty, testId }: { cycle: Cycle; rows: Cycle['indicators']; empty: string; testId: string }) {
  const t = useT();
  if (rows.length === 0) return <Text c="dimmed" data-testid={testId}>{empty}</Text>;
  return (
    <ScrollTable minWidth={700}>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('evaluation.label.indicator')}</Table.Th>
            <Table.Th>{t('evaluations.column.agency')}</Table.Th>
            <Table.Th>{t('evaluations.column.selfLevel')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('evaluations.ui.answeredAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.number} data-indicator={row.number}>
              <Table.Td>
                <Link to={`/evaluations/${cycle.id}/indicators/${row.number}`}>
                  {row.code}. {row.name}
                </Link>{' '}
                <UncertainMark uncertain={row.uncertain} />
              </Table.Td>
              <Table.Td>{row.agencyName ?? '–'}</Table.Td>
              <Table.Td>{row.selfLevel ?? '–'}</Table.Td>
              <Table.Td>
                <IndicatorStateBadge state={row.state} />
              </Table.Td>
              <Table.Td>{formatDateTime(row.selfAssessedAt) || '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
