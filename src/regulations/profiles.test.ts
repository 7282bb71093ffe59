import { describe, expect, it } from 'vitest';
import { regulationsInForce, resolveParams, type RegulationProfile } from './profiles';
import { dumaiProfile, jambiProfile } from './testing/profiles';

describe('regulation profiles', () => {
  it('Dumai 67/2022 Ps 34: 18/2019 binds until 30 June 2022 and stops when 67/2022 starts, without an end date', () => {
    expect(regulationsInForce(dumaiProfile, '2019-04-28')).toEqual([]);
    expect(regulationsInForce(dumaiProfile, '2019-04-29')).toEqual(['dumai-18-2019']);
    expect(regulationsInForce(dumaiProfile, '2022-06-30')).toEqual(['dumai-18-2019']);
    expect(regulationsInForce(dumaiProfile, '2022-07-01')).toEqual(['dumai-67-2022']);
  });

  it('Dumai 18/2019 Ps 24: an explicit end date is inclusive', () => {
    const profile: RegulationProfile = {
      entries: [{ regulation: 'dumai-18-2019', effectiveFrom: '2019-04-29', effectiveUntil: '2020-12-31' }],
      cityDomain: 'dumaikota.go.id',
    };
    expect(regulationsInForce(profile, '2020-12-31T23:00:00Z')).toEqual(['dumai-18-2019']);
    expect(regulationsInForce(profile, '2021-01-01')).toEqual([]);
  });

  it('Dumai 18/2019 Ps 13(3), 13(5): the stages and handover documents follow the regulation in force', () => {
    const before = resolveParams(dumaiProfile, '2022-06-30');
    expect(before.sdlcStages[0]).toBe('requirements_analysis');
    expect(before.requiredHandoverDocuments).toEqual(['source_code', 'sdlc_architecture', 'security_test_report', 'operation_manual']);
    expect(before.cityDomain).toBe('dumaikota.go.id');
    const after = resolveParams(dumaiProfile, '2022-07-01');
    expect(after.sdlcStages[0]).toBe('needs_study');
    expect(after.requiredHandoverDocuments).toEqual(['source_code', 'user_manual']);
  });

  it('Jambi 10/2017 Ps 17(2): Jambi names no SDLC stages, so the default list applies; its ten documents are required', () => {
    const params = resolveParams(jambiProfile, '2024-01-01');
    expect(params.sdlcStages).toEqual(['planning', 'development', 'testing', 'production', 'maintenance']);
    expect(params.requiredHandoverDocuments).toHaveLength(10);
    expect(params.requiredHandoverDocuments).toContain('troubleshooting');
  });

  it('Palu 14/2022 Ps 48: the audit cadence is the stricter of the regulations in force, and overrides win', () => {
    const profile: RegulationProfile = {
      entries: [
        { regulation: 'palu-14-2022', effectiveFrom: '2022-01-01', effectiveUntil: null },
        { regulation: 'jambi-10-2017', effectiveFrom: '2017-03-27', effectiveUntil: null },
      ],
      cityDomain: 'palukota.go.id',
      overrides: { cityDomain: 'palu.go.id' },
    };
    const table = {
      'palu-14-2022': { auditCadenceMonths: { application: 24, security: 12 } },
      'jambi-10-2017': { auditCadenceMonths: { application: 12 } },
    };
    const params = resolveParams(profile, '2024-01-01', table);
    expect(params.auditCadenceMonths).toEqual({ application: 12, security: 12 });
    expect(params.cityDomain).toBe('palu.go.id');
  });
});
