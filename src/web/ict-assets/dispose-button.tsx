import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { DateField } from '../components/date-field';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { todayIso } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { assetName, type IctAsset } from './api';

/** Penghapusan (Palu 14/2022 Ps 41(2)): the day and the reason; the record stays, marked disposed. */
export function DisposeButton({ asset, onDone }: { asset: IctAsset; onDone: () => void }) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [disposedOn, setDisposedOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const dispose = useMutation({
    mutationFn: () => api.post(`/ict-assets/${asset.id}/dispose`, { disposedOn, reason }),
    onSuccess: () => {
      close();
      onDone();
    },
  });
  const errors = fieldErrorsOf(dispose.error, t);
  return (
    <>
      <Button color="red" variant="light" onClick={open}>
        {t('ictAssets.dispose')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('ictAssets.disposeTitle', { name: assetName(asset) })} centered>
        <Stack>
          <FormError error={dispose.error} />
          <DateField label={t('ictAssets.field.disposedOn')} required min={asset.acquiredOn} max={todayIso()} value={disposedOn} onChange={setDisposedOn} {...errorProp(errors, 'disposedOn')} />
          <Textarea label={t('ictAssets.field.disposalReason')} required autosize minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} {...errorProp(errors, 'reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => dispose.mutate()} loading={dispose.isPending} disabled={reason.trim().length < 3 || !disposedOn}>
              {t('ictAssets.dispose')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
