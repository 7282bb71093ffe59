import { describe, expect, it } from 'vitest';
import { regulations } from './catalogue';
import { evaluateCompliance } from './engine';
import { mergeCoordinatingRoles } from './profiles';
import { summarizeByAgency, summarizeByRegulation } from './summaries';
import { buildReadApplication, buildReadModel, healthOfficeId, ictOfficeId } from './testing/build-read-model';
import { dumai2019Profile } from './testing/profiles';

describe('compliance summaries', () => {
  const gap = buildReadApplication({ ictOfficeSuperAdmin: false });
  const model = buildReadModel({ applications: [gap, buildReadApplication({ ownerAgencyId: ictOfficeId })] });
  const results = evaluateCompliance({ profile: dumai2019Profile, model, regulations, conflicts: [] });

  it('Dumai 18/2019: results group by regulation and chapter with counts by status', () => {
    const [dumai] = summarizeByRegulation(results, regulations);
    expect(dumai.regulation).toBe('dumai-18-2019');
    expect(dumai.chapters.map((c) => c.chapter)).toEqual([
      'BAB III PERENCANAAN',
      'BAB III KEBIJAKAN',
      'BAB IV KELEMBAGAAN',
      'BAB V SISTEM INFORMASI',
      'BAB VI INFRASTRUKTUR TIK',
      'BAB VI PEMBIAYAAN',
      'BAB VIII PEMBINAAN, PENGAWASAN DAN PENGENDALIAN',
    ]);
    const total = Object.values(dumai.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(regulations[0].obligations.length);
    expect(dumai.counts.not_met).toBe(1);
    expect(summarizeByRegulation(results, regulations)).toHaveLength(1);
  });

  it('Dumai 18/2019 Ps 14(1): the agency missing super admin shows the gap with its remedy; the other agency does not', () => {
    const summaries = summarizeByAgency(results, model.agencies);
    const health = summaries.find((s) => s.agencyId === healthOfficeId);
    const ict = summaries.find((s) => s.agencyId === ictOfficeId);
    expect(health?.notMet).toEqual([
      expect.objectContaining({ obligationId: 'dumai-18-2019/14-1', remedyKey: 'compliance.remedy.grantSuperAdmin', findings: [expect.objectContaining({ recordId: gap.id })] }),
    ]);
    expect(health?.shareMet).toBeCloseTo((health!.counted - 1) / health!.counted);
    expect(ict?.notMet).toEqual([]);
    expect(ict?.shareMet).toBe(1);
  });

  it('Dumai 18/2019 Ps 8(2) huruf d: a tenant-wide gap counts against the agencies the obligation binds', () => {
    const withEvaluations = buildReadModel({ evaluations: [] });
    const evaluated = evaluateCompliance({ profile: dumai2019Profile, model: withEvaluations, regulations, conflicts: [] });
    const agencies = [...withEvaluations.agencies, { ...withEvaluations.agencies[1], id: 'agency-setda', specialRoles: ['regional_secretariat'] }];
    const summaries = summarizeByAgency(evaluated, agencies);
    expect(summaries.find((s) => s.agencyId === 'agency-setda')?.notMet.map((g) => g.obligationId)).toEqual(['dumai-18-2019/8-2-d']);
    expect(summaries.find((s) => s.agencyId === healthOfficeId)?.shareMet).toBeNull();
  });

  it('Palu 14/2022 Ps 38(4)-44(4): structure in place has its own count and is never counted as met', () => {
    const palu = { entries: [{ regulation: 'palu-14-2022' as const, effectiveFrom: '2022-01-01', effectiveUntil: null }], cityDomain: 'palukota.go.id' };
    const paluModel = buildReadModel({ params: { ...buildReadModel().params, coordinatingRoles: mergeCoordinatingRoles(['palu-14-2022']) } });
    const evaluated = evaluateCompliance({ profile: palu, model: paluModel, regulations, conflicts: [] });
    const [summary] = summarizeByRegulation(evaluated, regulations);
    const structural = evaluated.filter((r) => r.result.status === 'structure_in_place').map((r) => r.obligationId);
    expect(structural).toEqual(expect.arrayContaining(['palu-14-2022/39-4', 'palu-14-2022/40-4', 'palu-14-2022/43-4']));
    expect(summary.counts.structure_in_place).toBe(structural.length);
    expect(summary.counts.met).toBe(evaluated.filter((r) => r.result.status === 'met').length);
    const ict = summarizeByAgency(evaluated, paluModel.agencies).find((s) => s.agencyId === ictOfficeId);
    expect(ict?.structureInPlace).toBeGreaterThan(0);
    expect(ict?.met).toBe(0);
    expect(ict?.shareMet).toBe(0);
  });
});
