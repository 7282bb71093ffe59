import { readFileSync } from 'node:fs';
import { mergeCoordinatingRoles } from '../profiles';
import { periodicCadence } from '../periodic-reading';
import { effectiveCadence } from '../effective-cadence';
import { describe, expect, it } from 'vitest';
import { buildReadApplication, buildReadEvaluationCycle, buildReadInternalPolicy, buildReadModel } from '../testing/build-read-model';
import { buildDueCalendar } from '../calendar';
import { dumaiProfile } from '../testing/profiles';
import { dumai672022 } from './index';
import { internalPolicies, internalPolicyDocuments } from './internal-policies';

const source = readFileSync(new URL('../../../resources/regulations/002_07aeb2cc693a706d.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ');
// headings as the file sets them, without its markdown marks ("### BAB IV #### AUDIT ...")
const headings = source.replace(/[#*]+ ?/g, '');
const find = (ref: string) => {
  const obligation = dumai672022.obligations.find((o) => o.id === `dumai-67-2022/${ref}`);
  if (!obligation) throw new Error(`no obligation ${ref}`);
  return obligation;
};

describe('Dumai 67/2022 as code', () => {
  it('Dumai 67/2022: every obligation has a unique id matching its citation, and a chapter of the text', () => {
    const ids = new Set<string>();
    for (const o of dumai672022.obligations) {
      expect(headings.includes(o.chapter.replace(/^LAMPIRAN /, '')), o.id).toBe(true);
      expect(ids.has(o.id), o.id).toBe(false);
      ids.add(o.id);
      const { pasal, ayat, huruf } = o.citation;
      if (pasal.startsWith('Lampiran')) expect(o.id).toMatch(new RegExp(`^dumai-67-2022/lampiran-I-${huruf ? `${huruf}-` : ''}[a-z-]+$`));
      else expect(o.id).toBe(['dumai-67-2022/' + pasal, ayat, huruf].filter(Boolean).join('-'));
    }
    expect(ids.size).toBeGreaterThan(170);
  });

  it('Dumai 67/2022: a check over a registry the tenant lacks is not measurable, naming the capability the obligation needs', () => {
    const bare = buildReadModel();
    for (const o of dumai672022.obligations.filter((x) => x.check && x.needs !== 'organisation')) {
      expect(o.check?.(bare), o.id).toEqual({ status: 'not_measurable', needs: o.needs, reason: 'no_capability' });
    }
  });

  it('Dumai 67/2022 Lampiran I.A-J: each of the ten internal policies is enacted, reviewed periodically and reported on, each checked', () => {
    const sections = 'ABCDEFGHIJ'.split('');
    expect(internalPolicies.map((p) => p.citation.huruf)).toEqual(sections);
    for (const section of sections) {
      for (const duty of ['policy-binding', 'policy-review', 'policy-review-report']) {
        expect(find(`lampiran-I-${section}-${duty}`).check, `${section} ${duty}`).toBeTypeOf('function');
      }
      expect(find(`lampiran-I-${section}-policy-review`).cadence).toEqual(periodicCadence);
    }
  });

  it('Dumai 67/2022 Lampiran I.A "direviu dan dievaluasi secara periodik": the tenant\'s reading of the period decides, "setiap tahun" (I.C guideline) does not move', () => {
    // reviewed 8 months before the day asked about
    const reviewed = (code: 'architecture' | 'data_management_guideline') => [buildReadInternalPolicy({ code, enactedAt: '2022-07-01', lastReviewedAt: '2023-05-15' })];
    const withReading = (months: number, code: 'architecture' | 'data_management_guideline') => {
      const model = buildReadModel({ asOf: '2024-01-15', internalPolicies: reviewed(code) });
      return { ...model, params: { ...model.params, periodicReadingMonths: months } };
    };
    const policyReview = find('lampiran-I-A-policy-review').check!;
    expect(policyReview(withReading(12, 'architecture')).status).toBe('met');
    expect(policyReview(withReading(6, 'architecture'))).toMatchObject({ status: 'not_met', missing: [{ messageKey: 'reg-dumai-67-2022.finding.policyReviewOverdue', params: { dueDate: '2023-11-15' } }] });
    expect(effectiveCadence(find('lampiran-I-A-policy-review').cadence, withReading(6, 'architecture').params)).toMatchObject({ months: 6 });
    const guidelineReview = find('lampiran-I-C-guideline-review').check!;
    expect(guidelineReview(withReading(6, 'data_management_guideline')).status).toBe('met');
    expect(guidelineReview(withReading(24, 'data_management_guideline')).status).toBe('met');
  });

  it('Dumai 67/2022 Lampiran I (Pendahuluan): the ten policies the Pemda must have are met only when all ten are enacted', () => {
    const check = find('lampiran-I-ten-policies').check!;
    const all = internalPolicies.map((p) => buildReadInternalPolicy({ code: p.code }));
    expect(check(buildReadModel({ internalPolicies: all })).status).toBe('met');
    expect(check(buildReadModel({ internalPolicies: all.slice(1) }))).toMatchObject({ status: 'not_met', missing: [{ recordId: 'architecture' }] });
  });

  it('Dumai 67/2022 Lampiran I.C-G: each guideline or SOP a policy orders is checked for its enactment and review', () => {
    const checkedCodes = internalPolicyDocuments.map((d) => d.code);
    const register = buildReadModel({ asOf: '2024-01-15', internalPolicies: checkedCodes.map((code) => buildReadInternalPolicy({ code, lastReviewedAt: '2023-10-01' })) });
    const policyObligations = dumai672022.obligations.filter((o) => /lampiran-I-[C-G]-(guideline|sop)/.test(o.id) && o.check);
    expect(policyObligations.length).toBeGreaterThanOrEqual(checkedCodes.length * 2 - 1);
    for (const o of policyObligations) expect(o.check?.(register).status, o.id).toBe('met');
    expect(find('lampiran-I-C-guideline-review').check?.(buildReadModel({ internalPolicies: [] })).status).toBe('not_met');
  });

  it('Dumai 67/2022 Ps 31(3): the ICT audit at least once in 2 years; Lampiran I: every year', () => {
    expect(find('31-3').cadence).toMatchObject({ kind: 'every', months: 24 });
    expect(find('lampiran-I-I-annual-audit').cadence).toMatchObject({ kind: 'every', months: 12 });
  });

  it('Dumai 67/2022 Ps 33(2): an evaluation submitted within the year is met, one falling due within 30 days is due soon, an older one is not met', () => {
    const check = find('33-2').check!;
    const at = (submittedAt: string) => check(buildReadModel({ asOf: '2024-01-15', evaluations: [buildReadEvaluationCycle({ submittedAt })] }));
    expect(at('2023-06-30').status).toBe('met');
    expect(at('2023-02-01')).toMatchObject({ status: 'due_soon', dueDate: '2024-02-01' });
    expect(at('2022-12-01').status).toBe('not_met');
  });

  it('Dumai 67/2022 Ps 18(7): a specific application where a common one of its category runs is not met', () => {
    const check = find('18-7').check!;
    const common = buildReadApplication({ kind: 'common', commonCategory: 'staffing' });
    expect(check(buildReadModel({ applications: [common, buildReadApplication()] }))).toMatchObject({ status: 'not_applicable', reasonKey: 'compliance.notApplicable.noneConcerned' });
    expect(check(buildReadModel({ applications: [common, buildReadApplication({ commonCategory: 'staffing' })] })).status).toBe('not_met');
  });

  it('Dumai 67/2022 Lampiran I.D: an application not registered in the repository with its source code and user manual is not met', () => {
    const check = find('lampiran-I-D-repository').check!;
    expect(check(buildReadModel({ applications: [buildReadApplication()] })).status).toBe('met');
    expect(check(buildReadModel({ applications: [buildReadApplication({ repositoryLocation: null })] })).status).toBe('not_met');
    const noManual = buildReadApplication({ handoverDocuments: [{ code: 'source_code', present: true }, { code: 'user_manual', present: false }] });
    expect(check(buildReadModel({ applications: [noManual] }))).toMatchObject({ status: 'not_met', missing: [{ params: { documents: 'user_manual' } }] });
  });

  it('Dumai 67/2022 Ps 22(3): risk management is coordinated by the inspectorate, which the default model lacks', () => {
    const params = { ...buildReadModel().params, coordinatingRoles: mergeCoordinatingRoles(['dumai-67-2022']) };
    expect(find('22-3').check?.(buildReadModel({ params }))).toMatchObject({ status: 'not_met', missing: [{ params: { role: 'inspectorate' } }] });
  });

  it('Dumai 67/2022 Ps 33(2), Lampiran I.A and I.C: the calendar shows the next evaluation and each review under its own obligation', () => {
    const model = buildReadModel({
      asOf: '2024-01-15',
      evaluations: [buildReadEvaluationCycle({ submittedAt: '2023-06-30' })],
      internalPolicies: [
        buildReadInternalPolicy({ code: 'architecture', lastReviewedAt: '2023-03-01' }),
        buildReadInternalPolicy({ code: 'data_management_guideline', lastReviewedAt: '2023-05-01' }),
      ],
    });
    expect(buildDueCalendar(model, dumaiProfile, '2024-01-15').map((e) => [e.date, e.kind, e.obligationId, e.recordId])).toEqual([
      ['2024-03-01', 'internal_policy_review', 'dumai-67-2022/lampiran-I-A-policy-review', 'architecture'],
      ['2024-05-01', 'internal_policy_review', 'dumai-67-2022/lampiran-I-C-guideline-review', 'data_management_guideline'],
      ['2024-06-30', 'evaluation', 'dumai-67-2022/33-2', undefined],
    ]);
  });
});
