import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, downloadFile } from '../api/client';
import { ExcelImport } from '../components/excel-import';
import { FormError } from '../components/form-errors';
import { ScrollTable } from '../components/scroll-table';
import { useT } from '../i18n/i18n';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { useEvaluationMutation, type Cycle } from './api';
import { IndicatorStateBadge } from './indicator-state-badge';

type Assignment = { indicator: number; agencyId: string | null };

/** The coordinator gives every indicator to the agency that answers for it: one by one, by domain or aspect, or from Excel. */
export function AssignmentPanel({ cycle }: { cycle: Cycle }) {
  const t = useT();
  const client = useQueryClient();
  const agencies = useAllAgencies();
  const options = agencyOptions(agencies.data);
  const assign = useEvaluationMutation((assignments: Assignment[]) => api.put<Cycle>(`/evaluations/${cycle.id}/assignments`, { assignments }));
  const fw = cycle.frameworkId;
  const groups = [
    ...[...new Set(cycle.indicators.map((i) => i.domain).filter((d) => d !== null))].map((d) => ({ value: `d${d}`, label: `${t('evaluation.label.domain')} ${d}. ${t(`evaluation.domain.${fw}.${d}`)}` })),
    ...[...new Set(cycle.indicators.map((i) => i.aspect))].map((a) => ({ value: `a${a}`, label: `${t('evaluation.label.aspect')} ${a}. ${t(`evaluation.aspect.${fw}.${a}`)}` })),
  ];
  const [group, setGroup] = useState<string | null>(null);
  const [groupAgency, setGroupAgency] = useState<string | null>(null);
  const inGroup = (i: Cycle['indicators'][number]) => (group?.startsWith('d') ? i.domain === Number(group.slice(1)) : i.aspect === Number(group?.slice(1)));
  return (
    <Stack data-testid="assignments">
      <FormError error={assign.error} />
      <Group align="end" data-testid="bulk-assign">
        <Select label={t('evaluations.ui.assign.group')} data={groups} value={group} onChange={setGroup} w={320} searchable />
        <Select label={t('evaluations.column.agency')} data={options} value={groupAgency} onChange={setGroupAgency} w={360} searchable />
        <Button disabled={!group || !groupAgency} loading={assign.isPending} onClick={() => assign.mutate(cycle.indicators.filter(inGroup).map((i) => ({ indicator: i.number, agencyId: groupAgency })))}>
          {t('evaluations.ui.assign.bulk')}
        </Button>
      </Group>
      <Group>
        <Button variant="default" onClick={() => downloadFile(`/evaluations/${cycle.id}/assignments/template`)}>
          {t('evaluations.ui.assign.template')}
        </Button>
        <ExcelImport path={`/evaluations/${cycle.id}/assignments/import`} onImported={() => client.invalidateQueries({ queryKey: ['/evaluations'] })} />
        <Text size="sm" c="dimmed">{t('evaluations.ui.assign.excelHint')}</Text>
      </Group>
      <ScrollTable minWidth={700}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluation.label.indicator')}</Table.Th>
              <Table.Th>{t('evaluations.column.agency')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cycle.indicators.map((i) => (
              <Table.Tr key={i.number} data-assign={i.number}>
                <Table.Td>
                  {i.code}. {i.name}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('evaluations.ui.assign.agencyFor', { code: i.code })}
                    data={options}
                    value={i.agencyId}
                    onChange={(agencyId) => assign.mutate([{ indicator: i.number, agencyId }])}
                    clearable
                    searchable
                    placeholder={t('evaluations.ui.assign.none')}
                  />
                </Table.Td>
                <Table.Td>
                  <IndicatorStateBadge state={i.state} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
