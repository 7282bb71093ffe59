import type { DB } from '../../src/server/platform/db/database';
import type { FileStore } from '../../src/server/platform/files/file-store';
import type { RequestContext } from '../../src/server/platform/context';
import type { AttestationRecord } from '../../src/server/platform/policy/resources/attestation';
import { createAttestation, uploadAttestationFile } from '../../src/server/modules/attestations/service';
import { submitAttestation } from '../../src/server/modules/attestations/transition-service';
import { buildAttestationInput } from '../../src/server/testing/attestation-factories';
import { createTestAgency, createTestUser } from '../../src/server/testing/factories';
import { fileForm, pdfBytes } from './problems';
import type { RouteCase, WalkFixtures } from './route-table';

/**
 * What the attestation routes act on in the walk (issue 8 §3). The walk tenant follows Dumai
 * 18/2019; its ICT office (made here) speaks for tenant-wide duties and the admin attests for it;
 * duties of every agency are attested by the own agency's head, each on its own obligation so
 * a fresh draft never meets an open one.
 */
export interface AttestationWalkFixtures {
  ownHead: RequestContext;
  ictOfficeId: string;
  /** a draft of the own agency, with an evidence file */
  ownDraft: { id: string; record: AttestationRecord };
  /** a draft of the other agency: hidden from the own agency's roles */
  otherDraft: { id: string; record: AttestationRecord };
  files: FileStore;
}

// Dumai 18/2019 duties of every agency ("Setiap OPD …") and of the tenant, none measurable from a registry
const everyAgencyDuties = ['6-4', '7-2', '9-1', '9-5', '11-3', '11-4', '11-8', '12-1', '12-2', '13-1', '13-4', '15-2', '15-4', '19-1', '19-5', '19-6', '20-1', '20-3', '20-4', '20-6'];
const tenantDuties = ['5-1', '5-2', '5-3', '6-2', '8-3-a', '8-3-b', '8-3-c', '8-3-d', '8-3-e', '9-4', '9-6', '9-7', '10', '11-6', '15-6', '17-3', '18-1', '18-2', '18-4', '18-5', '18-6', '18-7', '19-2', '19-4', '20-5', '21-3', '22-1', '22-3', '23-1', '23-2', '23-3'];
const pools = { agency: [...everyAgencyDuties], tenant: [...tenantDuties] };
function takeDuty(kind: keyof typeof pools): string {
  const ref = pools[kind].shift();
  if (!ref) throw new Error(`the attestation walk ran out of ${kind} duties`);
  return `dumai-18-2019/${ref}`;
}

const pdf = (name: string) => ({ content: pdfBytes(name), fileName: `${name}.pdf`, mimeType: 'application/pdf' });

export async function buildAttestationWalkFixtures(db: DB, admin: RequestContext, files: FileStore, own: string, other: string): Promise<AttestationWalkFixtures> {
  const ictOffice = await createTestAgency(db, admin, { specialRoles: ['ict_office'] });
  const ownHead = (await createTestUser(db, admin, [{ role: 'agency_head', agencyId: own }])).ctx;
  const otherHead = (await createTestUser(db, admin, [{ role: 'agency_head', agencyId: other }])).ctx;
  const ownDraft = await createAttestation(db, ownHead, buildAttestationInput(own, { obligationId: 'dumai-18-2019/6-1' }));
  await uploadAttestationFile(db, ownHead, files, ownDraft.id, pdf('notulen'));
  const otherDraft = await createAttestation(db, otherHead, buildAttestationInput(other, { obligationId: 'dumai-18-2019/6-1' }));
  return {
    ownHead,
    ictOfficeId: ictOffice.id,
    ownDraft: { id: ownDraft.id, record: { agencyId: own, ictOfficeParty: false, createdBy: ownHead.actor!.userId } },
    otherDraft: { id: otherDraft.id, record: { agencyId: other, ictOfficeParty: false, createdBy: otherHead.actor!.userId } },
    files,
  };
}

