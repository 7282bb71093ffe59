import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/database';
import type { Database } from '../../src/server/platform/db/database';
import { createEvaluationSetup } from '../../src/server/testing/evaluation-factories';
import { addEvidenceUrl, removeEvidence, selfAssess, submitIndicator, verifyIndicator } from '../../src/server/modules/evaluations/assessment-service';
import { verifyAuditChain } from '../../src/server/platform/audit/verify-audit';
import { queryRows } from '../../src/server/platform/db/query-rows';
import type { EntitySeals, TableSeal } from '../../src/server/platform/audit/row-seals';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const exec = (query: ReturnType<typeof sql>) => database.db.execute(query);
const indicatorRow = async (tenantId: string, cycleId: string, number: number) =>
  (await queryRows<{ id: string }>(database.db, sql`SELECT id FROM evaluation_indicators WHERE tenant_id = ${tenantId} AND cycle_id = ${cycleId} AND indicator_number = ${number}`))[0].id;

/**
 * A cycle where the agency answered indicator 1 with two web addresses as evidence, removed one,
 * and sent it; the assessor verified it. Indicators 2 and 3 were sealed only when assigned.
 */
async function answeredCycle() {
  const { db } = database;
  const s = await createEvaluationSetup(db);
  await selfAssess(db, s.operatorA.ctx, s.cycleId, 1, { level: 3, explanation: 'Perwal arsitektur' });
  const first = await addEvidenceUrl(db, s.operatorA.ctx, s.cycleId, 1, { url: 'https://dumaikota.go.id/arsitektur', label: 'Arsitektur SPBE' });
  const both = await addEvidenceUrl(db, s.operatorA.ctx, s.cycleId, 1, { url: 'https://dumaikota.go.id/peta', label: 'Peta rencana' });
  await removeEvidence(db, s.operatorA.ctx, s.cycleId, 1, both.evidence[1].id);
  await submitIndicator(db, s.operatorA.ctx, s.cycleId, 1, { note: null });
  await verifyIndicator(db, s.assessor.ctx, s.cycleId, 1, { decision: 'agree', level: null, note: null });
  expect(await verifyAuditChain(db, s.tenantId)).toMatchObject({ intact: true });
  return { ...s, kept: first.evidence[0].id, removed: both.evidence[1].id };
}

// Palu 14/2022 Ps 10(3) "pendeteksian modifikasi": an answer seals only the rows it touched (its
// indicator, its evidence item), so a cycle's entries do not grow with the cycle; verify folds
// the seals in chain order, and still catches every edit behind the application's back.
describe('an evaluation answer seals the rows it touched, and verify still sees the whole cycle', () => {
  it('an answer’s entry seals its indicator and its evidence item, not the rest of the cycle', async () => {
    const s = await answeredCycle();
    const entries = await queryRows<{ action: string; seals: EntitySeals }>(
      database.db,
      sql`SELECT action, seals FROM audit_entries WHERE tenant_id = ${s.tenantId} AND entity_id = ${s.cycleId} ORDER BY seq`,
    );
    const assign = entries.find((e) => e.action === 'evaluation.assign')!;
    // assigning seals every indicator of the cycle whole
    const [{ total }] = await queryRows<{ total: string }>(database.db, sql`SELECT count(*) AS total FROM evaluation_indicators WHERE tenant_id = ${s.tenantId} AND cycle_id = ${s.cycleId}`);
    expect(Object.keys((assign.seals.evaluation_indicators as TableSeal).rows)).toHaveLength(Number(total));
    expect((assign.seals.evaluation_indicators as TableSeal).only).toBeUndefined();
    const answer = entries.find((e) => e.action === 'evaluation.selfAssess')!;
    const one = await indicatorRow(s.tenantId, s.cycleId, 1);
    expect(answer.seals.evaluation_indicators).toMatchObject({ only: [one] });
    expect(Object.keys((answer.seals.evaluation_indicators as TableSeal).rows)).toEqual([one]);
    expect(answer.seals.evaluation_evidence).toBeUndefined();
    const removal = entries.find((e) => e.action === 'evaluation.evidence.remove')!;
    // the removed item is named with no hash: the write deleted it
    expect(removal.seals.evaluation_evidence).toMatchObject({ only: [s.removed], rows: {} });
  });

  it('an indicator the answers never touched, edited with SQL, no longer matches the seal of its assignment', async () => {
    const s = await answeredCycle();
    const two = await indicatorRow(s.tenantId, s.cycleId, 2);
    await exec(sql`UPDATE evaluation_indicators SET self_level = 5 WHERE tenant_id = ${s.tenantId} AND id = ${two}`);
    expect(await verifyAuditChain(database.db, s.tenantId)).toMatchObject({ intact: false, brokenAt: { reason: 'row_changed', table: 'evaluation_indicators', rowId: two } });
  });

  it('the answered indicator, edited with SQL after its verification, no longer matches', async () => {
    const s = await answeredCycle();
    const one = await indicatorRow(s.tenantId, s.cycleId, 1);
    await exec(sql`UPDATE evaluation_indicators SET verified_level = 5 WHERE tenant_id = ${s.tenantId} AND id = ${one}`);
    const [verification] = await queryRows<{ seq: string }>(
      database.db,
      sql`SELECT seq FROM audit_entries WHERE tenant_id = ${s.tenantId} AND action = 'evaluation.verify'`,
    );
    expect(await verifyAuditChain(database.db, s.tenantId)).toMatchObject({
      intact: false,
      brokenAt: { reason: 'row_changed', table: 'evaluation_indicators', rowId: one, seq: Number(verification.seq) },
    });
  });

  it('evidence deleted with SQL is missed; evidence removed through the application is not', async () => {
    const s = await answeredCycle();
    await exec(sql`DELETE FROM evaluation_evidence WHERE tenant_id = ${s.tenantId} AND id = ${s.kept}`);
    expect(await verifyAuditChain(database.db, s.tenantId)).toMatchObject({ intact: false, brokenAt: { reason: 'row_deleted', table: 'evaluation_evidence', rowId: s.kept } });
  });

  it('evidence inserted with SQL is not in the trail', async () => {
    const s = await answeredCycle();
    const id = '01900000-0000-7000-8000-0000000000e1';
    await exec(sql`INSERT INTO evaluation_evidence (tenant_id, id, cycle_id, indicator_number, kind, url, label, added_by, level, item_number)
      SELECT tenant_id, ${id}, cycle_id, indicator_number, kind, url, 'Bukti selundupan', added_by, level, 9 FROM evaluation_evidence WHERE tenant_id = ${s.tenantId} AND id = ${s.kept}`);
    expect(await verifyAuditChain(database.db, s.tenantId)).toMatchObject({ intact: false, brokenAt: { reason: 'row_unaudited', table: 'evaluation_evidence', rowId: id } });
  });
});
