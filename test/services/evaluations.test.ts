import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createTestTenant } from '../../src/server/testing/factories';
import { createEvaluationSetup } from '../../src/server/testing/evaluation-factories';
import { advanceCycle, assignIndicators, createCycle, getCycle, setTeam } from '../../src/server/modules/evaluations/service';
import { addEvidenceLink, getIndicator, returnIndicator, selfAssess, submitIndicator, verifyIndicator } from '../../src/server/modules/evaluations/assessment-service';
import { createTestUser } from '../../src/server/testing/factories';
import { getResults } from '../../src/server/modules/evaluations/results-service';
import { evaluationsSection } from '../../src/server/modules/evaluations/compliance-section';
import { findEntityHistory } from '../../src/server/modules/audit-trail/service';
import { setInternalPolicy } from '../../src/server/modules/internal-policies/service';
import { assembleReadModel } from '../../src/server/modules/compliance/read-model';
import { calculateIndex, findFramework, type Level } from '../../src/evaluation';
import type { DB } from '../../src/server/platform/db/database';
import type { RequestContext } from '../../src/server/platform/context';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const spbe = findFramework('permenpanrb-59-2020');
const all = spbe.indicators.map((i) => i.number);
const levelOf = (n: number): Level => ((n % 5) + 1) as Level;

async function answerAll(db: DB, ctx: RequestContext, cycleId: string, level: (n: number) => Level, send = false) {
  for (const n of all) {
    await selfAssess(db, ctx, cycleId, n, { level: level(n), explanation: `Penjelasan ${n}` });
    if (send) await submitIndicator(db, ctx, cycleId, n, { note: null });
  }
}

