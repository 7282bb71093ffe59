import { Loader, Stack, Text } from '@mantine/core';
import { FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { useAttestationQueue } from './api';
import { AttestationCard } from './attestation-card';

/** The Inspectorate's queue: "Pernyataan menunggu verifikasi", each to accept or return with a note. */
export function AttestationQueuePage() {
  const t = useT();
  const { data, error } = useAttestationQueue();
  if (error) return <FormError error={error} />;
  if (!data) return <Loader size="sm" />;
  return (
    <Stack>
      <PageHeader title={t('attestations.queue.title')} />
      {data.items.length === 0 && <Text c="dimmed">{t('attestations.queue.empty')}</Text>}
      {data.items.map((a) => (
        <AttestationCard key={a.id} attestation={a} showObligation />
      ))}
    </Stack>
  );
}
