import type { RegulationId } from '../../../regulations/types';

export interface CertificateFacts {
  hasCertificate: boolean;
  certificateExpiresAt: string | null;
}

/**
 * Dumai 18/2019 Ps 17(1): "Setiap aplikasi yang dibangun oleh OPD harus menggunakan sertifikat
 * elektronik". An expired certificate is a gap to close, not an impossible value: the registry
 * records it as it is (refusing would push people to leave the date out), compliance reports
 * the obligation as not met, and the person registering is warned at once. Null when there is
 * nothing to say: no certificate recorded, still valid, or the regulation not in force.
 */
export function findCertificateWarning(app: CertificateFacts, inForce: readonly RegulationId[], today: string): { expiresAt: string } | null {
  if (!inForce.includes('dumai-18-2019') || !app.hasCertificate || !app.certificateExpiresAt) return null;
  return app.certificateExpiresAt < today ? { expiresAt: app.certificateExpiresAt } : null;
}
