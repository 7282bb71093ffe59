import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ObligationDetail } from '../../shared/compliance';
import { api } from '../api/client';
import { FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useLeaveGuard } from '../components/leave-guard';

/**
 * For a "registry empty" answer: the responsible person (ICT office admin, Sekda) declares,
 * dated and in their name, that there is nothing to register. The server records and audits it.
 */
export function DeclareEmptyRegistry({ obligation }: { obligation: ObligationDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  useLeaveGuard(note, '');
  const empty = obligation.emptyRegistry;
  const declare = useMutation({
    mutationFn: () => api.post('/compliance/empty-registry-declarations', { registry: empty?.registry, note, obligationId: obligation.id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['/compliance/obligations'] }),
  });
  if (!empty?.canDeclare) return null;
  return (
    <Paper withBorder p="md" data-testid="declare-empty-registry">
      <Stack gap="xs">
        <Title order={5}>{t('compliance-ui.declare.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('compliance-ui.declare.help')}
        </Text>
        <Textarea label={t('compliance-ui.declare.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
        {declare.error && <FormError error={declare.error} />}
        <Button onClick={() => declare.mutate()} loading={declare.isPending} disabled={declare.isPending} w="fit-content">
          {t('compliance-ui.declare.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
