import { Button, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { usePermissions } from '../api/session';
import { ConfirmButton } from '../components/confirm-button';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { useHolidays } from './api';
import { ScrollTable } from '../components/scroll-table';
import { DateField } from '../components/date-field';
import { useLeaveGuard } from '../components/leave-guard';

const kinds = ['national_holiday', 'collective_leave', 'regional_holiday'] as const;

/**
 * The working-day calendar of request deadlines: the fixed national holidays Simpul ships, and
 * what the administrator enters each year (movable holidays, cuti bersama by the joint decree
 * of three ministers, regional holidays).
 */
export function HolidaysPage() {
  const t = useT();
  const client = useQueryClient();
  const manage = usePermissions()('holiday.manage');
  const [year, setYear] = useState(new Date().getFullYear());
  const { data: holidays } = useHolidays(year);
  const [entry, setEntry] = useState({ date: '', kind: 'collective_leave' as string, name: '' });
  const [error, setError] = useState<unknown>(null);
  // a day or a name typed and not yet added is typed work: leaving asks first
  useLeaveGuard({ date: entry.date, name: entry.name }, { date: '', name: '' }, manage);
  const errors = fieldErrorsOf(error, t);
  const refresh = () => client.invalidateQueries({ queryKey: ['/holidays'] });

  async function add() {
    setError(null);
    try {
      await api.post('/holidays', entry);
      setEntry({ ...entry, date: '', name: '' });
      await refresh();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Stack>
      <PageHeader title={t('requests.ui.holidays')} />
      <Text size="sm" c="dimmed">
        {t('requests.calendar.movableNote')}
      </Text>
      <NumberInput label={t('requests.ui.year')} value={year} onChange={(v) => typeof v === 'number' && setYear(v)} min={2000} max={2100} w={160} />
      {manage && (
        <Paper withBorder p="md">
          <Stack>
            <FormError error={error} />
            <Group align="flex-end">
              <DateField label={t('requests.ui.date')} value={entry.date} onChange={(v) => setEntry({ ...entry, date: v })} {...errorProp(errors, 'date')} />
              <Select label={t('requests.ui.kind')} data={kinds.map((k) => ({ value: k, label: t(`requests.calendar.kind.${k}`) }))} value={entry.kind} onChange={(v) => setEntry({ ...entry, kind: v ?? 'collective_leave' })} />
              <TextInput label={t('requests.ui.holidayName')} value={entry.name} onChange={(e) => setEntry({ ...entry, name: e.currentTarget.value })} {...errorProp(errors, 'name')} />
              <Button onClick={add}>{t('common.create')}</Button>
            </Group>
          </Stack>
        </Paper>
      )}
      <Paper withBorder>
        <ScrollTable>
          <Table data-testid="holiday-table">
            <Table.Tbody>
              {holidays?.map((h) => (
                <Table.Tr key={h.date}>
                  <Table.Td>{formatDate(h.date)}</Table.Td>
                  <Table.Td>{t(`requests.calendar.kind.${h.kind}`)}</Table.Td>
                  <Table.Td>{h.fixed ? t(`requests.${h.name}`) : h.name}</Table.Td>
                  <Table.Td>
                    {manage && h.id && (
                      <ConfirmButton size="xs" variant="subtle" color="red" message={t('requests.ui.confirm.removeHoliday', { date: formatDate(h.date) })} onConfirm={() => api.delete(`/holidays/${h.id}`).then(refresh)}>
                        {t('requests.ui.remove')}
                      </ConfirmButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Paper>
    </Stack>
  );
}
