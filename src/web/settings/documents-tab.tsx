import { Stack } from '@mantine/core';
import { LetterheadPanel } from './letterhead-panel';
import { CertificatePanel } from './certificate-panel';

/** What the issued letters and PDF reports carry: the letterhead and the signing certificate. */
export function DocumentsTab() {
  return (
    <Stack>
      <LetterheadPanel />
      <CertificatePanel />
    </Stack>
  );
}
