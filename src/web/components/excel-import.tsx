import { Alert, Badge, Button, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportReport } from '../../shared/imports';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { FormError } from './form-errors';
import { ScrollTable } from './scroll-table';

const statusColor = { valid: 'teal', invalid: 'red', imported: 'blue', update: 'yellow', updated: 'blue', unchanged: 'gray' } as const;

/**
 * Excel import in two steps: the server checks every row and reports; nothing is saved until
 * the user commits the valid rows (the same file again with ?commit=true), or cancels.
 * `allOrNothing`: the server stores the file only when no row is invalid, so commit waits for a clean file.
 */
export function ExcelImport({ path, onImported, accept, label, allOrNothing }: { path: string; onImported?: () => void; accept?: string; label?: string; allOrNothing?: boolean }) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: (f: File) => api.upload<ImportReport>(path, f) });
  const commit = useMutation({
    mutationFn: (f: File) => api.upload<ImportReport>(path, f, { commit: 'true' }),
    onSuccess: () => onImported?.(),
  });
  const report = commit.data ?? check.data;

  function reset() {
    setFile(null);
    check.reset();
    commit.reset();
  }
  function closeAll() {
    close();
    reset();
  }

  return (
    <>
      <Button variant="default" onClick={open}>
        {label ?? t('common.import')}
      </Button>
      <Modal opened={opened} onClose={closeAll} title={label ?? t('common.import')} size="xl" closeButtonProps={{ 'aria-label': t('web.import.closeWindow') }}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('web.import.intro')}
          </Text>
          <FileInput
            label={t('web.import.file')}
            accept={accept ?? '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}
            value={file}
            onChange={(f) => {
              reset();
              setFile(f);
              if (f) check.mutate(f);
            }}
            clearable
            data-testid="import-file"
          />
          <FormError error={check.error ?? commit.error} />
          {report && (
            <>
              <Group gap="xs" data-testid="import-summary">
                <Badge color="gray">{t('web.import.total', { n: report.total })}</Badge>
                <Badge color="teal">{t('web.import.valid', { n: report.valid })}</Badge>
                <Badge color="red">{t('web.import.invalid', { n: report.invalid })}</Badge>
                <Badge color="gray">{t('web.import.unchanged', { n: report.unchanged })}</Badge>
                {report.committed && <Badge color="blue">{t('web.import.created', { n: report.created })}</Badge>}
                {report.committed && <Badge color="blue">{t('web.import.updated', { n: report.updated })}</Badge>}
              </Group>
              {report.committed && (
                <Alert color="teal" data-testid="import-done">
                  {t('web.import.done', { n: report.imported })}
                </Alert>
              )}
              <ScrollTable minWidth={600} maxHeight={360}>
                <Table striped data-testid="import-report">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('web.import.row')}</Table.Th>
                      <Table.Th>{t('web.import.label')}</Table.Th>
                      <Table.Th>{t('common.status')}</Table.Th>
                      <Table.Th>{t('web.import.problems')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.rows.map((row) => (
                      <Table.Tr key={row.row}>
                        <Table.Td>{row.row}</Table.Td>
                        <Table.Td>{row.label}</Table.Td>
                        <Table.Td>
                          <Badge color={statusColor[row.status]} variant="light">
                            {t(`web.import.status.${row.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {row.errors.map((e) => (
                            <Text key={`${e.column}-${e.code}`} size="sm">
                              {e.column}: {e.message}
                            </Text>
                          ))}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={closeAll}>
              {report?.committed ? t('web.import.close') : t('common.cancel')}
            </Button>
            {report && !report.committed && (
              <Button onClick={() => file && commit.mutate(file)} loading={commit.isPending} disabled={report.valid === 0 || (allOrNothing && report.invalid > 0)} data-testid="import-commit">
                {t('web.import.commit', { n: report.valid })}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
