import { describe, expect, it } from 'vitest';
import { findObligation } from './catalogue';
import { effectiveCadence } from './effective-cadence';
import { resolveParams } from './profiles';
import { regulationParams } from './regulation-params';
import { dumaiProfile } from './testing/profiles';

describe('resolved audit cadence is what the audit obligations use', () => {
  const weaker = findObligation('dumai-67-2022/31-3')!;

  it('Dumai 67/2022 Ps 31(3) vs Lampiran I huruf I: the 2-year article binds yearly, the stricter cadence the profile resolves', () => {
    const params = resolveParams(dumaiProfile, '2024-01-15');
    expect(weaker.cadence).toMatchObject({ months: 24 });
    expect(effectiveCadence(weaker.cadence, params)).toMatchObject({ months: 12 });
  });

  it('change the parameter, the result changes', () => {
    const table = { ...regulationParams, 'dumai-67-2022': { auditCadenceMonths: { infrastructure: 6, application: 12, security: 12 } } };
    expect(effectiveCadence(weaker.cadence, resolveParams(dumaiProfile, '2024-01-15', table))).toMatchObject({ months: 6 });
    const none = { ...regulationParams, 'dumai-67-2022': {} };
    expect(effectiveCadence(weaker.cadence, resolveParams(dumaiProfile, '2024-01-15', none))).toMatchObject({ months: 24 });
  });

  it('Palu 14/2022 Ps 47(1): an audit obligation of one scope reads that scope only', () => {
    const palu = { entries: [{ regulation: 'palu-14-2022' as const, effectiveFrom: '2022-01-01', effectiveUntil: null }], cityDomain: 'palukota.go.id' };
    const table = { ...regulationParams, 'palu-14-2022': { auditCadenceMonths: { infrastructure: 18, application: 24, security: 24 } } };
    const params = resolveParams(palu, '2024-01-15', table);
    expect(effectiveCadence(findObligation('palu-14-2022/47-1')!.cadence, params)).toMatchObject({ months: 18 });
    expect(effectiveCadence(findObligation('palu-14-2022/48-3')!.cadence, params)).toMatchObject({ months: 24 });
  });
});
