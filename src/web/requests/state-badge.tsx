import { Badge, Group } from '@mantine/core';
import { useT } from '../i18n/i18n';

const colors: Record<string, string> = { draft: 'gray', submitted: 'blue', recommended: 'indigo', returned: 'orange', approved: 'teal', rejected: 'red', withdrawn: 'gray' };

export function StateBadge({ state, overdue }: { state: string; overdue: boolean }) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={colors[state] ?? 'blue'} variant="light" data-testid="request-state">
        {t(`requests.state.${state}`)}
      </Badge>
      {overdue && (
        <Badge color="red" variant="filled">
          {t('requests.status.overdue')}
        </Badge>
      )}
    </Group>
  );
}
