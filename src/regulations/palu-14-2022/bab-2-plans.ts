import { defineObligations } from '../define-obligations';
import { checkAgencyWithRole } from '../checks/agency-with-role';
import { combineResults } from '../checks/evaluate-cadence';

/**
 * Palu 14/2022 BAB II Bagian Kedua to Kelima (Pasal 4-8): architecture, roadmap, plan and budget, business processes.
 */
export const architectureAndPlanObligations = defineObligations('palu-14-2022', 'BAB II TATA KELOLA SPBE', [
  {
    ref: '4-2',
    text: 'Domain arsitektur SPBE mendeskripsikan substansi arsitektur yang memuat: - a. Domain arsitektur proses bisnis; - b. Domain arsitektur data dan informasi; - c. Domain arsitektur infrastruktur SPBE; - d. Domain arsitektur Aplikasi SPBE; - e. Domain arsitektur Keamanan SPBE; dan - f. Domain arsitektur Layanan SPBE.',
    binds: 'tenant',
    about: 'architecture',
    needs: 'planning',
  },
  {
    ref: '4-3',
    text: 'Arsitektur SPBE disusun dengan berpedoman pada arsitektur SPBE Nasional, dan RPJMD.',
    binds: 'tenant',
    about: 'architecture',
    needs: 'planning',
  },
  {
    ref: '4-4',
    text: 'Penyusunan Arsitektur SPBE dikoordinasikan oleh Ketua Tim Koordinasi SPEE.',
    binds: 'coordination_team',
    about: 'architecture',
    needs: 'planning',
  },
  // huruf b names no field ("di bidang untuk domain arsitektur data"), so only huruf a and c can be checked
  {
    ref: '4-5',
    text: 'Penyusunan masing –masing domain Arsitektur SPBE sebagaimana dimaksud dikoordinasikan oleh: - a. Perangkat Daerah yang melaksanakan tugas dan fungsi organisasi untuk domain arsitektur Proses Bisnis dan Layanan SPBE; - b. Perangkat Daerah yang menyelenggarakan urusan di bidang untuk domain arsitektur data dan informasi; dan - c. Perangkat Daerah teknis yang menyelenggarakan urusan di bidang Komunikasi dan informatika untuk domain arsitektur aplikasi, arsitektur infrasturktur, dan arsitektur keamanan.',
    binds: 'tenant',
    about: 'architecture',
    needs: 'organisation',
    check: (model) => combineResults([checkAgencyWithRole('organisation_bureau')(model), checkAgencyWithRole('ict_office')(model)]),
  },
  {
    ref: '5-1',
    text: 'Pelaksanaan SPBE di lingkungan Pemerintah Daerah wajib mengacu pada Arsitektur SPBE.',
    binds: 'tenant',
    about: 'architecture',
    needs: 'planning',
  },
  {
    ref: '5-2',
    text: 'Arsitektur SPBE sebagaimana dimaksud pada ayat (1) ditetapkan dengan Keputusan Wali Kota.',
    binds: 'mayor',
    about: 'architecture',
    needs: 'planning',
  },
  {
    ref: '5-3',
    text: 'Arsitektur SPBE sebagaimana dimaksud pada ayat (1) ditetapkan untuk: - a. jangka waktu 5 (lima) tahun apabila Arsitektur SPBE ditetapkan sesuai jangka waktu RPJMD; atau - b. kurang dari jangka waktu 5 (lima) tahun apabila Arsitektur SPBE ditetapkan pada saat tahun berjalan RPJMD.',
    binds: 'mayor',
    about: 'architecture',
    needs: 'planning',
  },
  {
    ref: '5-4',
    text: 'Perangkat Daerah yang membidangi Komunikasi dan Informatika melakukan reviu terhadap Arsitektur SPBE sebagaimana dimaksud pada ayat (1) pada paruh waktu dan tahun terakhir pelaksanaan atau sewaktu-waktu sesuai kebutuhan.',
    binds: 'ict_office',
    about: 'architecture',
    needs: 'planning',
  },
  {
    ref: '5-6',
    text: 'Perubahan Arsitektur SPBE sebagaimana dimaksud pada ayat (5) dilaksanakan dengan memperhatikan: - a. perkembangan teknologi; - b. kebutuhan Daerah; - c. penyesuaian atau perubahan Arsitektur SPBE nasional; - d. hasil pemantauan dan evaluasi SPBE di Pemerintah Daerah; - e. perubahan pada unsur SPBE Pemerintah Daerah sebagaimana dimaksud dalam Pasal 3 ayat (2) huruf c sampai dengan huruf i; atau - f. perubahan RPJMD; atau - g. ketentuan peraturan perundang-undangan.',
    binds: 'ict_office',
    about: 'architecture',
    needs: 'planning',
  },
  {
    ref: '6-1',
    text: 'Peta Rencana SPBE disusun dengan berpedoman pada Peta Rencana SPBE Nasional, Arsitektur SPBE, RPJMD, dan rencana strategis Pemerintah Daerah.',
    binds: 'tenant',
    about: 'roadmap',
    needs: 'planning',
  },
  {
    ref: '6-2',
    text: 'Peta Rencana SPBE Daerah sebagaimana dimaksud pada ayat (1) memuat - a. Tata Kelola SPBE; - b. Manajemen SPBE; - c. Layanan SPBE; - d. Infrastruktur SPBE; - e. Aplikasi SPBE; - f. Keamanan SPBE; dan - g. Audit teknologi informasi dan komunikasi',
    binds: 'tenant',
    about: 'roadmap',
    needs: 'planning',
  },
  {
    ref: '6-3',
    text: 'Peta Rencana SPBE sebagaimana dimaksud pada ayat (1) ditetapkan dengan Keputusan Wali Kota.',
    binds: 'mayor',
    about: 'roadmap',
    needs: 'planning',
  },
  {
    ref: '6-4',
    text: 'Peta Rencana SPBE sebagaimana dimaksud pada ayat (1) ditetapkan untuk jangka waktu 5 (lima) tahun.',
    binds: 'mayor',
    about: 'roadmap',
    needs: 'planning',
  },
  {
    ref: '6-5',
    text: 'Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika melakukan reviu terhadap Peta Rencana SPBE sebagaimana dimaksud pada ayat (1) pada paruh waktu dan tahun terakhir pelaksanaan atau sewaktu-waktu sesuai kebutuhan.',
    binds: 'ict_office',
    about: 'roadmap',
    needs: 'planning',
  },
  {
    ref: '6-7',
    text: 'Perubahan Peta Rencana SPBE sebagaimana dimaksud pada ayat (5) dilaksanakan dengan memperhatikan: - a. ketetapan Daerah; - b. perubahan RPJMD; - c. perubahan Arsitektur SPBE; dan/atau - d. ketentuan peraturan perundang-undangan.',
    binds: 'ict_office',
    about: 'roadmap',
    needs: 'planning',
  },
  // "proses perencanaan dan penganggaran tahunan": the plan and budget are drawn up every year
  {
    ref: '7-1',
    text: 'Rencana dan anggaran SPBE disusun oleh Perangkat Daerah sesuai dengan proses perencanaan dan penganggaran tahunan Pemerintah Daerah.',
    binds: 'every_agency',
    about: 'budget_plan',
    needs: 'planning',
    cadence: { kind: 'every', months: 12 },
  },
  {
    ref: '7-2',
    text: 'Rencana dan anggaran SPBE berpedoman pada Arsitektur SPBE dan Peta Rencana SPBE.',
    binds: 'every_agency',
    about: 'budget_plan',
    needs: 'planning',
  },
  {
    ref: '7-3',
    text: 'Untuk keterpaccuan rencana dan anggaran SPBE, penyusunan rencana dan anggaran SPBE dikoordinasikan Perangkat Daerah yang menyelenggarakan urusan di bidang perencanaan pembangunan Daerah.',
    binds: 'planning_office',
    about: 'budget_plan',
    needs: 'organisation',
    check: checkAgencyWithRole('planning_office'),
  },
  {
    ref: '7-4',
    text: 'Perangkat Daerah yang membidangi Komunikasi dan Informatika memberikan rekomendasi teknis kepada Perangkat Daerah dalam penyusunan rencana dan anggaran SPBE.',
    binds: 'ict_office',
    about: 'recommendation',
    needs: 'planning',
  },
  {
    ref: '8-2',
    text: 'Proses Bisnis sebagaimana dimaksud pada ayat (1) disusun oleh Perangkat Daerah Pemilik Layanan SPBE dengan berdasarkan pada Arsitektur SPBE.',
    binds: 'every_agency',
    about: 'business_process',
    needs: 'planning',
  },
  {
    ref: '8-3',
    text: 'Proses Bisnis yang saling terkait disusun secara terintegrasi untuk mendukung pembangunan pengembangan Aplikasi SPBE dan Layanan SPBE yang terintegrasi.',
    binds: 'every_agency',
    about: 'business_process',
    needs: 'planning',
  },
]);
