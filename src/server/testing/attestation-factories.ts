import type { z } from 'zod';
import type { AttestationInput } from '../../shared/attestations';
import type { DB } from '../platform/db/database';
import { createTestAgency, createTestTenant, createTestUser } from './factories';

/** A statement for an obligation no registry can show (Dumai 18/2019 Ps 22(2): coordination "secara berkala"). */
export function buildAttestationInput(agencyId: string | null, overrides: Partial<z.input<typeof AttestationInput>> = {}): z.infer<typeof AttestationInput> {
  return {
    obligationId: 'dumai-18-2019/22-2',
    agencyId,
    statement: 'Pembinaan dilaksanakan melalui rapat koordinasi triwulanan dengan seluruh OPD; notulen terlampir.',
    attestedOn: new Date().toISOString().slice(0, 10),
    links: [],
    ...overrides,
  };
}

/** A Dumai tenant with its ICT office, another agency, their heads, an operator and an inspector. */
export async function createAttestationCast(db: DB) {
  const tenant = await createTestTenant(db);
  const { admin } = tenant;
  const ictOffice = await createTestAgency(db, admin, { name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office'] });
  const otherAgency = await createTestAgency(db, admin, { name: 'Dinas Kesehatan' });
  const ictHead = await createTestUser(db, admin, [{ role: 'agency_head', agencyId: ictOffice.id }]);
  const ictOperator = await createTestUser(db, admin, [{ role: 'agency_operator', agencyId: ictOffice.id }]);
  const otherHead = await createTestUser(db, admin, [{ role: 'agency_head', agencyId: otherAgency.id }]);
  const inspector = await createTestUser(db, admin, [{ role: 'inspector', agencyId: null }]);
  return { ...tenant, ictOffice, otherAgency, ictHead: ictHead.ctx, ictOperator: ictOperator.ctx, otherHead: otherHead.ctx, inspector: inspector.ctx };
}
