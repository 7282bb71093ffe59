import { Alert } from '@mantine/core';
import { useT } from '../i18n/i18n';

/** The confirmation under a form once the server accepted it. */
export function SavedNotice({ show, message }: { show: boolean; message?: string }) {
  const t = useT();
  if (!show) return null;
  return (
    <Alert color="green" role="status" data-testid="saved">
      {message ?? t('settings.saved')}
    </Alert>
  );
}
