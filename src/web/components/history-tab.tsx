import { Anchor, Badge, Card, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditEntryView } from '../../shared/audit';
import { auditValueLabelKeys, findAuditFieldLabelKey } from '../../shared/audit-field-labels';
import { api } from '../api/client';
import { formatDate, formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { FormError } from './form-errors';
import { ScrollTable } from './scroll-table';

export type AuditEntry = z.infer<typeof AuditEntryView>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The label of a stored code, or the code itself. */
export type CodeLabel = (code: string) => string;

/** A stored value as people read it: dates and instants in the Indonesian way, codes by their labels, lists joined. */
export function show(value: unknown, codeLabel: CodeLabel = (c) => c): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string' && isoInstant.test(value)) return formatDateTime(value);
  if (typeof value === 'string' && isoDay.test(value)) return formatDate(value);
  if (typeof value === 'string') return codeLabel(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.map((v) => (typeof v === 'string' ? codeLabel(v) : String(v))).join(', ');
  return JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields that differ between an entry's before and after, in a readable order. */
export function diffEntry(before: unknown, after: unknown, codeLabel: (field: string) => CodeLabel = () => (c) => c): { field: string; before: string; after: string }[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({ field, before: show(b[field], codeLabel(field)), after: show(a[field], codeLabel(field)) }));
}

/** An action or record type in words; a code without a label (never expected: see audit-labels.test.ts) shows as itself. */
export function useAuditLabel() {
  const t = useT();
  return (kind: 'action' | 'entity', code: string) => {
    const key = `audit.${kind}.${code}`;
    const label = t(key);
    return label === key ? code : label;
  };
}

/** A changed field in words (audit-field-labels.test.ts holds every sealed column to a label); an unknown key shows as itself. */
export function useFieldLabel() {
  const t = useT();
  return (entityType: string, field: string) => {
    const key = findAuditFieldLabelKey(entityType, field, (k) => t(k) !== k);
    return key ? t(key) : field;
  };
}

/** A stored code of an entry's field by the label its form shows (regional_data_center_vps → Pusat Data Daerah — VPS). */
export function useCodeLabel() {
  const t = useT();
  return (entityType: string) => (field: string) => (code: string) => {
    const key = auditValueLabelKeys(entityType, field, code).find((k) => t(k) !== k);
    return key ? t(key) : code;
  };
}

export function AuditEntryCard({ entry, onPickRecord }: { entry: AuditEntry; onPickRecord?: (entry: AuditEntry) => void }) {
  const t = useT();
  const label = useAuditLabel();
  const fieldLabel = useFieldLabel();
  const codeLabel = useCodeLabel();
  const changes = diffEntry(entry.before, entry.after, codeLabel(entry.entityType));
  const record = entry.recordName ?? (entry.entityId ? `${label('entity', entry.entityType)} ${entry.entityId.slice(0, 8)}` : label('entity', entry.entityType));
  return (
    <Card withBorder padding="sm" data-testid="audit-entry">
      <Group justify="space-between" mb={changes.length ? 'xs' : 0}>
        <Group gap="xs">
          <Badge variant="light" title={entry.action} tt="none">
            {label('action', entry.action)}
          </Badge>
          <Text size="sm">{entry.actorLabel}</Text>
        </Group>
        <Text size="sm" c="dimmed">
          #{entry.seq} · {formatDateTime(entry.at)}
        </Text>
      </Group>
      {onPickRecord && (
        <Group gap="xs" mb={changes.length ? 'xs' : 0} data-testid="audit-record">
          <Text size="sm" c="dimmed">
            {label('entity', entry.entityType)}:
          </Text>
          {entry.entityId ? (
            <Anchor component="button" type="button" size="sm" onClick={() => onPickRecord(entry)} title={t('web.audit.onlyThisRecord')}>
              {record}
            </Anchor>
          ) : (
            <Text size="sm">{record}</Text>
          )}
          {entry.agencyName && entry.agencyName !== entry.recordName && (
            <Text size="sm" c="dimmed">
              · {entry.agencyName}
            </Text>
          )}
        </Group>
      )}
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
                  <Table.Td title={c.field}>{fieldLabel(entry.entityType, c.field)}</Table.Td>
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
