import { describe, expect, it } from 'vitest';
import { regulations } from './catalogue';
import { evaluateCompliance } from './engine';
import { buildReadApplication, buildReadModel } from './testing/build-read-model';
import { dumai2019Profile, dumaiProfile, jambiProfile } from './testing/profiles';
import type { ObligationConflict } from './types';

describe('evaluateCompliance', () => {
  it('Dumai 67/2022 Ps 34: a Dumai tenant on 2022-06-30 follows 18/2019', () => {
    const results = evaluateCompliance({ profile: dumaiProfile, model: buildReadModel({ asOf: '2022-06-30' }), regulations, conflicts: [] });
    expect(new Set(results.map((r) => r.regulation))).toEqual(new Set(['dumai-18-2019']));
    expect(results.map((r) => r.obligationId)).toContain('dumai-18-2019/14-2');
  });

  it('Dumai 67/2022 Ps 34: a Dumai tenant on 2022-07-01 follows 67/2022', () => {
    const results = evaluateCompliance({ profile: dumaiProfile, model: buildReadModel({ asOf: '2022-07-01' }), regulations, conflicts: [] });
    expect(new Set(results.map((r) => r.regulation))).toEqual(new Set(['dumai-67-2022']));
    expect(results.map((r) => r.obligationId)).toContain('dumai-67-2022/18-7');
  });

  it('Dumai 18/2019 Ps 14(1): checks run on the model; obligations without a check are not measurable with their capability', () => {
    const app = buildReadApplication({ ictOfficeSuperAdmin: false });
    const results = evaluateCompliance({ profile: dumai2019Profile, model: buildReadModel({ applications: [app] }), regulations, conflicts: [] });
    const byId = new Map(results.map((r) => [r.obligationId, r]));
    expect(byId.get('dumai-18-2019/14-1')?.result).toMatchObject({ status: 'not_met', missing: [{ recordId: app.id }] });
    expect(byId.get('dumai-18-2019/16-1')?.result).toEqual({ status: 'not_measurable', needs: 'documents', reason: 'no_capability' });
    expect(byId.get('dumai-18-2019/11-2')?.result).toEqual({ status: 'not_measurable', needs: 'requests', reason: 'no_capability' });
    expect(results.some((r) => r.regulation === 'jambi-10-2017')).toBe(false);
  });

  it('Jambi 10/2017 Ps 7(5): a Jambi tenant gets only Jambi obligations', () => {
    const model = buildReadModel({ applications: [buildReadApplication({ sso: false })] });
    const results = evaluateCompliance({ profile: jambiProfile, model, regulations, conflicts: [] });
    expect(new Set(results.map((r) => r.regulation))).toEqual(new Set(['jambi-10-2017']));
    expect(results.find((r) => r.obligationId === 'jambi-10-2017/7-5')?.result.status).toBe('not_met');
  });

  it('Dumai 18/2019 Ps 14(4) vs Ps 14(1) (synthetic conflict): the weaker reports the stricter result and both citations', () => {
    const conflict: ObligationConflict = { id: 'test', stricter: 'dumai-18-2019/14-1', weaker: 'dumai-18-2019/14-4', noteKey: 'compliance.conflict.test' };
    const app = buildReadApplication({ ictOfficeSuperAdmin: false, lastServiceEvaluationAt: '2023-12-01' });
    const results = evaluateCompliance({ profile: dumai2019Profile, model: buildReadModel({ applications: [app] }), regulations, conflicts: [conflict] });
    const weaker = results.find((r) => r.obligationId === 'dumai-18-2019/14-4');
    const stricter = results.find((r) => r.obligationId === 'dumai-18-2019/14-1');
    expect(weaker?.result).toEqual(stricter?.result);
    expect(weaker?.result.status).toBe('not_met');
    expect(weaker?.conflict).toEqual({
      id: 'test',
      noteKey: 'compliance.conflict.test',
      stricterId: 'dumai-18-2019/14-1',
      citations: [
        { regulation: 'dumai-18-2019', pasal: '14', ayat: '1' },
        { regulation: 'dumai-18-2019', pasal: '14', ayat: '4' },
      ],
    });
    expect(stricter?.conflict).toBeUndefined();
  });

  it('Dumai 67/2022 Ps 34: a conflict with an obligation not in force is ignored', () => {
    const conflict: ObligationConflict = { id: 'test', stricter: 'dumai-67-2022/18-7', weaker: 'dumai-18-2019/14-4', noteKey: 'compliance.conflict.test' };
    const model = buildReadModel({ asOf: '2022-06-30', applications: [buildReadApplication({ lastServiceEvaluationAt: null })] });
    const results = evaluateCompliance({ profile: dumaiProfile, model, regulations, conflicts: [conflict] });
    const weaker = results.find((r) => r.obligationId === 'dumai-18-2019/14-4');
    expect(weaker?.result.status).toBe('not_met');
    expect(weaker?.conflict).toBeUndefined();
  });
});
