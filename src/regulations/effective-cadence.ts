import type { Cadence, ProfileParams } from './types';

/**
 * The cadence that binds on the date: an audit cadence is the profile's resolved one
 * (regulation-params.ts, the stricter of the regulations in force, e.g. yearly under Dumai
 * 67/2022 Lampiran I huruf I over the 2 years of its Ps 31(3)); a "secara periodik" one is the
 * tenant's reading (periodic-reading.ts); any other is the article's.
 */
export function effectiveCadence(cadence: Cadence | undefined, params: ProfileParams): Cadence | undefined {
  if (cadence?.kind !== 'every') return cadence;
  if (cadence.periodic) return { ...cadence, months: params.periodicReadingMonths };
  if (!cadence.auditScopes) return cadence;
  const resolved = cadence.auditScopes.map((s) => params.auditCadenceMonths[s]).filter((m): m is number => m !== undefined);
  return resolved.length === 0 ? cadence : { ...cadence, months: Math.min(...resolved) };
}
