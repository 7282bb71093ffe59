import { defineChapterObligations } from '../define-chapter-obligations';
import { findHandoverDocumentsCitedBy } from '../cited-handover-documents';
import { checkHandoverDocuments } from '../checks/application-handover';
import { checkIctOfficeSuperAdmin, checkRecommendationRecorded, checkSourceCodeAndCopyright } from '../checks/applications';
import { checkCertificateValid } from '../checks/application-schedules';
import { checkCommonApplicationsProvidedByIctOffice, checkSpecificApplicationConditions } from '../checks/common-applications';
import { checkOperatedByServiceOwner } from './checks/application-checks';

/**
 * Palu 14/2022 BAB II Bagian Kedelapan to Kesepuluh (Pasal 29-36): applications, security, services.
 */
export const applicationAndServiceObligations = defineChapterObligations('palu-14-2022', 'BAB II TATA KELOLA SPBE', [
  {
    ref: '29-2',
    text: 'Aplikasi umum sebagaimana dimaksud pada ayat (1) huruf a pembangunan dan pengembangannya didasarkan pada arsitektur SPBE dan disediakan oleh Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika, antara lain: - a. aplikasi Perencanaan; - b. aplikasi Peranggaran; - c. aplikasi Perdagangan Barang Jasa; - d. aplikasi Akuntabilitas Kinerja; - e. aplikasi Pemantauan dan Evaluasi; - f. aplikasi Kearsipan dan Perpustakaan; - g. aplikasi Kepegawaian; - h. aplikasi Perdagangan Pelayanan Publik; - i. aplikasi lainnya yang dibutuhkan oleh Daerah.',
    binds: 'ict_office',
    about: 'application',
    needs: 'application_registry',
    check: checkCommonApplicationsProvidedByIctOffice(),
  },
  {
    ref: '29-3',
    text: 'Setiap Perangkat Daerah harus menggunakan aplikasi umum.',
    binds: 'every_agency',
    about: 'application',
    needs: 'application_registry',
    check: checkSpecificApplicationConditions(),
  },
  {
    ref: '29-4',
    text: 'Perangkat Daerah dapat menggunakan aplikasi sejenis dengan aplikasi umum apabila: - a. telah mengoperasikan aplikasi sejenis sebelum aplikasi umum ditetapkan; - b. melakukan kajian biaya dan manfaat terhadap penggunaan dan pengembangan aplikasi sejenis; - c. Melakukan pengembangan aplikasi sejenis yang disesuaikan dengan proses bisnis dan fungsi pada aplikasi umum; dan - d. Mendapatkan pertimbangan dari menteri yang menyelenggarakan urusan pemerintahan dibidang Komunikasi dan Informatika.',
    binds: 'every_agency',
    about: 'application',
    needs: 'application_registry',
    check: checkSpecificApplicationConditions(),
  },
  {
    ref: '29-5',
    text: 'Aplikasi khusus sebagaimana dimaksud pada ayat (1) huruf b dapat dibangun dan dikembangkan oleh setiap Perangkat Daerah sesuai dengan tugas pokok dan fungsi yang dalam pelaksanaannya berkoordinasi dengan Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika.',
    binds: 'every_agency',
    about: 'application',
    needs: 'application_registry',
  },
  {
    ref: '29-6',
    text: 'Aplikasi yang dibangun dan dikembangkan Perangkat Daerah sebagaimana dimaksud ayat(5) harus memenuhi standar teknis dan prosedur pembangunan dan pengembangan Aplikasi khusus.',
    binds: 'every_agency',
    about: 'application',
    needs: 'application_registry',
  },
  {
    ref: '30-1',
    text: 'Perencanaan, pembangunan, pemeliharaan dan/atau pengembangan Aplikasi SPBE sebagaimana dimaksud pada ayat (1) harus berdasarkan Arsitektur SPBE dan mendapatkan rekomendasi dari Perangkat Daerah yang membidangi Komunikasi dan Informatika.',
    binds: 'every_agency',
    about: 'recommendation',
    needs: 'application_registry',
    check: checkRecommendationRecorded(),
  },
  {
    ref: '30-2-a',
    text: 'perencanaan, pembangunan, pemeliharaan dan/atau pengembangan Aplikasi Umum dilakukan oleh instansi pusat atau Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika dalam hal daftar resmi Aplikasi Umum belum ditetapkan oleh instansi pusat yang berwenang atau belum sesuai kriteria kebutuhan Pemerintah Daerah;',
    binds: 'ict_office',
    about: 'application',
    needs: 'application_registry',
  },
  {
    ref: '30-2-c',
    text: 'perencanaan, pembangunan, pemeliharaan dan/atau pengembangan Aplikasi Khusus dilakukan oleh Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika atau Perangkat Daerah Mandiri TIK.',
    binds: 'ict_office',
    about: 'application',
    needs: 'application_registry',
  },
  {
    ref: '30-3',
    text: 'Aplikasi sebagaimana dimaksud pada ayat (1) dioperasikan oleh Perangkat Daerah Pemilik Layanan.',
    binds: 'every_agency',
    about: 'application',
    needs: 'application_registry',
    check: checkOperatedByServiceOwner(),
  },
  {
    ref: '30-4',
    text: 'Aplikasi sebagaimana dimaksud pada ayat (1) harus sesuai standar yang ditetapkan dengan berpedoman pada ketentuan peraturan perundang-undangan.',
    binds: 'every_agency',
    about: 'application',
    needs: 'application_registry',
  },
  {
    ref: '30-5',
    text: 'Dalam rangka menjamin ketersediaan Layanan SPBE sebagaimana dimaksud pada ayat (1), Perangkat Daerah yang membidangi Komunikasi dan Informatika menyusun kebijakan terkait Aplikasi SPBE.',
    binds: 'ict_office',
    about: 'application',
    needs: 'documents',
  },
  // an application in service shows its testing by the test report ("Pengujian Aplikasi", Ps 15(3))
  {
    ref: '31-1',
    text: 'Aplikasi yang dibangun dan/ atau dikembangkan oleh Perangkat Daerah harus dilakukan pengujian sebelum diimplementasikan ke infrastruktur layanan yang sebenarnya.',
    binds: 'every_agency',
    about: 'application',
    needs: 'application_registry',
    check: checkHandoverDocuments({ documents: ['test_report'] }),
  },
  {
    ref: '31-2',
    text: 'Aplikasi sebagaimana dimaksud pada ayat (1) harus dilengkapi: - a. dokumen kebutuhan perangkat lunak; - b. dokumen perancangan aplikasi; - c. dokumen manual penggunaan aplikasi; dan - d. kode sumber (source code).',
    binds: 'every_agency',
    about: 'application',
    needs: 'application_registry',
    check: checkHandoverDocuments({ documents: findHandoverDocumentsCitedBy({ regulation: 'palu-14-2022', pasal: '31', ayat: '2' }) }),
  },
  {
    ref: '31-3',
    text: 'Aplikasi dan kelengkapannya sebagaimana dimaksud pada ayat (1) dan ayat (2) harus diserahkan kepada Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika untuk didokumentasi dan disimpan dalam Repositori.',
    binds: 'every_agency',
    about: 'application',
    needs: 'application_registry',
    check: checkSourceCodeAndCopyright({ requireTenantCopyright: false }),
  },
  {
    ref: '31-4',
    text: 'Hak cipta atas aplikasi dan kelengkapannya sebagaimana dimaksud pada ayat (1) dan ayat (2) menjadi milik Pemerintah Daerah.',
    binds: 'tenant',
    about: 'application',
    needs: 'application_registry',
    check: checkSourceCodeAndCopyright({ requireRepository: false }),
  },
  // the ICT office can inspect an application's functions only with administrator access to it
  {
    ref: '31-5',
    text: 'Aplikasi sebagaimana dimaksud pada ayat (1) harus dapat diperiksa kesesuaian fungsinya oleh Perangkat Daerah yang membidangi Komunikasi dan Informatika.',
    binds: 'every_agency',
    about: 'application',
    needs: 'application_registry',
    check: checkIctOfficeSuperAdmin(),
  },
  {
    ref: '32-1-a',
    text: 'Keamanan SPBE mencakup penjaminan: - a. kerahasiaan, yaitu melalui penetapan klasifikasi keamanan, pembatasan akses, dan pengendalian keamanan lainnya;',
    binds: 'tenant',
    about: 'security',
    needs: 'security_management',
  },
  {
    ref: '32-1-b',
    text: 'ketahanan, yaitu melalui pendeteksian modifikasi;',
    binds: 'tenant',
    about: 'security',
    needs: 'security_management',
  },
  {
    ref: '32-1-c',
    text: 'ketersediaan, yaitu melalui penyediaan cadangan dan pemulihan;',
    binds: 'tenant',
    about: 'backup',
    needs: 'data_center',
  },
  {
    ref: '32-1-d',
    text: 'keaslian, yaitu melalui penyediaan mekanisme verifikasi dan validasi; dan',
    binds: 'tenant',
    about: 'security',
    needs: 'security_management',
  },
  // the digital certificate shows on each application in service
  {
    ref: '32-1-e',
    text: 'ketertanggungjawabannya, yaitu melalui penerapan tanda tangan digital dan jaminan pihak ketiga terpercaya melalui penggunaan sertifikat digital.',
    binds: 'tenant',
    about: 'signature',
    needs: 'application_registry',
    check: checkCertificateValid(),
  },
  {
    ref: '32-2',
    text: 'Setiap Perangkat Daerah harus menerapkan Keamanan SPBE.',
    binds: 'every_agency',
    about: 'security',
    needs: 'security_management',
  },
  {
    ref: '32-3',
    text: 'Penerapan Keamanan SPBE harus memenuhi standar teknis dan prosedur sesuai ketentuan peraturan perundang-undangan.',
    binds: 'every_agency',
    about: 'security',
    needs: 'security_management',
  },
  {
    ref: '34-1',
    text: 'Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika dan Perangkat Daerah Pemilik Layanan harus menyediakan layanan administrasi pemerintahan berbasis elektronik sebagaimana dimaksud dalam Pasal 33 ayat (1) huruf a meliputi layanan yang mendukung kegiatan di bidang perencanaan, penganggaran, keuangan, pengadaan barang dan jasa, kepegawaian, kearsipan, pengelolaan barang milik Daerah, akuntabilitas kinerja organisasi dan kinerja pegawai, layanan pemantauan dan evaluasi perencanaan dan penganggaran, naskah dinas elektronik, dan layanan lain sesuai dengan kebutuhan internal birokrasi pemerintahan.',
    binds: 'ict_office',
    about: 'service',
    needs: 'service_catalogue',
  },
  {
    ref: '34-2',
    text: 'Layanan administrasi pemerintahan berbasis elektronik diterapkan dengan pembangunan dan pengembangan Aplikasi Umum sebagaimana dimaksud dalam Pasal 29 ayat (1) huruf a.',
    binds: 'ict_office',
    about: 'service',
    needs: 'service_catalogue',
  },
  {
    ref: '35-3',
    text: 'Layanan publik berbasis elektronik diterapkan dengan mengutamakan penggunaan Aplikasi Umum sebagaimana dimaksud dalam Pasal 29 ayat (1) huruf a.',
    binds: 'every_agency',
    about: 'service',
    needs: 'service_catalogue',
  },
  {
    ref: '36-2',
    text: 'Integrasi Layanan SPBE diterapkan dengan mengacu pada Arsitektur SPBE Pemerintah Daerah.',
    binds: 'tenant',
    about: 'service',
    needs: 'service_catalogue',
  },
  {
    ref: '36-3',
    text: 'Integrasi Layanan SPBE antar Perangkat Daerah dikoordinasikan oleh Perangkat Daerah yang membidangi Komunikasi dan Informatika.',
    binds: 'ict_office',
    about: 'service',
    needs: 'service_catalogue',
  },
]);
