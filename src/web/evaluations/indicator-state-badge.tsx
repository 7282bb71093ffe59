import { Badge } from '@mantine/core';
import type { IndicatorState } from '../../shared/evaluations';
import { useT } from '../i18n/i18n';

const colors: Record<IndicatorState, string> = { unassigned: 'gray', assigned: 'gray', draft: 'yellow', submitted: 'blue', returned: 'red', verified: 'teal' };

/** Where an indicator stands between the agency and the assessors. */
export function IndicatorStateBadge({ state }: { state: IndicatorState }) {
  const t = useT();
  return (
    <Badge color={colors[state]} variant="light" data-testid="indicator-state" data-state={state}>
      {t(`evaluations.ui.state.${state}`)}
    </Badge>
  );
}
