import { Stack, Text, Timeline } from '@mantine/core';
import { useT } from '../i18n/i18n';
import { formatDateTime } from '../i18n/format-date';
import type { Indicator } from './api';

const colors = { submitted: 'blue', returned: 'red', verified: 'teal' } as const;

/** The indicator's exchanges between the agency and the assessors, oldest first. */
export function ExchangeTimeline({ indicator }: { indicator: Indicator }) {
  const t = useT();
  return (
    <Stack gap="xs" data-testid="exchanges">
      <Text fw={600}>{t('evaluations.ui.exchanges')}</Text>
      {indicator.exchanges.length === 0 ? (
        <Text size="sm" c="dimmed">{t('evaluations.ui.noExchanges')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {indicator.exchanges.map((x) => (
            <Timeline.Item key={x.id} color={colors[x.kind]} title={t(`evaluations.ui.exchange.${x.kind}`, { level: x.level ?? '–', name: x.userName })} data-exchange={x.kind}>
              {x.note && <Text size="sm">{x.note}</Text>}
              <Text size="xs" c="dimmed">{formatDateTime(x.at)}</Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
