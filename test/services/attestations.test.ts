import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src/regulations/checks/dates';
import { findEntityHistory } from '../../src/server/modules/audit-trail/service';
import { attestationsSection } from '../../src/server/modules/attestations/compliance-section';
import { createAttestation, getAttestation, listAttestations, readAttestationFile, updateAttestation, uploadAttestationFile } from '../../src/server/modules/attestations/service';
import { acceptAttestation, returnAttestation, submitAttestation } from '../../src/server/modules/attestations/transition-service';
import { evaluateTenant } from '../../src/server/modules/compliance/evaluate-tenant';
import { getDueCalendar, getObligationDetail } from '../../src/server/modules/compliance/service';
import type { Database } from '../../src/server/platform/db/database';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import { buildAttestationInput, createAttestationCast } from '../../src/server/testing/attestation-factories';
import { createTestAgency, createTestApplication, createTestTenant, createTestUser } from '../../src/server/testing/factories';
import { openTestDatabase } from '../support/database';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const store = createDiskFileStore(mkdtempSync(join(tmpdir(), 'simpul-attestation-')));
const today = () => new Date().toISOString().slice(0, 10);
const obligation = 'dumai-18-2019/22-2';

async function statusOf(db: Database['db'], tenantId: string, obligationId: string, asOf = today()) {
  const evaluation = await evaluateTenant(db, tenantId, asOf);
  return evaluation.results.find((r) => r.obligationId === obligationId)?.result;
}

