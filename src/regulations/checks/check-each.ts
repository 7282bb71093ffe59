import type { CheckResult, Finding } from '../types';

/** Every record must satisfy a rule; the ones that do are evidence, the rest are missing. */
export function checkEach<T>(
  records: readonly T[],
  isMet: (record: T) => boolean,
  describe: (record: T, met: boolean) => Finding,
  remedyKey: string,
): CheckResult {
  const missing = records.filter((r) => !isMet(r)).map((r) => describe(r, false));
  if (missing.length > 0) return { status: 'not_met', missing, remedyKey };
  return { status: 'met', evidence: records.map((r) => describe(r, true)) };
}