describe('evaluation cycle permissions (Dumai 67/2022 Ps 33)', () => {
  it('an agency edits only the indicators assigned to it', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    const answered = await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 3, explanation: 'Perwal arsitektur ada' });
    expect(answered).toMatchObject({ selfLevel: 3, explanation: 'Perwal arsitektur ada', agencyId: s.agencyA.id });
    await expect(selfAssess(db, s.operatorA.ctx, s.cycleId, 4, { level: 3, explanation: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(selfAssess(db, s.operatorA.ctx, s.cycleId, 5, { level: 3, explanation: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // the ICT office super admin does not answer for an agency either
    await expect(selfAssess(db, s.admin, s.cycleId, 1, { level: 5, explanation: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const cycle = await getCycle(db, s.operatorA.ctx, s.cycleId);
    expect(cycle.indicators.filter((i) => i.abilities.selfAssess).map((i) => i.number)).toEqual([1, 2, 3]);
  });

  it('Dumai 67/2022 Ps 33(5): only members of the internal assessor team verify, and only what the agency sent', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    const draft = await selfAssess(db, s.operatorA.ctx, s.cycleId, 2, { level: 4, explanation: 'Peta rencana ditetapkan' });
    expect(draft).toMatchObject({ state: 'draft', abilities: { selfAssess: true, submit: true, verify: false } });
    // a saved draft is not the agency's answer yet
    await expect(verifyIndicator(db, s.assessor.ctx, s.cycleId, 2, { decision: 'agree', level: null, note: null })).rejects.toMatchObject({ code: 'EVALUATION_NOT_SUBMITTED', status: 409 });
    const sent = await submitIndicator(db, s.operatorA.ctx, s.cycleId, 2, { note: null });
    expect(sent).toMatchObject({ state: 'submitted', abilities: { selfAssess: false, submit: false } });
    for (const ctx of [s.operatorA.ctx, s.admin, s.coordinator.ctx]) {
      await expect(verifyIndicator(db, ctx, s.cycleId, 2, { decision: 'agree', level: null, note: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(returnIndicator(db, ctx, s.cycleId, 2, { note: 'Lengkapi' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(selfAssess(db, s.operatorA.ctx, s.cycleId, 2, { level: 5, explanation: '' })).rejects.toMatchObject({ code: 'EVALUATION_INDICATOR_SENT', status: 409 });
    const adjusted = await verifyIndicator(db, s.assessor.ctx, s.cycleId, 2, { decision: 'adjust', level: 2, note: 'Belum direviu' });
    expect(adjusted).toMatchObject({ selfLevel: 4, state: 'verified', verification: 'adjusted', verifiedLevel: 2, verificationNote: 'Belum direviu' });
    await expect(verifyIndicator(db, s.assessor.ctx, s.cycleId, 3, { decision: 'agree', level: null, note: null })).rejects.toMatchObject({ code: 'EVALUATION_NOT_SUBMITTED' });
    await expect(submitIndicator(db, s.operatorA.ctx, s.cycleId, 3, { note: null })).rejects.toMatchObject({ code: 'EVALUATION_NOT_SELF_ASSESSED' });
  });

  it('an assessor returns an answer with a note; the agency answers and resubmits; the exchanges are the indicator’s history', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 3, explanation: 'Perwal arsitektur' });
    await submitIndicator(db, s.operatorA.ctx, s.cycleId, 1, { note: null });
    await verifyIndicator(db, s.assessor.ctx, s.cycleId, 1, { decision: 'agree', level: null, note: null });
    const returned = await returnIndicator(db, s.assessor.ctx, s.cycleId, 1, { note: 'Lampirkan Perwal yang ditandatangani' });
    expect(returned).toMatchObject({ state: 'returned', verification: null, verifiedLevel: null, abilities: { verify: false } });
    expect(await getIndicator(db, s.operatorA.ctx, s.cycleId, 1)).toMatchObject({ abilities: { selfAssess: true, submit: true, verify: false } });
    await expect(verifyIndicator(db, s.assessor.ctx, s.cycleId, 1, { decision: 'agree', level: null, note: null })).rejects.toMatchObject({ code: 'EVALUATION_NOT_SUBMITTED' });
    // saving the corrected answer keeps it returned until it is sent again
    expect(await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 2, explanation: 'Perwal belum ditandatangani' })).toMatchObject({ state: 'returned' });
    await submitIndicator(db, s.operatorA.ctx, s.cycleId, 1, { note: 'Tingkat diturunkan; Perwal masih dalam paraf' });
    const verified = await verifyIndicator(db, s.assessor.ctx, s.cycleId, 1, { decision: 'agree', level: null, note: null });
    expect(verified).toMatchObject({ state: 'verified', verifiedLevel: 2 });
    expect(verified.exchanges.map((x) => [x.kind, x.level, x.note])).toEqual([
      ['submitted', 3, null],
      ['verified', 3, null],
      ['returned', null, 'Lampirkan Perwal yang ditandatangani'],
      ['submitted', 2, 'Tingkat diturunkan; Perwal masih dalam paraf'],
      ['verified', 2, null],
    ]);
    expect(verified.exchanges.map((x) => x.userName)).toEqual([s.operatorA.user.name, s.assessor.user.name, s.assessor.user.name, s.operatorA.user.name, s.assessor.user.name]);
    const actions = (await findEntityHistory(db, s.tenantId, 'evaluation', s.cycleId, 50)).map((h) => h.action);
    expect(actions.filter((a) => a === 'evaluation.returnIndicator')).toHaveLength(1);
    expect(actions.filter((a) => a === 'evaluation.submitIndicator')).toHaveLength(2);
  });

  it('Dumai 67/2022 Ps 33(5): an assessor may not verify or return an indicator of their own agency', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    // an operator of agency B who also sits on the assessor team
    const both = await createTestUser(db, s.admin, [{ role: 'agency_operator', agencyId: s.agencyB.id }]);
    await setTeam(db, s.admin, s.cycleId, 'assessor', { memberUserIds: [s.assessor.user.id, both.user.id], decreeNumber: '800/1/2025', decreeDate: '2025-02-03' });
    for (const [ctx, n] of [[s.operatorA.ctx, 1], [s.operatorB.ctx, 4]] as const) {
      await selfAssess(db, ctx, s.cycleId, n, { level: 3, explanation: '' });
      await submitIndicator(db, ctx, s.cycleId, n, { note: null });
    }
    await expect(verifyIndicator(db, both.ctx, s.cycleId, 4, { decision: 'agree', level: null, note: null })).rejects.toMatchObject({ code: 'EVALUATION_OWN_AGENCY', status: 403 });
    await expect(returnIndicator(db, both.ctx, s.cycleId, 4, { note: 'x' })).rejects.toMatchObject({ code: 'EVALUATION_OWN_AGENCY', status: 403 });
    const cycle = await getCycle(db, both.ctx, s.cycleId);
    expect(cycle.indicators.filter((i) => i.abilities.verify).map((i) => i.number)).toEqual([1]);
    expect(await verifyIndicator(db, both.ctx, s.cycleId, 1, { decision: 'agree', level: null, note: null })).toMatchObject({ state: 'verified' });
    expect(await verifyIndicator(db, s.assessor.ctx, s.cycleId, 4, { decision: 'agree', level: null, note: null })).toMatchObject({ state: 'verified' });
  });

  it('a team decree is not dated in the future', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    const tomorrowAnywhere = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await expect(setTeam(db, s.admin, s.cycleId, 'coordination', { memberUserIds: [], decreeNumber: '1', decreeDate: tomorrowAnywhere })).rejects.toMatchObject({ code: 'EVALUATION_DECREE_DATE_FUTURE', status: 422 });
    const today = new Date().toISOString().slice(0, 10);
    expect((await setTeam(db, s.admin, s.cycleId, 'coordination', { memberUserIds: [], decreeNumber: '1', decreeDate: today })).teams[0]).toMatchObject({ decreeDate: today });
  });

  it('a cycle of another tenant does not exist for you (404)', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    const other = await createTestTenant(db);
    await expect(getCycle(db, other.admin, s.cycleId)).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    await expect(getResults(db, other.admin, s.cycleId)).rejects.toMatchObject({ status: 404 });
  });
});

describe('status flow and submission (Dumai 67/2022 Ps 33(4)–(6))', () => {
  it('open → self-assessed → verified → submitted, then read-only for everyone, with the history in the audit trail', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db, { indicatorsForA: all, indicatorsForB: [] });
    await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 2, explanation: '' });
    await expect(advanceCycle(db, s.coordinator.ctx, s.cycleId, 'self_assessed')).rejects.toMatchObject({ code: 'EVALUATION_INCOMPLETE' });
    await answerAll(db, s.operatorA.ctx, s.cycleId, levelOf);
    // answered but not sent: the self-assessment cannot close yet
    await expect(advanceCycle(db, s.coordinator.ctx, s.cycleId, 'self_assessed')).rejects.toMatchObject({ code: 'EVALUATION_INCOMPLETE' });
    for (const n of all) await submitIndicator(db, s.operatorA.ctx, s.cycleId, n, { note: null });
    await expect(advanceCycle(db, s.operatorA.ctx, s.cycleId, 'self_assessed')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const closed = await advanceCycle(db, s.coordinator.ctx, s.cycleId, 'self_assessed');
    expect(closed.status).toBe('self_assessed');
    await expect(selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 5, explanation: '' })).rejects.toMatchObject({ code: 'EVALUATION_SELF_ASSESSMENT_CLOSED' });
    for (const n of all) await verifyIndicator(db, s.assessor.ctx, s.cycleId, n, { decision: 'agree', level: null, note: null });
    await expect(advanceCycle(db, s.coordinator.ctx, s.cycleId, 'verified')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await advanceCycle(db, s.assessor.ctx, s.cycleId, 'verified');
    const submitted = await advanceCycle(db, s.coordinator.ctx, s.cycleId, 'submitted');
    expect(submitted.status).toBe('submitted');
    expect(submitted.submittedAt).not.toBeNull();
    expect(submitted.abilities).toEqual({ manage: false, verify: false, advanceTo: null });
    expect(submitted.indicators.every((i) => !i.abilities.selfAssess && !i.abilities.verify)).toBe(true);

    const locked = { code: 'EVALUATION_SUBMITTED', status: 409 };
    await expect(selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 5, explanation: '' })).rejects.toMatchObject(locked);
    await expect(verifyIndicator(db, s.assessor.ctx, s.cycleId, 1, { decision: 'adjust', level: 1, note: 'x' })).rejects.toMatchObject(locked);
    await expect(setTeam(db, s.admin, s.cycleId, 'assessor', { memberUserIds: [], decreeNumber: null, decreeDate: null })).rejects.toMatchObject(locked);
    await expect(assignIndicators(db, s.admin, s.cycleId, { assignments: [{ indicator: 1, agencyId: null }] })).rejects.toMatchObject(locked);
    await expect(advanceCycle(db, s.admin, s.cycleId, 'submitted')).rejects.toMatchObject(locked);

    const history = await findEntityHistory(db, s.tenantId, 'evaluation', s.cycleId, 500);
    const actions = history.map((h) => h.action);
    expect(actions.filter((a) => a === 'evaluation.selfAssess')).toHaveLength(48);
    expect(actions.filter((a) => a === 'evaluation.verify')).toHaveLength(47);
    expect(actions.slice(0, 3)).toEqual(['evaluation.submit', 'evaluation.closeVerification', 'evaluation.verify']);

    const section = await evaluationsSection.load(db, { tenantId: s.tenantId, asOf: '2026-01-01' });
    expect(section).toEqual([{ year: 2025, status: 'submitted', submittedAt: submitted.submittedAt, hasAssessorTeamDecree: true }]);
    const { model } = await assembleReadModel(db, s.tenantId, '2026-01-01');
    expect(model.evaluations).toEqual(section);
    expect(model.internalPolicies).toEqual([]);
    // no schedule yet: Jambi 10/2017 Ps 22 stays not measurable rather than failed
    expect(model.periodicReports).toBeUndefined();
  });
});

