import { describe, expect, it } from 'vitest';
import { buildReadEvaluationCycle, buildReadModel } from '../testing/build-read-model';
import { checkAssessorTeamDecree, checkPastEvaluationsSubmitted } from './evaluation-cycle';

describe('evaluation cycle checks', () => {
  it('Dumai 67/2022 Ps 33(5): not measurable without the evaluation module', () => {
    expect(checkAssessorTeamDecree(buildReadModel())).toEqual({ status: 'not_measurable', needs: 'evaluation', reason: 'no_capability' });
    expect(checkPastEvaluationsSubmitted(buildReadModel())).toEqual({ status: 'not_measurable', needs: 'evaluation', reason: 'no_capability' });
  });

  it('Dumai 67/2022 Ps 33(5): the current cycle with an assessor-team decree is met', () => {
    const model = buildReadModel({ evaluations: [buildReadEvaluationCycle({ year: 2023 }), buildReadEvaluationCycle({ year: 2024, status: 'open', submittedAt: null })] });
    expect(checkAssessorTeamDecree(model)).toMatchObject({ status: 'met', evidence: [{ params: { year: 2024 } }] });
  });

  it('Dumai 67/2022 Ps 33(5): a current cycle without the decree is not met even if last year had one', () => {
    const model = buildReadModel({
      evaluations: [buildReadEvaluationCycle({ year: 2023 }), buildReadEvaluationCycle({ year: 2024, status: 'open', submittedAt: null, hasAssessorTeamDecree: false })],
    });
    expect(checkAssessorTeamDecree(model)).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.assessorTeamDecreeMissing', params: { year: 2024 } }],
    });
  });

  it('Dumai 67/2022 Ps 33(5): no cycle at all is not met', () => {
    expect(checkAssessorTeamDecree(buildReadModel({ evaluations: [] })).status).toBe('not_met');
  });

  it('Palu 14/2022 Ps 52(1): every past yearly cycle submitted is met; the open current one does not count against it', () => {
    const model = buildReadModel({ evaluations: [buildReadEvaluationCycle({ year: 2023 }), buildReadEvaluationCycle({ year: 2024, status: 'open', submittedAt: null })] });
    expect(checkPastEvaluationsSubmitted(model)).toMatchObject({ status: 'met', evidence: [{ params: { year: 2023 } }] });
  });

  it('Dumai 67/2022 Ps 33(6): a past cycle left open has not reached the mayor and is not met', () => {
    const model = buildReadModel({ evaluations: [buildReadEvaluationCycle({ year: 2022 }), buildReadEvaluationCycle({ year: 2023, status: 'open', submittedAt: null })] });
    expect(checkPastEvaluationsSubmitted(model)).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.evaluationLeftOpen', params: { year: 2023 } }],
    });
  });

  it('Palu 14/2022 Ps 52(1): no evaluation before the current year is not met', () => {
    expect(checkPastEvaluationsSubmitted(buildReadModel({ evaluations: [] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.evaluationNeverHeld', params: { year: 2023 } }],
    });
  });
});
