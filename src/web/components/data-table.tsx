import { Center, Group, Loader, Paper, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { FormError } from './form-errors';
import { tableQuery, useTableState, type TableState } from './table-state';
import { LabelledPagination } from './labelled-pagination';
import { ScrollTable } from './scroll-table';

export interface Column<T> {
  key: string;
  label: string;
  /** the server's sort key; omit for columns the server cannot sort */
  sort?: string;
  render: (row: T) => ReactNode;
  /** keep the cell on one line (badges, codes, dates) */
  nowrap?: boolean;
}

export interface Filter {
  key: string;
  label: string;
  options: { value: string; label: string }[];
  /** filters without a "clear" choice (e.g. status, which always has a value) */
  required?: boolean;
}

interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

interface DataTableProps<T> {
  /** list endpoint under /api/v1, answering `{ items, total, page, pageSize }` */
  path: string;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  filters?: Filter[];
  defaults?: Partial<TableState>;
  onRowClick?: (row: T) => void;
  /** buttons beside the search box; gets the current state, e.g. for an export with filters */
  toolbar?: (state: TableState) => ReactNode;
  searchLabel?: string;
}

/** A server-paged list: search, filters, sort by header, page, total, loading and empty states. */
export function DataTable<T>({ path, columns, rowKey, filters = [], defaults, onRowClick, toolbar, searchLabel }: DataTableProps<T>) {
  const t = useT();
  const { state, update } = useTableState(
    filters.map((f) => f.key),
    defaults,
  );
  const query = useQuery({
    queryKey: [path, tableQuery(state)],
    queryFn: () => api.get<Page<T>>(path, tableQuery(state)),
    placeholderData: keepPreviousData,
  });
  const search = useDebouncedCallback((q: string) => update({ q }), 300);
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / query.data.pageSize)) : 1;

  function toggleSort(key: string) {
    if (state.sort !== key) update({ sort: key, dir: 'asc' });
    else update({ dir: state.dir === 'asc' ? 'desc' : 'asc' });
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <TextInput
            label={searchLabel ?? t('common.search')}
            defaultValue={state.q}
            onChange={(e) => search(e.currentTarget.value)}
            type="search"
            w={260}
            data-testid="table-search"
          />
          {filters.map((f) => (
            <Select
              key={f.key}
              label={f.label}
              data={f.options}
              value={state.filters[f.key] ?? null}
              onChange={(value) => update({ [f.key]: value })}
              clearable={!f.required}
              allowDeselect={!f.required}
              w={200}
              comboboxProps={{ withinPortal: true }}
            />
          ))}
        </Group>
        {toolbar && <Group gap="sm">{toolbar(state)}</Group>}
      </Group>
      <FormError error={query.error} />
      <Paper withBorder>
        <ScrollTable minWidth={700}>
          <Table highlightOnHover={Boolean(onRowClick)} verticalSpacing="xs" data-testid="data-table">
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.key} aria-sort={state.sort === c.sort && c.sort ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    {c.sort ? (
                      <UnstyledButton onClick={() => toggleSort(c.sort!)} fw={700} fz="sm">
                        {c.label} {state.sort === c.sort ? (state.dir === 'asc' ? '▲' : '▼') : ''}
                      </UnstyledButton>
                    ) : (
                      c.label
                    )}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data?.items.map((row) => (
                <Table.Tr key={rowKey(row)} onClick={onRowClick ? () => onRowClick(row) : undefined} style={onRowClick ? { cursor: 'pointer' } : undefined}>
                  {columns.map((c) => (
                    <Table.Td key={c.key} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                      {c.render(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {query.isPending && (
          <Center p="lg">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Center>
        )}
        {query.data && query.data.items.length === 0 && (
          <Text c="dimmed" ta="center" p="lg" data-testid="table-empty">
            {t('common.empty')}
          </Text>
        )}
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="table-total">
          {query.data ? t('common.total', { total: query.data.total }) : ''}
        </Text>
        {pages > 1 && <LabelledPagination total={pages} value={state.page} onChange={(page) => update({ page }, false)} size="sm" />}
      </Group>
    </Stack>
  );
}
