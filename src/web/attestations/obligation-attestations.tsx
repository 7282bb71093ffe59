import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ObligationDetail } from '../../shared/compliance';
import { useT } from '../i18n/i18n';
import { useObligationAttestations } from './api';
import { AttestationCard } from './attestation-card';
import { AttestationForm } from './attestation-form';

/** The obligation page's attestations: "Buat pernyataan" for the bound party, and the history. */
export function ObligationAttestations({ obligation }: { obligation: ObligationDetail }) {
  const t = useT();
  const { data } = useObligationAttestations(obligation.id);
  if (!data) return <Loader size="sm" />;
  return (
    <Stack data-testid="attestations">
      <Group justify="space-between">
        <Title order={4}>{t('attestations.history')}</Title>
        {obligation.inForce && obligation.attestable && <AttestationForm obligation={obligation} parties={data.parties} />}
      </Group>
      {data.parties.length === 0 && obligation.attestable && <Text size="sm" c="dimmed">{t('attestations.noParty')}</Text>}
      {data.items.length === 0 && <Text size="sm" c="dimmed">{t('attestations.none')}</Text>}
      {data.items.map((a) => (
        <AttestationCard key={a.id} attestation={a} />
      ))}
    </Stack>
  );
}
