import { describe, expect, it } from 'vitest';
import { findRequestType, listRequestTypes, requestTypes } from './index';
import { deriveRequestTypeParams } from './params';

describe('request type parameters from the regulation profile', () => {
  it('Palu 14/2022 Ps 9(8): under Palu the data steward agency recommends', () => {
    const params = deriveRequestTypeParams(['palu-14-2022'], 'palukota.go.id');
    expect(params.dataAccessRecommender).toBe('data_steward');
    const def = findRequestType('data_access', params);
    const recommend = def?.transitions.find((t) => t.name === 'recommend');
    expect(recommend?.actor).toEqual({ kind: 'steward_agency', roles: ['agency_head'] });
  });

  it('Dumai 18/2019 Ps 12(3): under Dumai 18/2019 the ICT office recommends', () => {
    const params = deriveRequestTypeParams(['dumai-18-2019'], 'dumaikota.go.id');
    const recommend = findRequestType('data_access', params)?.transitions.find((t) => t.name === 'recommend');
    expect(recommend?.actor).toEqual({ kind: 'special_agency', specialRole: 'ict_office', roles: ['agency_head'] });
  });

  it('Jambi 10/2017 Ps 10(4): under Jambi the subdomain approval records the decree', () => {
    expect(deriveRequestTypeParams(['jambi-10-2017'], 'jambikota.go.id').subdomainDecreeRequired).toBe(true);
    expect(deriveRequestTypeParams(['palu-14-2022'], 'palukota.go.id').subdomainDecreeRequired).toBe(false);
  });

  it('Dumai 18/2019 Ps 12(1): the confidentiality statement is asked by default and a tenant may switch it off', () => {
    expect(deriveRequestTypeParams(['palu-14-2022'], 'palukota.go.id').dataAccessConfidentialityStatement).toBe(true);
    const off = deriveRequestTypeParams(['palu-14-2022'], 'palukota.go.id', { dataAccessConfidentialityStatement: false });
    const submit = findRequestType('data_access', off)?.transitions.find((t) => t.name === 'submit');
    expect(submit?.requires?.statements).toEqual([]);
  });

  it('UU 30/2014 Ps 53(2) (Simpul default): a tenant may set another review deadline', () => {
    const params = deriveRequestTypeParams(['dumai-67-2022'], 'dumaikota.go.id', { reviewWorkingDays: 10 });
    for (const def of listRequestTypes(params)) {
      expect(def.states.find((s) => s.code === 'submitted')?.deadline).toEqual({ workingDays: 10 });
    }
  });

  it('Palu 14/2022 Ps 9, 18, 28, 30: the registry holds the four types under their own codes', () => {
    const params = deriveRequestTypeParams(['palu-14-2022'], 'palukota.go.id');
    expect(requestTypes.map((t) => t.code)).toEqual(['data_access', 'technical_recommendation', 'subdomain', 'site_unblock']);
    expect(listRequestTypes(params).map((d) => d.code)).toEqual(requestTypes.map((t) => t.code));
    expect(findRequestType('vps', params)).toBeUndefined();
  });

  it('Palu 14/2022 Ps 9, 18, 28, 30: every declaration is consistent (states exist, final states have no exits)', () => {
    const params = deriveRequestTypeParams(['palu-14-2022', 'jambi-10-2017'], 'palukota.go.id');
    for (const def of listRequestTypes(params)) {
      const codes = def.states.map((s) => s.code);
      expect(codes).toContain(def.initialState);
      for (const t of def.transitions) {
        expect([...t.from, t.to].every((s) => codes.includes(s)), `${def.code}.${t.name}`).toBe(true);
        expect(t.from.some((s) => def.states.find((x) => x.code === s)?.final), `${def.code}.${t.name}`).toBe(false);
      }
      expect(def.onComplete && codes.includes(def.onComplete.state)).toBe(true);
    }
  });
});