describe('results (PermenPANRB 59/2020 Lampiran Bab II huruf B angka 4–5)', () => {
  it('the index, domain and aspect indices and predicate equal the pure calculator’s, after verification', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db, { indicatorsForA: all, indicatorsForB: [] });
    await answerAll(db, s.operatorA.ctx, s.cycleId, levelOf, true);
    await verifyIndicator(db, s.assessor.ctx, s.cycleId, 13, { decision: 'adjust', level: 1, note: 'Tidak ada data dukung' });
    const results = await getResults(db, s.admin, s.cycleId);
    const selfLevels = Object.fromEntries(all.map((n) => [n, levelOf(n)]));
    const expected = calculateIndex(spbe, { ...selfLevels, 13: 1 });
    expect(results.complete).toBe(true);
    expect(results.final.index).toEqual(expected.index);
    expect(results.final.predicate.key).toBe(expected.predicate.key);
    expect(results.final.domains).toEqual(expected.domains);
    expect(results.final.aspects).toEqual(expected.aspects);
    expect(results.selfAssessed.index).toEqual(calculateIndex(spbe, selfLevels).index);
    // indicator 13 (BI 2,50) was 4 and is now 1: 3 levels × 2,50 / 100 = 0,075 lower
    expect(results.selfAssessed.index.exact - results.final.index.exact).toBeCloseTo(0.075, 10);
    expect(results.indicators.find((i) => i.number === 13)).toMatchObject({ selfLevel: 4, finalLevel: 1 });
  });

  it('Dumai 67/2022 Ps 33(2) yearly: the result is compared with the previous complete year', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db, { year: 2024, indicatorsForA: all, indicatorsForB: [] });
    await answerAll(db, s.operatorA.ctx, s.cycleId, () => 2);
    const next = await createCycle(db, s.admin, { year: 2025, frameworkId: 'permenpanrb-59-2020' });
    // assignments carry over from the previous cycle on the same framework
    expect(next.indicators.every((i) => i.agencyId === s.agencyA.id)).toBe(true);
    await answerAll(db, s.operatorA.ctx, next.id, () => 3);
    const results = await getResults(db, s.admin, next.id);
    expect(results.history.map((h) => [h.year, h.index])).toEqual([[2024, 2], [2025, 3]]);
    expect(results.comparison).toMatchObject({ previousYear: 2024, sameFramework: true, indexDelta: 1, predicateChanged: true });
    expect(results.comparison?.aspects.every((a) => a.delta === 1)).toBe(true);
    await expect(createCycle(db, s.admin, { year: 2025, frameworkId: 'permenpanrb-59-2020' })).rejects.toMatchObject({ code: 'EVALUATION_YEAR_EXISTS' });
  });
});

