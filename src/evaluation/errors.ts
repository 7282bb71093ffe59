/**
 * The one error the evaluation rules raise for bad input. `code` is stable and has a message
 * in the i18n namespace `evaluation` under `error.<code>`; `params` fill its placeholders.
 */
export const evaluationErrorCodes = [
  'EVALUATION_LEVELS_INCOMPLETE',
  'EVALUATION_LEVEL_INVALID',
  'EVALUATION_UNKNOWN_INDICATOR',
  'EVALUATION_YEARS_OUT_OF_ORDER',
] as const;

export type EvaluationErrorCode = (typeof evaluationErrorCodes)[number];

export class EvaluationError extends Error {
  constructor(
    readonly code: EvaluationErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'EvaluationError';
  }
}
