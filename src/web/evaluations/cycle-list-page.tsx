import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import { usePermissions } from '../api/session';
import { FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useI18n, useT } from '../i18n/i18n';
import { formatIndex } from '../../shared/format-index';
import { UncertainMark } from './uncertain-mark';
import { frameworkIds } from '../../shared/evaluations';
import { useCycles, useEvaluationMutation, type Cycle } from './api';
import { ScrollTable } from '../components/scroll-table';
import { useLeaveGuard } from '../components/leave-guard';

function CreateCycleForm() {
  const t = useT();
  const navigate = useNavigate();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [frameworkId, setFrameworkId] = useState<string>('permenpanrb-59-2020');
  useLeaveGuard({ year, frameworkId }, { year: String(new Date().getFullYear()), frameworkId: 'permenpanrb-59-2020' });
  const create = useEvaluationMutation((_: void, submission) => api.post<Cycle>('/evaluations', { year: Number(year), frameworkId }, submission), { releasesLeaveGuards: true });
  return (
    <Stack gap="xs">
      <FormError error={create.error} />
      <Group align="flex-end">
        <TextInput label={t('evaluations.ui.year')} value={year} onChange={(e) => setYear(e.currentTarget.value)} w={120} />
        <Select label={t('evaluation.label.framework')} data={frameworkIds.map((id) => ({ value: id, label: t(`evaluation.framework.${id}.title`) }))} value={frameworkId} onChange={(v) => setFrameworkId(v ?? frameworkId)} w={420} />
        <Button onClick={() => create.mutate(undefined, { onSuccess: (c) => navigate(`/evaluations/${c.id}`) })} loading={create.isPending}>
          {t('evaluations.ui.openCycle')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Every yearly evaluation cycle (Dumai 67/2022 Ps 33(2)), newest first. */
export function CycleListPage() {
  const t = useT();
  const { locale } = useI18n();
  const can = usePermissions();
  const cycles = useCycles();
  return (
    <Stack>
      <PageHeader title={t('evaluations.title')} />
      {can('evaluation.create') && <CreateCycleForm />}
      {cycles.data?.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
      <ScrollTable>
        <Table data-testid="cycles">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluations.ui.year')}</Table.Th>
              <Table.Th>{t('evaluation.label.framework')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('evaluation.label.spbeIndex')}</Table.Th>
              <Table.Th>{t('evaluation.label.predicate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cycles.data?.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Link to={`/evaluations/${c.id}`}>{c.year}</Link>
                </Table.Td>
                <Table.Td>
                  {t(`evaluation.framework.${c.frameworkId}.title`)} <UncertainMark uncertain={c.uncertain} />
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`evaluations.status.${c.status}`)}</Badge>
                </Table.Td>
                <Table.Td>
                  {formatIndex(c.index, locale)}
                  {!c.complete && ` (${t('evaluations.ui.provisionalShort')})`} <UncertainMark uncertain={c.uncertain} />
                </Table.Td>
                <Table.Td>
                  {t(`evaluation.predicate.${c.predicate}`)} <UncertainMark uncertain={c.uncertain} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
