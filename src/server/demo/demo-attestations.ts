import { createAttestation, uploadAttestationFile } from '../modules/attestations/service';
import { acceptAttestation, returnAttestation, submitAttestation } from '../modules/attestations/transition-service';
import { buildAttestationInput } from '../testing/attestation-factories';
import { demoPdfUpload } from './render-demo-document';
import type { DemoWorld } from './demo-world';
import { formatDemoDate } from './demo-clock';

type DemoOutcome = 'draft' | 'submitted' | 'returned' | 'accepted';

/**
 * Statements on duties no registry can show (issue 8 §3), one per state: accepted and standing,
 * accepted long ago and now expired (falls due again on the calendar), returned with the
 * Inspectorate's note, awaiting verification, and a draft. Each written by the bound party's
 * head and decided by the Inspectorate's auditor, through the service.
 */
interface DemoAttestation {
  obligationId: string;
  agency: string;
  statement: string;
  attestedDaysAgo: number;
  outcome: DemoOutcome;
  returnNote?: string;
  evidenceFile?: string;
}

const demoAttestations: readonly DemoAttestation[] = [
  {
    // Dumai 67/2022 Ps 15(1): Sistem Penghubung Layanan diselenggarakan oleh Diskominfo
    obligationId: 'dumai-67-2022/15-1',
    agency: 'DISKOMINFO',
    statement: 'Sistem Penghubung Layanan Pemerintah Kota Dumai diselenggarakan oleh Bidang Aplikasi Informatika Diskominfo dan melayani pertukaran data antaraplikasi OPD.',
    attestedDaysAgo: 60,
    outcome: 'accepted',
    evidenceFile: 'sistem-penghubung-layanan.pdf',
  },
  {
    // Dumai 67/2022 Ps 12(3): Infrastruktur SPBE diselenggarakan oleh unit kerja Kominfo; made 400 days ago, so it has expired
    obligationId: 'dumai-67-2022/12-3',
    agency: 'DISKOMINFO',
    statement: 'Infrastruktur SPBE (jaringan intra, pusat data, sistem penghubung layanan) diselenggarakan oleh Diskominfo berdasarkan Perwako tentang Tata Kelola SPBE.',
    attestedDaysAgo: 400,
    outcome: 'accepted',
  },
  {
    // Dumai 67/2022 Ps 5(2): reviu Arsitektur SPBE pada paruh waktu
    obligationId: 'dumai-67-2022/5-2',
    agency: 'DISKOMINFO',
    statement: 'Reviu paruh waktu Arsitektur SPBE telah dilaksanakan oleh Diskominfo bersama Tim Koordinasi SPBE.',
    attestedDaysAgo: 20,
    outcome: 'returned',
    returnNote: 'Lampirkan berita acara reviu dan daftar hadir Tim Koordinasi SPBE.',
  },
  {
    // Dumai 67/2022 Ps 8(2): rencana dan anggaran SPBE disusun melalui koordinasi
    obligationId: 'dumai-67-2022/8-2',
    agency: 'BAPPEDA',
    statement: 'Rencana dan anggaran SPBE tahun berjalan disusun Bappeda melalui forum koordinasi dengan Diskominfo dan BPKAD sebelum RKA OPD ditetapkan.',
    attestedDaysAgo: 10,
    outcome: 'submitted',
  },
  {
    // Dumai 67/2022 Ps 16(2): layanan Pusat Kendali Jaringan
    obligationId: 'dumai-67-2022/16-2',
    agency: 'DISKOMINFO',
    statement: 'Layanan Pusat Kendali Jaringan dioperasikan Diskominfo setiap hari kerja; laporan bulanan disusun oleh pengelola.',
    attestedDaysAgo: 5,
    outcome: 'draft',
  },
];

export async function createDemoAttestations(world: DemoWorld) {
  const { db, clock } = world;
  const inspector = world.person('auditor.inspektorat');
  for (const spec of demoAttestations) {
    const head = world.head(spec.agency);
    const attestedOn = clock.date(-spec.attestedDaysAgo);
    const draft = await createAttestation(db, head, buildAttestationInput(world.agencyId(spec.agency), { obligationId: spec.obligationId, statement: spec.statement, attestedOn }));
    if (spec.evidenceFile) {
      const upload = await demoPdfUpload(spec.evidenceFile, { title: 'Bukti Pernyataan Kepatuhan', heading: [world.agencyNames.get(spec.agency) ?? spec.agency, `Tanggal ${formatDemoDate(attestedOn)}`], paragraphs: [spec.statement], tenantName: world.tenantName });
      await uploadAttestationFile(db, head, world.deps.files, draft.id, upload);
    }
    if (spec.outcome === 'draft') continue;
    // decided on the demo's day, so an evaluation on that day sees them decided
    await submitAttestation(db, head, draft.id, null, clock.now);
    if (spec.outcome === 'accepted') await acceptAttestation(db, inspector, draft.id, null, clock.now);
    if (spec.outcome === 'returned') await returnAttestation(db, inspector, draft.id, spec.returnNote ?? '', clock.now);
  }
  return { attestations: demoAttestations.length };
}