describe('evidence', () => {
  it('Dumai 67/2022 Lampiran: the recorded architecture policy is suggested for indicator 1 and can be cited', async () => {
    const { db } = database;
    const s = await createEvaluationSetup(db);
    expect((await getIndicator(db, s.operatorA.ctx, s.cycleId, 1)).suggestions).toEqual([]);
    const policy = await setInternalPolicy(db, s.admin, 'architecture', { title: null, decreeNumber: 'Perwal 12/2024', decreeDate: '2024-03-01' });
    const before = await getIndicator(db, s.operatorA.ctx, s.cycleId, 1);
    expect(before.suggestions).toEqual([{ recordType: 'internal_policy', recordId: policy.id, label: 'Kebijakan Internal Arsitektur SPBE (Perwal 12/2024)' }]);
    expect(before.question).toContain('Arsitektur SPBE');
    expect(before.criteria?.['5']).toContain('ditindaklanjuti');
    const after = await addEvidenceLink(db, s.operatorA.ctx, s.cycleId, 1, { recordType: 'internal_policy', recordId: policy.id! });
    expect(after.evidence).toMatchObject([{ kind: 'record', recordType: 'internal_policy', recordId: policy.id }]);
    expect(after.suggestions).toEqual([]);
    await expect(addEvidenceLink(db, s.operatorB.ctx, s.cycleId, 1, { recordType: 'internal_policy', recordId: policy.id! })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
