import type { InternalPolicyCode } from '../../regulations/dumai-67-2022/internal-policies';
import { addPolicyReview, setInternalPolicy, uploadPolicyFile, uploadReviewFile } from '../modules/internal-policies/service';
import { buildInternalPolicyInput, buildPolicyReviewInput } from '../testing/internal-policy-factories';
import { t } from '../../i18n/server';
import { demoPdfUpload } from './render-demo-document';
import type { DemoWorld } from './demo-world';
import { formatDemoDate } from './demo-clock';

type DecreeKind = 'perwako' | 'kepwako' | 'kepkadis';

/**
 * The register of Kebijakan Internal SPBE (Dumai 67/2022 Lampiran BAB II.A–J) as the demo
 * city keeps it. Days count back from the run; each policy is reviewed yearly (Simpul's default
 * reading of "secara periodik", periodic-reading.ts), so the states below are real: on time, reviewed late once and on
 * time since, a review now overdue, one due within 30 days, never reviewed, and missing.
 */
export interface DemoPolicy {
  code: InternalPolicyCode;
  decree: DecreeKind;
  /** the decree's subject, after "tentang" */
  subject: string;
  /** days before the run the decree was set */
  enactedDaysAgo: number;
  /** days before the run each review report was written, oldest first */
  reviewsDaysAgo: number[];
  /** the decree and the latest review report are uploaded as files */
  files?: boolean;
}

export const demoPolicies: readonly DemoPolicy[] = [
  // reviewed every year on time
  { code: 'architecture', decree: 'perwako', subject: 'Arsitektur Sistem Pemerintahan Berbasis Elektronik Kota Dumai', enactedDaysAgo: 1150, reviewsDaysAgo: [800, 440, 80], files: true },
  // the last review is more than a year old: overdue
  { code: 'roadmap', decree: 'perwako', subject: 'Peta Rencana Sistem Pemerintahan Berbasis Elektronik Kota Dumai', enactedDaysAgo: 1120, reviewsDaysAgo: [790, 400] },
  { code: 'data_management', decree: 'perwako', subject: 'Manajemen Data dan Satu Data Kota Dumai', enactedDaysAgo: 900, reviewsDaysAgo: [560, 200], files: true },
  // the first review came almost two years after the decree (late); on time since
  { code: 'application_development', decree: 'perwako', subject: 'Pembangunan dan Pengembangan Aplikasi SPBE', enactedDaysAgo: 1000, reviewsDaysAgo: [300] },
  // never reviewed since it was set more than a year ago: overdue
  { code: 'data_center', decree: 'perwako', subject: 'Layanan Pusat Data Pemerintah Kota Dumai', enactedDaysAgo: 600, reviewsDaysAgo: [], files: true },
  // intranet and integration service: no policy yet
  // the review falls due within 30 days
  { code: 'information_security', decree: 'perwako', subject: 'Manajemen Keamanan Informasi SPBE', enactedDaysAgo: 720, reviewsDaysAgo: [350] },
  // set a little over a year ago, its first review held on time
  { code: 'ict_audit', decree: 'perwako', subject: 'Audit Teknologi Informasi dan Komunikasi', enactedDaysAgo: 400, reviewsDaysAgo: [45] },
  { code: 'coordination_team', decree: 'kepwako', subject: 'Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik Kota Dumai', enactedDaysAgo: 1200, reviewsDaysAgo: [840, 480, 130], files: true },
  // the documents the policies order (Lampiran I huruf C–G)
  { code: 'data_management_guideline', decree: 'kepkadis', subject: 'Pedoman Manajemen Data', enactedDaysAgo: 850, reviewsDaysAgo: [500, 150] },
  { code: 'application_development_guideline', decree: 'kepkadis', subject: 'Pedoman Pembangunan dan Pengembangan Aplikasi', enactedDaysAgo: 950, reviewsDaysAgo: [] },
  { code: 'data_center_sop', decree: 'kepkadis', subject: 'Standar Operasional Prosedur Layanan Pusat Data', enactedDaysAgo: 560, reviewsDaysAgo: [210] },
  // intranet and integration-service SOPs: not drawn up yet
];

function decreeNumber(policy: DemoPolicy, n: number, year: string): string {
  if (policy.decree === 'perwako') return `Peraturan Wali Kota Dumai Nomor ${n} Tahun ${year} (contoh fiktif)`;
  if (policy.decree === 'kepwako') return `Keputusan Wali Kota Dumai Nomor 100.3.3.2/${n}/${year} (contoh fiktif)`;
  return `Keputusan Kepala Dinas Komunikasi dan Informatika Nomor 000.5/${n}/Diskominfo/${year} (contoh fiktif)`;
}

const reviewSummaries = [
  'Kebijakan direviu bersama Tim Koordinasi SPBE; isi masih sesuai dengan Arsitektur SPBE dan kebutuhan perangkat daerah.',
  'Reviu menemukan beberapa ketentuan yang perlu diselaraskan dengan peraturan terbaru; perubahan diusulkan kepada Bagian Hukum.',
  'Pelaksanaan kebijakan dievaluasi di perangkat daerah sampel; tingkat kepatuhan meningkat dibanding tahun sebelumnya.',
];

/** The ICT office administrator keeps the register (policy internalPolicy.manage). */
export async function createDemoInternalPolicies(world: DemoWorld) {
  const { db, admin, clock } = world;
  let reviews = 0;
  for (const [i, policy] of demoPolicies.entries()) {
    const decreeDate = clock.date(-policy.enactedDaysAgo);
    const label = t('id', `reg-dumai-67-2022.internalPolicy.${policy.code}`);
    const input = buildInternalPolicyInput({ title: policy.subject, decreeNumber: decreeNumber(policy, 11 + i * 3, decreeDate.slice(0, 4)), decreeDate });
    await setInternalPolicy(db, admin, policy.code, input);
    if (policy.files) {
      const upload = await demoPdfUpload(`${policy.code}-penetapan.pdf`, { title: input.decreeNumber, heading: [`tentang ${policy.subject}`, `Ditetapkan ${formatDemoDate(decreeDate)}`], paragraphs: [`Dokumen pengganti naskah ${label}.`], tenantName: world.tenantName });
      await uploadPolicyFile(db, admin, world.deps.files, policy.code, upload);
    }
    for (const [r, daysAgo] of policy.reviewsDaysAgo.entries()) {
      const reviewedAt = clock.date(-daysAgo);
      const last = r === policy.reviewsDaysAgo.length - 1;
      const review = buildPolicyReviewInput({
        reviewedAt,
        summary: reviewSummaries[(i + r) % reviewSummaries.length],
        followUp: last ? 'Tindak lanjut dipantau Tim Koordinasi SPBE pada rapat triwulan berikutnya.' : null,
      });
      const { id } = await addPolicyReview(db, admin, policy.code, review);
      if (policy.files && last) {
        const upload = await demoPdfUpload(`${policy.code}-laporan-reviu-${reviewedAt}.pdf`, { title: `Laporan Hasil Reviu dan Evaluasi: ${label}`, heading: [`Tanggal reviu ${formatDemoDate(reviewedAt)}`], paragraphs: [review.summary], tenantName: world.tenantName });
        await uploadReviewFile(db, admin, world.deps.files, policy.code, id, upload);
      }
      reviews++;
    }
  }
  return { policies: demoPolicies.length, reviews };
}