describe('attestations (issue 8 §3)', () => {
  it('Dumai 18/2019 Ps 22(2): the ICT office head attests, the Inspectorate returns, the head answers, the Inspectorate accepts; the obligation is attested', async () => {
    const { db } = database;
    const cast = await createAttestationCast(db);
    expect((await statusOf(db, cast.tenantId, obligation))?.status).toBe('not_measurable');

    const app = await createTestApplication(db, cast.admin, cast.ictOffice.id, { name: 'Sistem Rapat Koordinasi' });
    const draft = await createAttestation(db, cast.ictHead, buildAttestationInput(cast.ictOffice.id, { links: [{ recordType: 'application', recordId: app.id }] }));
    // the link keeps the record's name, so the Inspectorate reads a name, not an id
    expect(draft.links).toEqual([{ recordType: 'application', recordId: app.id, label: 'Sistem Rapat Koordinasi' }]);
    expect(draft).toMatchObject({ state: 'draft', partyName: 'Dinas Komunikasi dan Informatika', validityBasis: 'interpretation', validUntil: addMonths(today(), 12), abilities: { edit: true, submit: true, verify: false } });
    const withFile = await uploadAttestationFile(db, cast.ictHead, store, draft.id, { content: Buffer.from('%PDF-1.4\n% notulen\n'), fileName: 'notulen.pdf', mimeType: 'application/pdf' });
    expect(withFile.file).toMatchObject({ fileName: 'notulen.pdf' });
    expect((await readAttestationFile(db, cast.inspector, store, draft.id)).content.toString()).toContain('notulen');

    await submitAttestation(db, cast.ictHead, draft.id, null);
    const queue = await listAttestations(db, cast.inspector, { state: 'submitted' });
    expect(queue.items.map((a) => [a.id, a.abilities.verify])).toEqual([[draft.id, true]]);
    // a submitted statement counts for nothing yet
    expect((await statusOf(db, cast.tenantId, obligation))?.status).toBe('not_measurable');

    const returned = await returnAttestation(db, cast.inspector, draft.id, 'Lampirkan notulen rapat triwulan terakhir.');
    expect(returned).toMatchObject({ state: 'returned', decisionNote: 'Lampirkan notulen rapat triwulan terakhir.' });
    await updateAttestation(db, cast.ictHead, draft.id, { statement: `${draft.statement} Notulen triwulan IV dilampirkan.`, attestedOn: today(), links: [] });
    await submitAttestation(db, cast.ictHead, draft.id, 'Notulen triwulan IV sudah dilampirkan.');
    const accepted = await acceptAttestation(db, cast.inspector, draft.id, null);
    expect(accepted).toMatchObject({ state: 'accepted', decidedByName: cast.inspector.actor!.label, abilities: { edit: false, submit: false, verify: false } });
    expect(accepted.history.map((h) => [h.action, h.note])).toEqual([
      ['create', null],
      ['upload', null],
      ['submit', null],
      ['return', 'Lampirkan notulen rapat triwulan terakhir.'],
      ['edit', null],
      ['submit', 'Notulen triwulan IV sudah dilampirkan.'],
      ['accept', null],
    ]);

    expect(await statusOf(db, cast.tenantId, obligation)).toMatchObject({ status: 'attested', attestationId: draft.id, validUntil: addMonths(today(), 12) });
    const detail = await getObligationDetail(db, cast.otherHead, obligation, {});
    expect(detail.status).toBe('attested');
    // the ICT office's evidence is the ICT office's: another agency sees that it is attested, not the statement
    expect(detail.evidence).toEqual([]);
    expect((await getObligationDetail(db, cast.inspector, obligation, {})).evidence).toMatchObject([{ kind: 'compliance.attestationEvidence', recordType: 'attestation', recordId: draft.id }]);

    const history = await findEntityHistory(db, cast.tenantId, 'attestation', draft.id);
    expect(history.map((h) => h.action)).toEqual(['attestation.accept', 'attestation.submit', 'attestation.edit', 'attestation.return', 'attestation.submit', 'attestation.upload', 'attestation.create']);
    expect(await attestationsSection.load(db, { tenantId: cast.tenantId, asOf: today() })).toMatchObject([{ id: draft.id, obligationId: obligation, agencyId: cast.ictOffice.id, acceptedBy: cast.inspector.actor!.label }]);
  });

  it('Dumai 18/2019 Ps 5(3): validity follows the cadence (every 60 months); an expired attestation falls due again, on the calendar too', async () => {
    const { db } = database;
    const cast = await createAttestationCast(db);
    const planned = await createAttestation(db, cast.ictHead, buildAttestationInput(cast.ictOffice.id, { obligationId: 'dumai-18-2019/5-3', attestedOn: '2024-01-31' }));
    expect(planned).toMatchObject({ validityBasis: 'cadence', validUntil: '2029-01-31' });

    const old = await createAttestation(db, cast.ictHead, buildAttestationInput(cast.ictOffice.id, { attestedOn: addMonths(today(), -13) }));
    await submitAttestation(db, cast.ictHead, old.id, null);
    const accepted = await acceptAttestation(db, cast.inspector, old.id, null);
    expect(accepted.state).toBe('expired');
    expect((await listAttestations(db, cast.inspector, { state: 'expired' })).items.map((a) => a.id)).toEqual([old.id]);
    expect((await statusOf(db, cast.tenantId, obligation))?.status).toBe('not_measurable');
    const calendar = await getDueCalendar(db, cast.inspector, { months: 12 });
    expect(calendar.events.filter((e) => e.kind === 'attestation_renewal')).toMatchObject([{ obligationId: obligation, overdue: true, date: today(), recordType: 'attestation', recordId: old.id, recordName: 'Dinas Komunikasi dan Informatika', label: 'Pernyataan kepatuhan habis masa berlaku' }]);
  });

  it('Dumai 18/2019 Ps 22(2): due soon within 30 days before the last day', async () => {
    const { db } = database;
    const cast = await createAttestationCast(db);
    const a = await createAttestation(db, cast.ictHead, buildAttestationInput(cast.ictOffice.id, { attestedOn: addMonths(today(), -12) }));
    await submitAttestation(db, cast.ictHead, a.id, null);
    await acceptAttestation(db, cast.inspector, a.id, null);
    const soon = addMonths(addMonths(today(), -12), 12);
    // validUntil is today: still valid, and within the warning window
    expect(await statusOf(db, cast.tenantId, obligation)).toMatchObject({ status: 'due_soon', dueDate: soon });
  });

  it('only the party attests, only the Inspectorate verifies, never its own statement; impossible input is refused', async () => {
    const { db } = database;
    const cast = await createAttestationCast(db);
    const input = buildAttestationInput(cast.ictOffice.id);
    await expect(createAttestation(db, cast.otherHead, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createAttestation(db, cast.ictOperator, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createAttestation(db, cast.inspector, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // the other agency is no party of the ICT office's duty
    await expect(createAttestation(db, cast.otherHead, buildAttestationInput(cast.otherAgency.id))).rejects.toMatchObject({ code: 'ATTESTATION_NOT_A_PARTY', status: 422 });
    await expect(createAttestation(db, cast.ictHead, buildAttestationInput(cast.ictOffice.id, { attestedOn: addMonths(today(), 1) }))).rejects.toMatchObject({ code: 'ATTESTATION_DATE_IN_FUTURE' });
    await expect(createAttestation(db, cast.ictHead, buildAttestationInput(cast.ictOffice.id, { obligationId: 'dumai-18-2019/nope' }))).rejects.toMatchObject({ code: 'ATTESTATION_OBLIGATION_UNKNOWN' });
    // Palu 14/2022 does not bind a Dumai tenant
    await expect(createAttestation(db, cast.ictHead, buildAttestationInput(cast.ictOffice.id, { obligationId: 'palu-14-2022/4-2' }))).rejects.toMatchObject({ code: 'ATTESTATION_OBLIGATION_NOT_IN_FORCE' });

    // the tenant's admin speaks for the ICT office too
    const byAdmin = await createAttestation(db, cast.admin, input);
    await expect(createAttestation(db, cast.ictHead, input)).rejects.toMatchObject({ code: 'ATTESTATION_OPEN_EXISTS', status: 409 });
    await expect(acceptAttestation(db, cast.inspector, byAdmin.id, null)).rejects.toMatchObject({ code: 'ATTESTATION_TRANSITION_INVALID', status: 409 });
    await expect(submitAttestation(db, cast.otherHead, byAdmin.id, null)).rejects.toMatchObject({ status: 404 });
    await submitAttestation(db, cast.ictHead, byAdmin.id, null);
    await expect(acceptAttestation(db, cast.ictHead, byAdmin.id, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(acceptAttestation(db, cast.admin, byAdmin.id, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateAttestation(db, cast.ictHead, byAdmin.id, { statement: 'Diubah setelah diajukan.', attestedOn: today(), links: [] })).rejects.toMatchObject({ code: 'ATTESTATION_TRANSITION_INVALID' });

    // an inspector who also writes statements never verifies their own
    const both = await createTestUser(db, cast.admin, [{ role: 'admin', agencyId: null }, { role: 'inspector', agencyId: null }]);
    const own = await createAttestation(db, both.ctx, buildAttestationInput(cast.ictOffice.id, { obligationId: 'dumai-18-2019/22-3' }));
    await submitAttestation(db, both.ctx, own.id, null);
    await expect(acceptAttestation(db, both.ctx, own.id, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('evidence links point at records that exist for the writer: an invented id, a number instead of an id, another tenant\'s record are refused', async () => {
    const { db } = database;
    const cast = await createAttestationCast(db);
    const other = await createTestTenant(db);
    const otherAgency = await createTestAgency(db, other.admin, { name: 'Dinas Lain' });
    const foreign = await createTestApplication(db, other.admin, otherAgency.id);
    const refused = async (links: { recordType: 'application' | 'request' | 'dataset' | 'document'; recordId: string }[]) =>
      createAttestation(db, cast.ictHead, buildAttestationInput(cast.ictOffice.id, { links })).then(
        () => 'created',
        (err: { code: string; fields?: Record<string, string> }) => `${err.code} ${Object.keys(err.fields ?? {}).join(',')}`,
      );
    expect(await refused([{ recordType: 'request', recordId: 'RK-2026-001' }])).toBe('ATTESTATION_LINK_UNKNOWN links.0.recordId');
    expect(await refused([{ recordType: 'dataset', recordId: '01a23b5f-0000-7000-8000-000000000000' }])).toBe('ATTESTATION_LINK_UNKNOWN links.0.recordId');
    expect(await refused([{ recordType: 'application', recordId: foreign.id }])).toBe('ATTESTATION_LINK_UNKNOWN links.0.recordId');
    expect(await refused([{ recordType: 'document', recordId: '01a23b5f-0000-7000-8000-000000000000' }])).toBe('ATTESTATION_LINK_UNKNOWN links.0.recordId');
    // nothing was written by the refusals
    expect((await listAttestations(db, cast.ictHead, {})).items).toHaveLength(0);
  });

  it("an agency's attestation is hidden from other agencies and other tenants", async () => {
    const { db } = database;
    const cast = await createAttestationCast(db);
    // Dumai 18/2019 Ps 6(1) "Setiap OPD membuat rencana aksi": each agency attests for itself
    const own = await createAttestation(db, cast.otherHead, buildAttestationInput(cast.otherAgency.id, { obligationId: 'dumai-18-2019/6-1' }));
    await expect(getAttestation(db, cast.ictHead, own.id)).rejects.toMatchObject({ status: 404 });
    expect((await listAttestations(db, cast.ictHead, { obligationId: 'dumai-18-2019/6-1' })).items).toEqual([]);
    expect((await listAttestations(db, cast.inspector, { obligationId: 'dumai-18-2019/6-1' })).items.map((a) => a.id)).toEqual([own.id]);
    const parties = (await listAttestations(db, cast.otherHead, { obligationId: 'dumai-18-2019/6-1' })).parties;
    expect(parties.map((p) => [p.name, p.canAttest])).toEqual(
      expect.arrayContaining([['Dinas Kesehatan', true], ['Dinas Komunikasi dan Informatika', false]]),
    );

    const stranger = await createTestTenant(db);
    await expect(getAttestation(db, stranger.admin, own.id)).rejects.toMatchObject({ status: 404 });
    const strangerAgency = await createTestAgency(db, stranger.admin, { specialRoles: ['ict_office'] });
    await expect(createAttestation(db, stranger.admin, buildAttestationInput(cast.ictOffice.id))).rejects.toMatchObject({ code: 'ATTESTATION_NOT_A_PARTY' });
    expect(strangerAgency.id).not.toBe(cast.ictOffice.id);
  });

  it('Dumai 18/2019 Ps 6(1): an obligation of every agency is attested only when every agency has attested', async () => {
    const { db } = database;
    const cast = await createAttestationCast(db);
    const accept = async (ctx: typeof cast.ictHead, agencyId: string) => {
      const a = await createAttestation(db, ctx, buildAttestationInput(agencyId, { obligationId: 'dumai-18-2019/6-1' }));
      await submitAttestation(db, ctx, a.id, null);
      return acceptAttestation(db, cast.inspector, a.id, null);
    };
    await accept(cast.ictHead, cast.ictOffice.id);
    expect((await statusOf(db, cast.tenantId, 'dumai-18-2019/6-1'))?.status).toBe('not_measurable');
    await accept(cast.otherHead, cast.otherAgency.id);
    expect((await statusOf(db, cast.tenantId, 'dumai-18-2019/6-1'))?.status).toBe('attested');
  });
});
