import { Badge } from '@mantine/core';
import type { ComplianceStatus } from '../../shared/compliance';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';

const colors: Record<z.infer<typeof ComplianceStatus>, string> = {
  met: 'teal',
  attested: 'cyan',
  structure_in_place: 'indigo',
  not_met: 'red',
  due_soon: 'yellow',
  not_applicable: 'dark',
  not_measurable: 'gray',
};

export function StatusBadge({ status }: { status: z.infer<typeof ComplianceStatus> }) {
  const t = useT();
  return (
    <Badge color={colors[status]} variant="light" data-status={status}>
      {t(`compliance-ui.status.${status}`)}
    </Badge>
  );
}

export function StatusCountBadges({ counts }: { counts: Record<z.infer<typeof ComplianceStatus>, number> }) {
  const t = useT();
  return (
    <>
      {(Object.keys(colors) as z.infer<typeof ComplianceStatus>[]).map((s) =>
        counts[s] > 0 ? (
          <Badge key={s} color={colors[s]} variant="outline" size="sm">
            {t(`compliance-ui.status.${s}`)}: {counts[s]}
          </Badge>
        ) : null,
      )}
    </>
  );
}
