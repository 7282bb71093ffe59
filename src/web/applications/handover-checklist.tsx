import { Badge, Button, FileButton, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, downloadFile } from '../api/client';
import { FormError } from '../components/form-errors';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import type { Application } from './api';
import { ScrollTable } from '../components/scroll-table';
import { DateField } from '../components/date-field';
import { todayIso } from '../i18n/format-date';

type Item = Application['handover'][number];

function PaperDeliveryButton({ app, item }: { app: Application; item: Item }) {
  const t = useT();
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [deliveredAt, setDeliveredAt] = useState(item.deliveredAt?.slice(0, 10) ?? todayIso());
  const [note, setNote] = useState(item.note ?? '');
  const mark = useMutation({
    mutationFn: (delivered: boolean) => api.put<Application>(`/applications/${app.id}/handover/${item.code}`, { delivered, deliveredAt: delivered ? deliveredAt : null, note: note || null }),
    onSuccess: (saved) => {
      client.setQueryData(['/applications', app.id], saved);
      close();
    },
  });
  return (
    <>
      <Button size="compact-sm" variant="light" onClick={open}>
        {item.delivered && !item.file ? t('web.handover.editPaper') : t('web.handover.markPaper')}
      </Button>
      <Modal opened={opened} onClose={close} title={t(`applications.handover.${item.code}`)} centered>
        <Stack>
          <FormError error={mark.error} />
          <DateField label={t('web.handover.deliveredAt')} value={deliveredAt} onChange={setDeliveredAt} />
          <TextInput label={t('web.handover.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            {item.delivered && (
              <Button variant="light" color="red" onClick={() => mark.mutate(false)} loading={mark.isPending}>
                {t('web.handover.unmark')}
              </Button>
            )}
            <Button onClick={() => mark.mutate(true)} loading={mark.isPending}>
              {t('web.handover.markPaper')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The handover documents the regulations in force require; each can be uploaded or recorded as delivered on paper. */
export function HandoverChecklist({ app }: { app: Application }) {
  const t = useT();
  const client = useQueryClient();
  // one upload at a time, each with an idempotency key: a double click stores one document
  const upload = useSubmitMutation({
    mutationFn: ({ code, file }: { code: string; file: File }, submission) => api.upload<Application>(`/applications/${app.id}/handover/${code}/file`, file, undefined, {}, submission),
    releasesLeaveGuards: false,
    onSuccess: (saved) => client.setQueryData(['/applications', app.id], saved),
  });
  const editable = app.abilities.update && app.status === 'active';
  const delivered = app.handover.filter((i) => i.required && i.delivered).length;
  const required = app.handover.filter((i) => i.required).length;

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('web.handover.progress', { delivered, required })}
      </Text>
      <FormError error={upload.error} />
      <ScrollTable minWidth={700}>
        <Table data-testid="handover">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('web.handover.document')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('web.handover.file')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {app.handover.map((item) => (
              <Table.Tr key={item.code}>
                <Table.Td>
                  {t(`applications.handover.${item.code}`)}
                  {!item.required && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('web.handover.optional')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={item.delivered ? 'teal' : 'orange'} variant="light">
                    {item.delivered ? t('applications.handover.delivered') : t('applications.handover.missing')}
                  </Badge>
                  {item.deliveredAt && (
                    <Text size="xs" c="dimmed">
                      {formatDate(item.deliveredAt)}
                      {item.note ? ` · ${item.note}` : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {item.file && (
                    <Button size="compact-sm" variant="subtle" onClick={() => downloadFile(`/applications/${app.id}/handover/${item.code}/file`)}>
                      {item.file.fileName}
                    </Button>
                  )}
                </Table.Td>
                <Table.Td>
                  {editable && (
                    <Group gap="xs">
                      <FileButton onChange={(file) => file && upload.submit({ code: item.code, file })} accept=".pdf,.docx,.xlsx,.zip,.png,.jpg,.jpeg">
                        {(props) => (
                          <Button size="compact-sm" variant="light" loading={upload.isPending && upload.variables?.code === item.code} {...props}>
                            {t('applications.handover.upload')}
                          </Button>
                        )}
                      </FileButton>
                      <PaperDeliveryButton app={app} item={item} />
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
