import { Alert, Checkbox, Stack, Textarea } from '@mantine/core';
import { ApiError } from '../api/client';
import { useT } from '../i18n/i18n';
import type { ApplicationValues } from './api';

export type JustificationPath = 'duplicateJustification' | 'specificConditions';

const duplicateCodes = new Set(['APPLICATION_DUPLICATE_FUNCTION', 'APPLICATION_COMMON_EXISTS']);

/** Which justification a 409 from the duplicate rules asks for (the field the server names). */
export function justificationAskedBy(error: unknown): JustificationPath | null {
  if (!(error instanceof ApiError) || error.status !== 409 || !duplicateCodes.has(error.code)) return null;
  if ('specificConditions' in error.fields) return 'specificConditions';
  return 'duplicateJustification';
}

type Conditions = NonNullable<ApplicationValues['specificConditions']>;
const conditionKeys: (keyof Conditions)[] = ['operatedBeforeCommon', 'costBenefitStudy', 'alignedWithCommonProcess', 'ministerConsidered'];
export const noConditions: Conditions = { operatedBeforeCommon: false, costBenefitStudy: false, alignedWithCommonProcess: false, ministerConsidered: false };

interface Props {
  path: JustificationPath;
  /** the server's message (why the rule stopped the registration), shown above the fields */
  message: string | null;
  values: ApplicationValues;
  set: <K extends keyof ApplicationValues>(key: K, value: ApplicationValues[K]) => void;
  error?: string;
}

/**
 * Dumai 18/2019 Ps 14(2) and Dumai 67/2022 Ps 18(7): a written justification; Palu 14/2022
 * Ps 29(4) huruf a–d: the four conditions, all recorded. The user fills them and saves again.
 */
export function DuplicateRulePanel({ path, message, values, set, error }: Props) {
  const t = useT();
  const conditions = values.specificConditions ?? noConditions;
  return (
    <Stack gap="xs" data-testid="duplicate-rule">
      {message && (
        <Alert color="orange" role="alert">
          {message}
        </Alert>
      )}
      {path === 'duplicateJustification' ? (
        <Textarea
          label={t('applications.field.duplicateJustification')}
          description={t('web.applications.justificationHint')}
          autosize
          minRows={3}
          value={values.duplicateJustification ?? ''}
          onChange={(e) => set('duplicateJustification', e.currentTarget.value)}
          error={error}
        />
      ) : (
        <Checkbox.Group label={t('applications.field.specificConditions')} error={error}>
          <Stack gap={6} mt={6}>
            {conditionKeys.map((key) => (
              <Checkbox
                key={key}
                label={t(`applications.condition.${key}`)}
                checked={conditions[key]}
                onChange={(e) => set('specificConditions', { ...conditions, [key]: e.currentTarget.checked })}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
