import { Button } from '@mantine/core';
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { downloadFile, type QueryParams } from '../api/client';
import { formErrorOf } from './form-errors';
import { useT } from '../i18n/i18n';

/** Downloads `<path>` (an /export endpoint) with the list's current filters. */
export function ExportButton({ path, params }: { path: string; params?: QueryParams }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      await downloadFile(path, params);
    } catch (err) {
      notifications.show({ color: 'red', message: formErrorOf(err, t) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button variant="default" onClick={run} loading={busy}>
      {t('common.export')}
    </Button>
  );
}
