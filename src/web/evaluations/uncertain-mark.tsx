import { Badge, Tooltip } from '@mantine/core';
import { useI18n, useT } from '../i18n/i18n';
import type { Indicator } from './api';

/** The framework data's own "not certain" mark (PermenPANRB 8/2026 from secondary sources), with the reason. */
export function UncertainMark({ uncertain }: { uncertain: Indicator['uncertain'] }) {
  const t = useT();
  const { locale } = useI18n();
  if (!uncertain) return null;
  const fields = uncertain.fields?.map((f) => t(`evaluation.uncertain.field.${f}`)).join(', ');
  const label = [t('evaluation.uncertain.tooltip', { reason: uncertain.reason[locale] }), fields ? t('evaluation.uncertain.fields', { fields }) : '', t(`evaluation.uncertain.confidence.${uncertain.confidence}`)]
    .filter(Boolean)
    .join(' ');
  return (
    <Tooltip label={label} multiline w={360}>
      <Badge color="orange" variant="light" size="sm" data-testid="uncertain">
        {t('evaluation.uncertain.label')} ({uncertain.confidence})
      </Badge>
    </Tooltip>
  );
}
