import { Button } from '@mantine/core';
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { downloadFile } from '../api/client';
import { formErrorOf } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { DateField } from '../components/date-field';

/** The "as of" date picker (empty = today); the regulations in force follow the date. */
export function AsOfInput({ date, onChange }: { date: string; onChange: (date: string) => void }) {
  const t = useT();
  return <DateField label={t('compliance-ui.asOf')} value={date} onChange={onChange} w={180} />;
}

/** Excel and PDF exports of the evaluation on the date shown. */
export function ComplianceExportButtons({ date }: { date: string }) {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  async function run(format: 'xlsx' | 'pdf') {
    setBusy(format);
    try {
      await downloadFile(`/compliance/export/${format}`, { date });
    } catch (err) {
      notifications.show({ color: 'red', message: formErrorOf(err, t) });
    } finally {
      setBusy(null);
    }
  }
  return (
    <>
      <Button variant="default" onClick={() => run('xlsx')} loading={busy === 'xlsx'}>
        {t('compliance-ui.exportExcel')}
      </Button>
      <Button variant="default" onClick={() => run('pdf')} loading={busy === 'pdf'}>
        {t('compliance-ui.exportPdf')}
      </Button>
    </>
  );
}
