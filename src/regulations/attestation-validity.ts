import { addMonths } from './checks/dates';
import { effectiveCadence } from './effective-cadence';
import type { Cadence, ProfileParams } from './types';

/**
 * Why an attestation lasts as long as it does: the obligation's own cadence, "once" (no
 * expiry), or the tenant's reading where the text sets no period (shown as an interpretation).
 */
export type ValidityBasis = 'cadence' | 'once' | 'interpretation';

export interface AttestationValidity {
  basis: ValidityBasis;
  /** null: the attestation does not expire */
  months: number | null;
}

/**
 * every N months → N months (the binding cadence: the resolved audit cadence, or the tenant's
 * reading of "secara periodik", which is an interpretation); once → no expiry; no cadence (or a
 * deadline after an event) → the tenant's reading of a period the text does not name (12 months
 * unless the administrator set another, periodic-reading.ts), an interpretation too.
 */
export function attestationValidity(cadence: Cadence | undefined, params: ProfileParams): AttestationValidity {
  const binding = effectiveCadence(cadence, params);
  if (binding?.kind === 'every') return { basis: binding.periodic ? 'interpretation' : 'cadence', months: binding.months };
  if (cadence?.kind === 'once') return { basis: 'once', months: null };
  return { basis: 'interpretation', months: params.periodicReadingMonths };
}

/** The last day the statement made on `attestedOn` stands, or null when it never expires. */
export function attestationValidUntil(attestedOn: string, cadence: Cadence | undefined, params: ProfileParams): string | null {
  const { months } = attestationValidity(cadence, params);
  return months === null ? null : addMonths(attestedOn, months);
}
