import { Card, Group, Select, Slider, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { useI18n, useT } from '../i18n/i18n';
import { formatIndex } from '../../shared/format-index';
import { UncertainMark } from './uncertain-mark';
import type { Results, WhatIf } from './api';

/** "Indicator 13 to level 4 raises the index by …": nothing is saved. */
export function WhatIfPanel({ results }: { results: Results }) {
  const t = useT();
  const { locale } = useI18n();
  // start from the top priority, one level up: the change that gains most
  const [indicator, setIndicator] = useState(String(results.priorities[0]?.indicator ?? 1));
  const current = results.indicators.find((i) => String(i.number) === indicator);
  const [level, setLevel] = useState<number | null>(results.priorities[0]?.nextLevel ?? null);
  const target = level ?? current?.finalLevel ?? 1;
  const answer = useQuery({
    queryKey: ['/evaluations', results.cycleId, 'what-if', indicator, target],
    queryFn: () => api.post<WhatIf>(`/evaluations/${results.cycleId}/what-if`, { changes: { [indicator]: target } }),
  });
  const delta = answer.data?.delta.exact ?? 0;
  return (
    <Card withBorder data-testid="what-if">
      <Stack gap="xs">
        <Text fw={600}>{t('evaluation.whatIf.title')}</Text>
        <Group align="flex-end">
          <Select
            label={t('evaluation.label.indicator')}
            data={results.indicators.map((i) => ({ value: String(i.number), label: `${i.number} (${i.code})` }))}
            value={indicator}
            onChange={(v) => {
              setIndicator(v ?? indicator);
              setLevel(null);
            }}
            w={200}
            searchable
          />
          <Stack gap={4} w={260}>
            <Text size="sm">{t('evaluation.label.levelValue', { level: target })}</Text>
            <Slider thumbLabel={t('evaluation.label.levelValue', { level: target })} min={1} max={5} step={1} marks={[1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) }))} value={target} onChange={setLevel} />
          </Stack>
        </Group>
        {answer.data && (
          <Text mt="md" data-testid="what-if-answer">
            {delta >= 0
              ? t('evaluation.whatIf.summaryRaise', { indicator, level: target, delta: formatIndex(delta, locale, 3) })
              : t('evaluation.whatIf.summaryLower', { indicator, level: target, delta: formatIndex(-delta, locale, 3) })}{' '}
            {answer.data.before.predicate.key !== answer.data.after.predicate.key &&
              t('evaluation.whatIf.predicateChange', { before: t(`evaluation.predicate.${answer.data.before.predicate.key}`), after: t(`evaluation.predicate.${answer.data.after.predicate.key}`) })}{' '}
            <UncertainMark uncertain={results.uncertain.index ?? results.uncertain.framework} />{' '}
            <UncertainMark uncertain={results.indicators.find((i) => i.number === Number(indicator))?.uncertain ?? null} />
          </Text>
        )}
      </Stack>
    </Card>
  );
}
