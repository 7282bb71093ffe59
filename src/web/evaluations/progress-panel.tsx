import { Group, Stack, Table, Text } from '@mantine/core';
import { indicatorStates, type IndicatorState } from '../../shared/evaluations';
import { ScrollTable } from '../components/scroll-table';
import { useT } from '../i18n/i18n';
import type { Cycle } from './api';
import { IndicatorStateBadge } from './indicator-state-badge';

const counted = indicatorStates.filter((s) => s !== 'unassigned');

/** Progress by agency (how many of its indicators stand where) and by indicator state. */
export function ProgressPanel({ cycle }: { cycle: Cycle }) {
  const t = useT();
  const byState = (rows: Cycle['indicators'], s: IndicatorState) => rows.filter((i) => i.state === s).length;
  const agencies = [...new Map(cycle.indicators.filter((i) => i.agencyId).map((i) => [i.agencyId!, i.agencyName ?? ''])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <Stack data-testid="progress">
      <Group gap="xs">
        {indicatorStates.map((s) => (
          <Group key={s} gap={4}>
            <IndicatorStateBadge state={s} />
            <Text size="sm" data-testid={`progress-${s}`}>{byState(cycle.indicators, s)}</Text>
          </Group>
        ))}
      </Group>
      <ScrollTable minWidth={700}>
        <Table data-testid="progress-by-agency">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluations.column.agency')}</Table.Th>
              <Table.Th>{t('evaluations.ui.assignedTotal')}</Table.Th>
              {counted.map((s) => (
                <Table.Th key={s}>{t(`evaluations.ui.state.${s}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agencies.map(([id, name]) => {
              const rows = cycle.indicators.filter((i) => i.agencyId === id);
              return (
                <Table.Tr key={id}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>{rows.length}</Table.Td>
                  {counted.map((s) => (
                    <Table.Td key={s}>{byState(rows, s)}</Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Text size="xs" c="dimmed">{t('evaluations.ui.progressNote')}</Text>
    </Stack>
  );
}
