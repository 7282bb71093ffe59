import { Alert, Anchor, Button, FileButton, Group, Paper, Stack, Table, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, downloadFile } from '../api/client';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import type { Dataset } from './api';
import { ScrollTable } from '../components/scroll-table';
import { useLeaveGuard } from '../components/leave-guard';

/** The distributions: files kept by SHA-256, or links. Hidden when the content is not the person's to see. */
export function ResourcePanel({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const client = useQueryClient();
  const [link, setLink] = useState({ name: '', url: '' });
  useLeaveGuard(link, { name: '', url: '' });
  const refresh = () => client.invalidateQueries({ queryKey: ['/datasets'] });
  // one request at a time, each with an idempotency key: a double click adds one resource
  const addLink = useSubmitMutation({ mutationFn: (_: void, submission) => api.post(`/datasets/${dataset.id}/resources`, link, submission), releasesLeaveGuards: false, onSuccess: async () => { setLink({ name: '', url: '' }); await refresh(); } });
  const upload = useSubmitMutation({ mutationFn: (file: File, submission) => api.upload(`/datasets/${dataset.id}/resources/file`, file, undefined, {}, submission), releasesLeaveGuards: false, onSuccess: refresh });
  const remove = useMutation({ mutationFn: (resourceId: string) => api.delete(`/datasets/${dataset.id}/resources/${resourceId}`), onSuccess: refresh });
  const errors = fieldErrorsOf(addLink.error, t);
  if (dataset.resources === null) return <Alert color="gray">{t('datasets.content.restricted')}</Alert>;
  const editable = dataset.abilities.update;
  return (
    <Paper withBorder p="md">
      <Stack>
        <FormError error={upload.error ?? remove.error} />
        <ScrollTable>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('datasets.resource.name')}</Table.Th>
                <Table.Th>{t('datasets.resource.format')}</Table.Th>
                <Table.Th>SHA-256</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dataset.resources.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {r.kind === 'url' ? (
                      <Anchor href={r.url ?? undefined} target="_blank" rel="noreferrer">
                        {r.name}
                      </Anchor>
                    ) : (
                      <Anchor component="button" onClick={() => downloadFile(`/datasets/${dataset.id}/resources/${r.id}/file`)}>
                        {r.name}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{r.format}</Table.Td>
                  <Table.Td style={{ fontFamily: 'monospace', fontSize: 12 }}>{r.file?.sha256.slice(0, 16)}</Table.Td>
                  <Table.Td>
                    {editable && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(r.id)}>
                        {t('datasets.action.remove')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {editable && (
          <>
            <FileButton onChange={(file) => file && upload.submit(file)}>
              {(props) => (
                <Button variant="light" loading={upload.isPending} {...props} style={{ alignSelf: 'flex-start' }}>
                  {t('datasets.action.uploadFile')}
                </Button>
              )}
            </FileButton>
            <FormError error={addLink.error} />
            <Group align="flex-end">
              <TextInput label={t('datasets.resource.name')} value={link.name} onChange={(e) => setLink({ ...link, name: e.currentTarget.value })} {...errorProp(errors, 'name')} />
              <TextInput label={t('datasets.resource.url')} value={link.url} onChange={(e) => setLink({ ...link, url: e.currentTarget.value })} {...errorProp(errors, 'url')} style={{ flex: 1 }} />
              <Button variant="light" loading={addLink.isPending} onClick={() => addLink.submit()}>
                {t('datasets.action.addLink')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
