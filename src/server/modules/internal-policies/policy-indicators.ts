import { internalPolicies } from '../../../regulations/dumai-67-2022/internal-policies';

/**
 * PermenPANRB 59/2020 Tabel 9: indicators 1–10 are the maturity of the internal policies on
 * architecture, roadmap, data management, application development, data centre, intranet,
 * service-connection system, information security management, ICT audit and coordination
 * team: the ten of Dumai 67/2022 Lampiran BAB II.A–J, in the same order.
 */
export function indicatorForPolicy(code: string): number | null {
  const position = internalPolicies.findIndex((p) => p.code === code);
  return position < 0 ? null : position + 1;
}

export function policyForIndicator(frameworkId: string, indicator: number): string | null {
  if (frameworkId !== 'permenpanrb-59-2020') return null;
  return internalPolicies[indicator - 1]?.code ?? null;
}
