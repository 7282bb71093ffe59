import type { DemoAgency } from './agency-catalogue';
import type { DemoApplication, DemoGap } from './application-spec';

/** Agencies whose website is already in the other catalogues (or deliberately outside the city domain). */
const ownWebsite = new Set(['SETWAN', 'RSUD', 'DISPAR']);

// a few deliberate gaps among the many similar websites, by agency code
const websiteGaps: Record<string, DemoGap[]> = {
  DISNAKER: ['certificateExpired'],
  DISTAN: ['evaluationStale'],
  'KEC-MK': ['certificateExpiring'],
  'KEC-SS': ['neverEvaluated', 'noCertificate'],
};

const hostLabel = (agency: DemoAgency) =>
  agency.kind === 'kecamatan' ? `kec${agency.name.replace(/^Kecamatan /, '').toLowerCase().replace(/[^a-z]/g, '')}` : agency.mailbox;

/**
 * Every agency's website on the ICT office's common website platform, operated by the ICT
 * office, and each kecamatan's integrated administrative service (PATEN).
 */
export function buildWebsiteApplications(agencies: readonly DemoAgency[]): DemoApplication[] {
  const websites = agencies
    .filter((a) => !a.parent && !ownWebsite.has(a.code))
    .map(
      (a): DemoApplication => ({
        agency: a.code,
        name: `Website ${a.name}`,
        businessFunction: 'Publikasi informasi perangkat daerah',
        description: `Profil, berita, dokumen publik dan layanan ${a.name}, di atas platform website perangkat daerah.`,
        operator: 'DISKOMINFO',
        host: hostLabel(a),
        gaps: websiteGaps[a.code],
      }),
    );
  const paten = agencies
    .filter((a) => a.kind === 'kecamatan')
    .map(
      (a): DemoApplication => ({
        agency: a.code,
        name: `PATEN ${a.name}`,
        businessFunction: 'Pelayanan administrasi terpadu kecamatan',
        description: `Permohonan surat keterangan dan rekomendasi di ${a.name}, dengan pelacakan berkas.`,
        host: `paten-${hostLabel(a)}`,
        apisUsed: ['Verifikasi NIK Dukcapil'],
      }),
    );
  return [...websites, ...paten];
}
