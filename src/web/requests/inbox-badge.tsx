import { Badge } from '@mantine/core';
import { useInboxCounts } from './api';

/** Beside "Permohonan" in the navbar: how many requests await my step. */
export function InboxBadge() {
  const { data } = useInboxCounts();
  if (!data || data.toAct === 0) return null;
  return (
    <Badge size="sm" circle data-testid="inbox-badge">
      {data.toAct}
    </Badge>
  );
}
