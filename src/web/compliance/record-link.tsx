import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { FindingView } from '../../shared/compliance';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';

type Finding = z.infer<typeof FindingView>;

/** Where a finding's record is shown; handover findings open the application's checklist. */
function findRecordPath(finding: Finding): string | null {
  if (!finding.recordId) return null;
  switch (finding.recordType) {
    case 'application':
      return `/applications/${finding.recordId}${finding.kind === 'compliance.handoverMissing' ? '?tab=handover' : ''}`;
    case 'agency':
      return `/agencies/${finding.recordId}`;
    default:
      return null;
  }
}

export function RecordLink({ finding }: { finding: Finding }) {
  const t = useT();
  const path = findRecordPath(finding);
  if (!path) return null;
  return (
    <Anchor component={Link} to={path} size="sm" data-testid="record-link">
      {t('compliance-ui.openRecord')}
    </Anchor>
  );
}
