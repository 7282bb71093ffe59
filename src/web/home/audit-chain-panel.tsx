import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../i18n/i18n';
import { useAuditVerification } from './api';
import { Panel } from './panel';

/** Recomputes the audit hash chain when shown (the same check as `simpul audit verify`). */
export function AuditChainPanel() {
  const t = useT();
  const client = useQueryClient();
  const check = useAuditVerification(true);
  return (
    <Panel id="auditChain" title={t('home.panel.auditChain')} seeAll="/audit">
      {check.isFetching && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('home.audit.checking')}</Text>
        </Group>
      )}
      {!check.isFetching && check.isError && <Alert color="red">{t('home.audit.error')}</Alert>}
      {!check.isFetching && check.data && (
        <Alert color={check.data.intact ? 'teal' : 'red'} data-testid="audit-chain-status">
          {check.data.intact ? t('home.audit.intact', { entries: check.data.entries }) : t('home.audit.broken', { seq: check.data.brokenAt?.seq ?? '' })}
        </Alert>
      )}
      <Group>
        <Button variant="light" size="xs" disabled={check.isFetching} onClick={() => client.invalidateQueries({ queryKey: ['/audit/verify'] })}>
          {t('home.audit.recheck')}
        </Button>
      </Group>
    </Panel>
  );
}
