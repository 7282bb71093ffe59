import { Anchor, Badge, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Home } from './api';
import { formatIndex } from '../../shared/format-index';
import { useI18n } from '../i18n/i18n';
import { EmptyLine, Panel, PanelItem } from './panel';
import { LazyIndexBarChart } from './lazy-charts';
import { UncertainMark } from '../evaluations/uncertain-mark';

/** The index and predicate of the last cycles, as a chart and a table (the chart's text alternative). */
export function IndexPanel({ index }: { index: NonNullable<Home['evaluationIndex']> }) {
  const { t, locale } = useI18n();
  return (
    <Panel id="evaluationIndex" title={t('home.panel.evaluationIndex')} seeAll="/evaluations" total={index.cycles.length}>
      {index.cycles.length === 0 ? (
        <EmptyLine text={t('home.index.none')} />
      ) : (
        <>
          <LazyIndexBarChart label={t('home.index.chartLabel')} bars={index.cycles.map((c) => ({ label: String(c.year), value: c.index }))} locale={locale} />
          <Table fz="sm" verticalSpacing={4} data-testid="home-chart-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('home.index.column.year')}</Table.Th>
                <Table.Th ta="right">{t('home.index.column.index')}</Table.Th>
                <Table.Th>{t('home.index.column.predicate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {index.cycles.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/evaluations/${c.id}/results`} size="sm">
                      {c.year}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{formatIndex(c.index, locale)}</Table.Td>
                  <Table.Td>
                    {t(`evaluation.predicate.${c.predicate}`)}
                    {!c.complete && (
                      <Text span size="xs" c="gray.7">
                        {' '}
                        ({t('home.index.provisional')})
                      </Text>
                    )}{' '}
                    <UncertainMark uncertain={c.uncertain} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Panel>
  );
}

/** Dumai 67/2022 Ps 33: how far the year's cycle has come, indicator by indicator. */
export function ProgressPanel({ progress }: { progress: Home['evaluationProgress'] }) {
  const { t } = useI18n();
  if (!progress) {
    return (
      <Panel id="evaluationProgress" title={t('home.panel.evaluation')} seeAll="/evaluations">
        <EmptyLine text={t('home.progress.none')} />
      </Panel>
    );
  }
  const { total } = progress.progress;
  const steps = [
    { key: 'assigned', count: progress.progress.assigned },
    { key: 'selfAssessed', count: progress.progress.selfAssessed },
    { key: 'verified', count: progress.progress.verified },
  ] as const;
  return (
    <Panel id="evaluationProgress" title={t('home.panel.evaluationProgress', { year: progress.year })} seeAll={`/evaluations/${progress.id}`}>
      {steps.map((s) => (
        <Stack key={s.key} gap={2}>
          <Text size="sm">
            {t(`home.progress.${s.key}`)}: {t('home.progress.ofTotal', { count: s.count, total })}
          </Text>
          <Progress value={total ? (100 * s.count) / total : 0} aria-label={`${t(`home.progress.${s.key}`)}: ${t('home.progress.ofTotal', { count: s.count, total })}`} />
        </Stack>
      ))}
    </Panel>
  );
}

type Indicators = NonNullable<Home['indicatorsToFill']>;

/** The indicators to answer (agency) or to verify (assessor), each a link to its page. */
export function IndicatorsPanel({ id, indicators, mode }: { id: string; indicators: Indicators | null; mode: 'fill' | 'verify' }) {
  const { t } = useI18n();
  const title = (year: number) => t(mode === 'fill' ? 'home.panel.indicatorsToFill' : 'home.panel.verificationsWaiting', { year });
  if (!indicators) {
    return (
      <Panel id={id} title={t('home.panel.evaluation')} seeAll="/evaluations">
        <EmptyLine text={t('home.progress.none')} />
      </Panel>
    );
  }
  return (
    <Panel id={id} title={title(indicators.year)} seeAll={`/evaluations/${indicators.cycleId}`} total={indicators.total}>
      <Text size="sm">{mode === 'fill' ? t('home.indicators.done', { done: indicators.done, total: indicators.total }) : t('home.indicators.verified', { done: indicators.done, total: indicators.total })}</Text>
      {indicators.items.length === 0 && <EmptyLine />}
      {indicators.items.map((i) => (
        <PanelItem
          key={i.number}
          to={`/evaluations/${indicators.cycleId}/indicators/${i.number}`}
          label={`${i.code} · ${i.name}`}
          detail={[i.agencyName, i.selfLevel === null ? t('home.indicators.unanswered') : t('home.indicators.level', { level: i.selfLevel })].filter(Boolean).join(' · ')}
          badge={
            mode === 'verify' || i.uncertain ? (
              <>
                {mode === 'verify' && (
                  <Badge variant="light" color={i.canAct ? 'blue' : 'gray'}>
                    {t(i.canAct ? 'home.indicators.canVerify' : 'home.indicators.notAssessor')}
                  </Badge>
                )}
                <UncertainMark uncertain={i.uncertain} />
              </>
            ) : undefined
          }
        />
      ))}
    </Panel>
  );
}
