import { Badge, Card, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditEntryView } from '../../shared/audit';
import { api } from '../api/client';
import { formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { FormError } from './form-errors';
import { ScrollTable } from './scroll-table';

export type AuditEntry = z.infer<typeof AuditEntryView>;

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join(', ');
  return JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields that differ between an entry's before and after, in a readable order. */
export function diffEntry(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }));
}

export function AuditEntryCard({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const changes = diffEntry(entry.before, entry.after);
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" mb={changes.length ? 'xs' : 0}>
        <Group gap="xs">
          <Badge variant="light">{entry.action}</Badge>
          <Text size="sm">{entry.actorLabel}</Text>
        </Group>
        <Text size="sm" c="dimmed">
          #{entry.seq} · {formatDateTime(entry.at)}
        </Text>
      </Group>
      {changes.length > 0 && (
        <ScrollTable>
          <Table withRowBorders={false} verticalSpacing={2} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('web.history.field')}</Table.Th>
                <Table.Th>{t('web.history.before')}</Table.Th>
                <Table.Th>{t('web.history.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((c) => (
                <Table.Tr key={c.field}>
                  <Table.Td>{c.field}</Table.Td>
                  <Table.Td c="red.8" style={{ wordBreak: 'break-word' }}>
                    {c.before}
                  </Table.Td>
                  <Table.Td c="teal.8" style={{ wordBreak: 'break-word' }}>
                    {c.after}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}

/** A record's audit trail (newest first) from a `/history` endpoint. */
export function HistoryTab({ path }: { path: string }) {
  const t = useT();
  const query = useQuery({ queryKey: [path], queryFn: () => api.get<AuditEntry[]>(path) });
  if (query.isPending) return <Loader size="sm" />;
  if (query.error) return <FormError error={query.error} />;
  if (query.data.length === 0) return <Text c="dimmed">{t('common.empty')}</Text>;
  return (
    <Stack gap="xs" data-testid="history">
      {query.data.map((entry) => (
        <AuditEntryCard key={entry.id} entry={entry} />
      ))}
    </Stack>
  );
}