/** A fresh submitted attestation of the tenant written by the admin, for one accept or return call. */
async function freshSubmitted(f: WalkFixtures) {
  const a = await createAttestation(f.db, f.admin, buildAttestationInput(f.attestations.ictOfficeId, { obligationId: takeDuty('tenant') }));
  await submitAttestation(f.db, f.admin, a.id, null);
  return a.id;
}
const tenantRecord = (f: WalkFixtures): AttestationRecord => ({ agencyId: f.attestations.ictOfficeId, ictOfficeParty: true, createdBy: f.admin.actor!.userId });
const ownRecord = (f: WalkFixtures, createdBy = ''): AttestationRecord => ({ agencyId: f.ownAgency.id, ictOfficeParty: false, createdBy });

export const attestationRouteTable: Record<string, RouteCase[]> = {
  'GET /api/v1/attestations': [{ permission: 'attestation.read', request: async () => ({ path: '/api/v1/attestations?state=submitted' }) }],
  'POST /api/v1/attestations': [
    { target: 'own agency', permission: 'attestation.create', record: (f) => ownRecord(f), request: async (f) => ({ path: '/api/v1/attestations', body: buildAttestationInput(f.ownAgency.id, { obligationId: takeDuty('agency') }) }) },
    { target: 'tenant', permission: 'attestation.create', record: (f) => tenantRecord(f), request: async (f) => ({ path: '/api/v1/attestations', body: buildAttestationInput(f.attestations.ictOfficeId, { obligationId: takeDuty('tenant') }) }) },
  ],
  'GET /api/v1/attestations/{id}': [
    { target: 'own agency', permission: 'attestation.read', record: (f) => f.attestations.ownDraft.record, request: async (f) => ({ path: `/api/v1/attestations/${f.attestations.ownDraft.id}` }) },
    { target: 'other agency', permission: 'attestation.read', record: (f) => f.attestations.otherDraft.record, request: async (f) => ({ path: `/api/v1/attestations/${f.attestations.otherDraft.id}` }) },
  ],
  'PUT /api/v1/attestations/{id}': [
    {
      permission: 'attestation.update',
      record: (f) => f.attestations.ownDraft.record,
      request: async (f) => ({ path: `/api/v1/attestations/${f.attestations.ownDraft.id}`, body: { statement: 'Rencana aksi disusun dan ditetapkan kepala OPD.', attestedOn: new Date().toISOString().slice(0, 10), links: [] } }),
    },
  ],
  'POST /api/v1/attestations/{id}/file': [
    { permission: 'attestation.update', record: (f) => f.attestations.ownDraft.record, request: async (f) => ({ path: `/api/v1/attestations/${f.attestations.ownDraft.id}/file`, body: fileForm('bukti.pdf', pdfBytes('bukti')) }) },
  ],
  'GET /api/v1/attestations/{id}/file': [
    { permission: 'attestation.read', record: (f) => f.attestations.ownDraft.record, request: async (f) => ({ path: `/api/v1/attestations/${f.attestations.ownDraft.id}/file` }) },
  ],
  'POST /api/v1/attestations/{id}/submit': [
    {
      permission: 'attestation.submit',
      record: (f) => ownRecord(f, f.attestations.ownHead.actor!.userId),
      request: async (f) => {
        const a = await createAttestation(f.db, f.attestations.ownHead, buildAttestationInput(f.ownAgency.id, { obligationId: takeDuty('agency') }));
        return { path: `/api/v1/attestations/${a.id}/submit`, body: { note: null } };
      },
    },
  ],
  'POST /api/v1/attestations/{id}/accept': [
    { permission: 'attestation.verify', record: (f) => tenantRecord(f), request: async (f) => ({ path: `/api/v1/attestations/${await freshSubmitted(f)}/accept`, body: { note: null } }) },
  ],
  'POST /api/v1/attestations/{id}/return': [
    { permission: 'attestation.verify', record: (f) => tenantRecord(f), request: async (f) => ({ path: `/api/v1/attestations/${await freshSubmitted(f)}/return`, body: { note: 'Lampirkan bukti pelaksanaan.' } }) },
  ],
};
