import { Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { regulationIds } from '../../shared/tenants';
import type { RegulationAddition } from '../../shared/settings';
import { api } from '../api/client';
import { useTenant } from '../api/session';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { formatDate, formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { regulationDefaults } from '../auth/regulation-defaults';
import { SavedNotice } from './saved-notice';
import type { Tenant } from './api';
import { DateField } from '../components/date-field';
import { regulationName } from '../i18n/regulation-name';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

type RegulationId = (typeof regulationIds)[number];

/** The regulations in force with their dates; a new one may replace (revoke) one in the profile. */
export function RegulationsTab() {
  const t = useT();
  const client = useQueryClient();
  const { data: tenant } = useTenant();
  const inProfile = new Set(tenant?.regulations.map((r) => r.regulation));
  const addable = regulationIds.filter((id) => !inProfile.has(id));
  const [entry, setEntry] = useState<{ regulation: RegulationId | null; effectiveFrom: string; replaces: RegulationId | null }>({ regulation: null, effectiveFrom: '', replaces: null });
  const add = useSubmitMutation({
    mutationFn: (input: RegulationAddition, submission) => api.post<Tenant>('/tenant/regulations', input, submission),
    onSuccess: (saved) => {
      client.setQueryData(['tenant'], saved);
      setEntry({ regulation: null, effectiveFrom: '', replaces: null });
    },
  });
  const errors = fieldErrorsOf(add.error, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    add.submit({ regulation: entry.regulation as RegulationId, effectiveFrom: entry.effectiveFrom, replaces: entry.replaces });
  }

  function choose(id: string | null) {
    const regulation = id as RegulationId | null;
    setEntry({ ...entry, regulation, effectiveFrom: regulation ? regulationDefaults[regulation].effectiveFrom : entry.effectiveFrom });
  }

  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('settings.regulations.intro')}</Text>
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table data-testid="regulation-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.regulations.regulation')}</Table.Th>
              <Table.Th>{t('settings.regulations.from')}</Table.Th>
              <Table.Th>{t('settings.regulations.until')}</Table.Th>
              <Table.Th>{t('settings.regulations.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tenant?.regulations.map((r) => (
              <Table.Tr key={r.regulation}>
                <Table.Td>
                  {regulationName(t, r.regulation, true)}
                  {r.revocation && (
                    <Text size="xs" c="dark.4" data-testid="revocation">
                      {t('settings.regulations.revokedBy', { regulation: regulationName(t, r.revocation.byRegulation), person: r.revocation.byUserName ?? t('settings.regulations.someone'), at: formatDateTime(r.revocation.at) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(r.effectiveFrom)}</Table.Td>
                <Table.Td>{r.effectiveUntil ? formatDate(r.effectiveUntil) : '—'}</Table.Td>
                <Table.Td>
                  <Badge color={r.inForce ? 'green' : 'gray'} variant="light">
                    {t(r.inForce ? 'settings.regulations.inForce' : 'settings.regulations.notInForce')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md" maw={640}>
        <Title order={3} size="h4" mb="sm">{t('settings.regulations.add')}</Title>
        {addable.length === 0 ? (
          <Text size="sm">{t('settings.regulations.allAdded')}</Text>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <FormError error={add.error} />
              <Select label={t('settings.regulations.regulation')} data={addable.map((id) => ({ value: id, label: regulationName(t, id, true) }))} value={entry.regulation} onChange={choose} {...errorProp(errors, 'regulation')} />
              <DateField label={t('settings.regulations.from')} value={entry.effectiveFrom} onChange={(v) => setEntry({ ...entry, effectiveFrom: v })} {...errorProp(errors, 'effectiveFrom')} />
              <Select
                label={t('settings.regulations.replaces')}
                data={[{ value: '', label: t('settings.regulations.replacesNone') }, ...(tenant?.regulations ?? []).map((r) => ({ value: r.regulation, label: regulationName(t, r.regulation, true) }))]}
                value={entry.replaces ?? ''}
                onChange={(v) => setEntry({ ...entry, replaces: (v || null) as RegulationId | null })}
                allowDeselect={false}
                {...errorProp(errors, 'replaces')}
              />
              <SavedNotice show={add.isSuccess} />
              <Group>
                <SubmitButton pending={add.isPending}>{t('settings.regulations.submit')}</SubmitButton>
              </Group>
            </Stack>
          </form>
        )}
      </Paper>
    </Stack>
  );
}
