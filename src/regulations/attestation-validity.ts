import { addMonths } from './checks/dates';
import type { Cadence } from './types';

/**
 * Why an attestation lasts as long as it does: the obligation's own cadence, "once" (no
 * expiry), or Simpul's reading where the text sets no period (shown as an interpretation).
 */
export type ValidityBasis = 'cadence' | 'once' | 'interpretation';

/** Where the text sets no period, Simpul asks for a new statement every year. */
export const interpretedValidityMonths = 12;

export interface AttestationValidity {
  basis: ValidityBasis;
  /** null: the attestation does not expire */
  months: number | null;
}

/** every N months → N months; once → no expiry; no cadence (or a deadline after an event) → 12 months. */
export function attestationValidity(cadence: Cadence | undefined): AttestationValidity {
  if (cadence?.kind === 'every') return { basis: 'cadence', months: cadence.months };
  if (cadence?.kind === 'once') return { basis: 'once', months: null };
  return { basis: 'interpretation', months: interpretedValidityMonths };
}

/** The last day the statement made on `attestedOn` stands, or null when it never expires. */
export function attestationValidUntil(attestedOn: string, cadence: Cadence | undefined): string | null {
  const { months } = attestationValidity(cadence);
  return months === null ? null : addMonths(attestedOn, months);
}
