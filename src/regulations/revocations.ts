import type { Citation, RegulationId } from './types';

/** A regulation that revokes another: the revoked one stops the day the revoking one starts. */
export interface Revocation {
  revoking: RegulationId;
  revoked: RegulationId;
  citation: Citation;
}

export const revocations: readonly Revocation[] = [
  // Dumai 67/2022 Ps 34: "Peraturan Wali Kota Dumai Nomor 18 Tahun 2019 ... dicabut dan dinyatakan tidak berlaku."
  { revoking: 'dumai-67-2022', revoked: 'dumai-18-2019', citation: { regulation: 'dumai-67-2022', pasal: '34' } },
];
