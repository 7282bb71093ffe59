import type { DemoApplication } from './application-spec';

const app = (agency: string, name: string, businessFunction: string, description: string, extra: Partial<DemoApplication> = {}): DemoApplication => ({
  agency,
  name,
  businessFunction,
  description,
  ...extra,
});

const nikCheck = 'Verifikasi NIK Dukcapil';
const staffData = 'API Data Pegawai SIMPEG';

/**
 * Applications of the Sekretariat Daerah, Sekretariat DPRD, Inspektorat, the badan and the
 * ICT office: the city's administration. Names and functions follow what Indonesian city
 * governments commonly run; every entry is fictional demo content.
 */
export const governmentApplications: readonly DemoApplication[] = [
  // Sekretariat Daerah and its bagian
  app('SETDA', 'Dasbor Sekretaris Daerah', 'Pemantauan kinerja perangkat daerah', 'Ringkasan capaian kinerja, anggaran dan pengaduan per perangkat daerah untuk rapat pimpinan.', { host: 'dasbor', apisUsed: ['API e-Monev Pembangunan', 'API e-SAKIP'] }),
  app('SETDA-TAPEM', 'e-LPPD', 'Penyusunan laporan penyelenggaraan pemerintahan daerah', 'Penghimpunan capaian indikator kinerja kunci dari setiap perangkat daerah untuk LPPD.', { host: 'lppd' }),
  app('SETDA-TAPEM', 'Sistem Informasi Batas Wilayah dan Toponimi', 'Pengelolaan data batas wilayah dan nama rupabumi', 'Peta batas kecamatan dan kelurahan serta daftar nama rupabumi.', { host: 'toponimi', gaps: ['neverEvaluated'] }),
  app('SETDA-KESRA', 'Sistem Informasi Beasiswa Daerah', 'Pendaftaran dan seleksi beasiswa daerah', 'Pendaftaran daring, verifikasi berkas dan pengumuman penerima beasiswa.', { host: 'beasiswa', platforms: ['web', 'mobile'], apisUsed: [nikCheck], handover: 'paper' }),
  app('SETDA-KESRA', 'Sistem Informasi Rumah Ibadah', 'Pendataan rumah ibadah dan hibah keagamaan', 'Data rumah ibadah, lembaga keagamaan dan riwayat hibah.', { host: 'kesra' }),
  app('SETDA-HUKUM', 'JDIH Kota Dumai', 'Publikasi dokumentasi dan informasi hukum daerah', 'Jaringan Dokumentasi dan Informasi Hukum: peraturan daerah, peraturan wali kota dan keputusan.', { kind: 'common', category: 'other', host: 'jdih', apisProvided: ['API integrasi JDIH Nasional'], handover: 'pdf' }),
  app('SETDA-HUKUM', 'e-Harmonisasi Produk Hukum', 'Penyusunan dan harmonisasi rancangan produk hukum daerah', 'Alur pengajuan, pembahasan dan paraf rancangan produk hukum.', { host: 'harmonisasi', gaps: ['certificateExpiring'] }),
  app('SETDA-EKON', 'Sistem Monitoring BUMD', 'Pemantauan kinerja badan usaha milik daerah', 'Laporan keuangan dan kinerja triwulanan BUMD.', { host: 'bumd' }),
  app('SETDA-EKON', 'Sistem Informasi Pengendalian Inflasi Daerah', 'Pemantauan inflasi daerah', 'Bahan rapat Tim Pengendali Inflasi Daerah dari data harga pasar.', { host: 'tpid', apisUsed: ['API Harga Bahan Pokok'] }),
  app('SETDA-ADPEM', 'e-Monev Pembangunan', 'Pemantauan realisasi fisik dan keuangan kegiatan', 'Pelaporan realisasi fisik dan keuangan bulanan seluruh perangkat daerah.', { kind: 'common', category: 'monitoring_evaluation', host: 'emonev', apisProvided: ['API e-Monev Pembangunan'], handover: 'paper' }),
  app('SETDA-ADPEM', 'Sistem Informasi Progres Fisik Konstruksi', 'Pelaporan progres fisik pekerjaan konstruksi', 'Foto berkoordinat dan persentase progres pekerjaan fisik.', { host: 'progres', platforms: ['web', 'mobile'] }),
  app('SETDA-PBJ', 'LPSE Kota Dumai (SPSE)', 'Pengadaan barang/jasa secara elektronik', 'Layanan Pengadaan Secara Elektronik memakai SPSE dari LKPP.', { kind: 'common', category: 'procurement', host: 'lpse', nationalOwner: 'LKPP', hosting: 'regional_data_center_colocation', fundingSource: 'apbd' }),
  app('SETDA-PBJ', 'SiRUP', 'Pengumuman rencana umum pengadaan', 'Sistem Informasi Rencana Umum Pengadaan LKPP.', { kind: 'common', category: 'procurement', url: 'https://sirup.lkpp.go.id', nationalOwner: 'LKPP' }),
  app('SETDA-UMUM', 'e-Office Persuratan Setda', 'Pengelolaan surat masuk, surat keluar dan disposisi', 'Persuratan dan disposisi pimpinan di lingkungan Sekretariat Daerah.', {
    category: 'archives_library',
    host: 'eoffice',
    duplicateJustification: 'Dipakai sejak 2018 untuk disposisi pimpinan; migrasi arsip ke SRIKANDI belum selesai dan dijadwalkan tahun depan.',
    specificConditions: { operatedBeforeCommon: true, costBenefitStudy: false, alignedWithCommonProcess: true, ministerConsidered: false },
  }),
  app('SETDA-UMUM', 'Sistem Informasi Kendaraan Dinas', 'Pengelolaan kendaraan dinas operasional', 'Data kendaraan, pemegang, pajak dan servis berkala.', { host: 'kendaraan', gaps: ['evaluationStale'] }),
  app('SETDA-UMUM', 'Agenda Pimpinan', 'Penjadwalan agenda kegiatan pimpinan daerah', 'Jadwal kegiatan Wali Kota, Wakil Wali Kota dan Sekretaris Daerah.', { host: 'agenda', platforms: ['web', 'mobile'] }),
  app('SETDA-ORG', 'e-SAKIP Kota Dumai', 'Akuntabilitas kinerja instansi pemerintah', 'Perjanjian kinerja, pengukuran dan laporan kinerja perangkat daerah.', { kind: 'common', category: 'performance_accountability', host: 'esakip', apisProvided: ['API e-SAKIP'], handover: 'paper' }),
  app('SETDA-ORG', 'Sistem Informasi Analisis Jabatan', 'Analisis jabatan dan analisis beban kerja', 'Peta jabatan, uraian tugas dan perhitungan beban kerja.', { host: 'anjab' }),
  app('SETDA-ORG', 'e-SKM', 'Survei kepuasan masyarakat atas pelayanan publik', 'Survei kepuasan masyarakat di unit layanan, dengan indeks per unit.', { kind: 'common', category: 'public_service', host: 'skm', platforms: ['web', 'mobile'] }),
  app('SETDA-PROKOPIM', 'Galeri Berita Pimpinan', 'Publikasi berita dan dokumentasi kegiatan pimpinan', 'Berita, foto dan video kegiatan pimpinan daerah.', { host: 'prokopim' }),
  app('SETDA-PROKOPIM', 'Sistem Informasi Keprotokolan', 'Pengaturan acara dan tamu pimpinan daerah', 'Susunan acara, daftar undangan dan tata tempat.', { host: 'protokol', gaps: ['noCertificate'] }),
  // Sekretariat DPRD
  app('SETWAN', 'Website DPRD Kota Dumai', 'Publikasi informasi lembaga DPRD', 'Profil anggota, alat kelengkapan dan berita DPRD.', { host: 'dprd', operator: 'DISKOMINFO' }),
  app('SETWAN', 'Sistem Informasi Persidangan DPRD', 'Penjadwalan dan risalah rapat DPRD', 'Jadwal rapat, undangan, daftar hadir dan risalah.', { host: 'sidang' }),
  app('SETWAN', 'e-Pokir DPRD', 'Penghimpunan pokok-pokok pikiran DPRD', 'Usulan hasil reses anggota DPRD untuk perencanaan daerah.', { host: 'pokir' }),
  // Inspektorat
  app('INSPEKTORAT', 'Sistem Informasi Pengawasan', 'Perencanaan dan pelaporan pengawasan internal', 'Program kerja pengawasan tahunan, kertas kerja dan laporan hasil pengawasan.', { host: 'sipw', handover: 'paper' }),
  app('INSPEKTORAT', 'Aplikasi Tindak Lanjut Hasil Pemeriksaan', 'Pemantauan tindak lanjut hasil pemeriksaan', 'Rekomendasi BPK dan APIP beserta status tindak lanjutnya.', { host: 'tlhp' }),
  app('INSPEKTORAT', 'Whistleblowing System', 'Pengaduan dugaan pelanggaran oleh aparatur', 'Saluran pengaduan rahasia dugaan pelanggaran dan gratifikasi.', { host: 'wbs', gaps: ['certificateExpired'] }),
  app('INSPEKTORAT', 'SIMDA Pengawasan', 'Pengelolaan data audit (aplikasi lama)', 'Aplikasi desktop pengelolaan data audit.', {
    platforms: ['desktop'],
    retiredReason: 'Digantikan Sistem Informasi Pengawasan berbasis web; data telah dipindahkan.',
  }),
  // Bappeda
  app('BAPPEDA', 'SIPD RI — Perencanaan', 'Perencanaan pembangunan daerah', 'Sistem Informasi Pemerintahan Daerah Kemendagri untuk RPJMD, Renstra, RKPD dan Musrenbang.', { kind: 'common', category: 'planning', url: 'https://sipd.kemendagri.go.id', nationalOwner: 'Kementerian Dalam Negeri' }),
  app('BAPPEDA', 'e-Monev RPJMD', 'Pemantauan capaian indikator RPJMD', 'Capaian indikator kinerja RPJMD dan Renstra per tahun.', {
    category: 'monitoring_evaluation',
    host: 'monev-rpjmd',
    duplicateJustification: 'Memantau indikator RPJMD yang tidak dicakup e-Monev Pembangunan; akan digabungkan ke e-Monev Pembangunan.',
  }),
  app('BAPPEDA', 'Sistem Informasi Riset dan Inovasi Daerah', 'Pendataan riset dan inovasi daerah', 'Daftar inovasi perangkat daerah untuk Indeks Inovasi Daerah.', { host: 'inovasi' }),
  app('BAPPEDA', 'Peta Sasaran Kemiskinan dan Stunting', 'Pemetaan sasaran program penanggulangan kemiskinan', 'Peta sebaran keluarga sasaran lintas program per kelurahan.', { host: 'petasasaran', apisUsed: ['API Data Terpadu Kesejahteraan Sosial'] }),
  // BPKAD
  app('BPKAD', 'SIPD RI — Penganggaran dan Penatausahaan', 'Penganggaran dan penatausahaan keuangan daerah', 'Sistem Informasi Pemerintahan Daerah Kemendagri untuk APBD dan penatausahaan.', { kind: 'common', category: 'budgeting', url: 'https://sipd.kemendagri.go.id', nationalOwner: 'Kementerian Dalam Negeri' }),
  app('BPKAD', 'Sistem Informasi Barang Milik Daerah', 'Penatausahaan barang milik daerah', 'Inventaris, mutasi dan penyusutan barang milik daerah.', { kind: 'common', category: 'financial_management', host: 'bmd', handover: 'paper' }),
  app('BPKAD', 'Aplikasi Gaji Pegawai', 'Penghitungan gaji pegawai', 'Aplikasi desktop penghitungan gaji dan potongan pegawai.', { platforms: ['desktop'], hosting: 'agency_server', gaps: ['noRepository', 'noCertificate'] }),
  app('BPKAD', 'Sistem Informasi Hibah dan Bansos', 'Pengelolaan hibah dan bantuan sosial dari APBD', 'Usulan, evaluasi dan pencairan hibah serta bantuan sosial.', { host: 'hibah' }),
  app('BPKAD', 'SIMDA Keuangan', 'Penatausahaan keuangan daerah (aplikasi lama)', 'Aplikasi desktop penatausahaan keuangan daerah.', {
    platforms: ['desktop'],
    retiredReason: 'Digantikan SIPD RI sejak tahun anggaran 2021 sesuai kebijakan Kemendagri.',
  }),
  // Bapenda
  app('BAPENDA', 'e-PBB', 'Pendataan dan penetapan PBB perdesaan dan perkotaan', 'Pendataan objek pajak, penetapan SPPT dan informasi tagihan PBB-P2.', { host: 'pbb', platforms: ['web', 'desktop'], handover: 'paper' }),
  app('BAPENDA', 'e-BPHTB', 'Pelayanan bea perolehan hak atas tanah dan bangunan', 'Pelaporan, validasi dan pembayaran BPHTB secara daring.', { host: 'bphtb', apisUsed: [nikCheck] }),
  app('BAPENDA', 'e-Pajak Daerah', 'Pelaporan pajak hotel, restoran, hiburan dan parkir', 'Pelaporan omzet dan penerbitan kode bayar pajak daerah.', { host: 'epajak', platforms: ['web', 'mobile'] }),
  app('BAPENDA', 'Pemantauan Transaksi Wajib Pajak', 'Perekaman transaksi wajib pajak secara daring', 'Perekaman transaksi usaha dari alat perekam di tempat usaha.', { host: 'tapping', vendor: true, fundingSource: 'csr', supplier: 'vendor_service', gaps: ['noSuperAdmin'] }),
  app('BAPENDA', 'Pajak Dumai Mobile', 'Informasi tagihan dan pembayaran pajak daerah', 'Aplikasi ponsel untuk cek tagihan dan kanal pembayaran.', { platforms: ['mobile'] }),
  // BKPSDM
  app('BKPSDM', 'SIMPEG Kota Dumai', 'Pengelolaan data kepegawaian', 'Data pokok pegawai, riwayat jabatan, pangkat dan pendidikan.', { kind: 'common', category: 'staffing', host: 'simpeg', apisProvided: [staffData], handover: 'pdf' }),
  app('BKPSDM', 'e-Kinerja ASN', 'Penilaian kinerja pegawai', 'Sasaran kinerja pegawai, realisasi harian dan penilaian berkala.', { kind: 'common', category: 'performance_accountability', host: 'ekinerja', apisUsed: [staffData] }),
  app('BKPSDM', 'e-Presensi ASN', 'Presensi kehadiran pegawai', 'Presensi berbasis lokasi dan swafoto, rekap untuk tambahan penghasilan.', { kind: 'common', category: 'staffing', host: 'presensi', platforms: ['web', 'mobile'], apisUsed: [staffData] }),
  app('BKPSDM', 'e-Learning ASN', 'Pengembangan kompetensi pegawai', 'Kelas daring dan pencatatan jam pelajaran pengembangan kompetensi.', { host: 'elearning' }),
  app('BKPSDM', 'Layanan Kenaikan Pangkat dan Pensiun', 'Usul kenaikan pangkat dan pensiun', 'Pengajuan berkas kenaikan pangkat dan pensiun oleh perangkat daerah.', { host: 'layananasn', apisUsed: [staffData] }),
  app('BKPSDM', 'Aplikasi Absensi Sidik Jari', 'Presensi sidik jari (aplikasi lama)', 'Aplikasi desktop penarik data mesin sidik jari.', {
    platforms: ['desktop'],
    retiredReason: 'Digantikan e-Presensi ASN berbasis lokasi sejak 2022.',
  }),
  // Kesbangpol
  app('KESBANGPOL', 'Sistem Informasi Organisasi Kemasyarakatan', 'Pendataan organisasi kemasyarakatan', 'Data ormas, kepengurusan dan surat keterangan terdaftar.', { host: 'ormas' }),
  app('KESBANGPOL', 'Sistem Kewaspadaan Dini Daerah', 'Pelaporan kewaspadaan dini dan potensi konflik', 'Laporan situasi dari kecamatan dan forum kewaspadaan dini.', { host: 'skdd', gaps: ['evaluationStale'] }),
  app('KESBANGPOL', 'Rekomendasi Penelitian Daring', 'Penerbitan surat rekomendasi penelitian', 'Permohonan dan penerbitan rekomendasi penelitian.', { host: 'penelitian' }),
  // Dinas Komunikasi dan Informatika (ICT office)
  app('DISKOMINFO', 'Portal Resmi Pemerintah Kota Dumai', 'Publikasi informasi resmi pemerintah daerah', 'Situs utama pemerintah kota: berita, profil, layanan dan tautan perangkat daerah.', { kind: 'common', category: 'other', host: 'www', handover: 'paper' }),
  app('DISKOMINFO', 'PPID Kota Dumai', 'Layanan informasi publik', 'Daftar informasi publik, permohonan informasi dan keberatan.', { kind: 'common', category: 'public_service', host: 'ppid' }),
  app('DISKOMINFO', 'SP4N-LAPOR!', 'Pengelolaan pengaduan pelayanan publik', 'Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional.', { kind: 'common', category: 'public_service', url: 'https://www.lapor.go.id', nationalOwner: 'Kementerian PANRB' }),
  app('DISKOMINFO', 'Satu Data Kota Dumai', 'Penyebarluasan data sektoral', 'Portal data sektoral perangkat daerah sesuai prinsip Satu Data Indonesia.', { kind: 'common', category: 'other', host: 'satudata', apisProvided: ['API Katalog Data'], handover: 'paper' }),
  app('DISKOMINFO', 'Dumai Command Center', 'Pemantauan kota melalui CCTV dan dasbor', 'Tayangan CCTV simpang dan ruang publik, dasbor layanan kota.', { host: 'commandcenter', hosting: 'regional_data_center_colocation', apisUsed: ['API ATCS'] }),
  app('DISKOMINFO', 'Single Sign-On ASN', 'Autentikasi tunggal layanan SPBE', 'Satu akun pegawai untuk aplikasi SPBE pemerintah kota.', { kind: 'common', category: 'other', host: 'sso', apisProvided: ['OpenID Connect SSO'], apisUsed: [staffData] }),
  app('DISKOMINFO', 'Surel Dinas', 'Layanan surat elektronik resmi', 'Surat elektronik resmi pegawai dan perangkat daerah.', { kind: 'common', category: 'other', host: 'mail' }),
  app('DISKOMINFO', 'Tanda Tangan Elektronik', 'Penandatanganan dokumen elektronik', 'Penandatanganan dokumen dengan sertifikat elektronik BSrE.', { kind: 'common', category: 'other', host: 'tte', apisUsed: ['API BSrE BSSN'] }),
  app('DISKOMINFO', 'Helpdesk Layanan TIK', 'Pengelolaan tiket gangguan layanan TIK', 'Tiket gangguan jaringan, aplikasi dan perangkat dari perangkat daerah.', { host: 'helpdesk' }),
  app('DISKOMINFO', 'Platform Website Perangkat Daerah', 'Penyediaan situs web perangkat daerah', 'Kerangka situs web seragam untuk setiap perangkat daerah dan kecamatan.', { kind: 'common', category: 'other', host: 'web' }),
  app('DISKOMINFO', 'Pemantauan Jaringan Intra Pemerintah', 'Pemantauan jaringan intra pemerintah daerah', 'Ketersediaan tautan dan perangkat jaringan antar-kantor.', { host: 'nms', hosting: 'regional_data_center_colocation' }),
  app('DISKOMINFO', 'Lapor Dumai', 'Pengaduan masyarakat (aplikasi lama)', 'Aplikasi pengaduan daerah sebelum terhubung ke SP4N-LAPOR!.', {
    host: 'lapor',
    retiredReason: 'Pengaduan dialihkan ke SP4N-LAPOR! sesuai kebijakan nasional.',
  }),
  // Dinas Perpustakaan dan Kearsipan
  app('DISPUSIP', 'SRIKANDI', 'Tata naskah dinas dan kearsipan dinamis', 'Sistem Informasi Kearsipan Dinamis Terintegrasi dari ANRI.', { kind: 'common', category: 'archives_library', url: 'https://srikandi.arsip.go.id', nationalOwner: 'Arsip Nasional Republik Indonesia' }),
  app('DISPUSIP', 'INLISLite Perpustakaan Daerah', 'Otomasi layanan perpustakaan', 'Katalog, keanggotaan dan sirkulasi perpustakaan daerah.', { host: 'perpustakaan' }),
  app('DISPUSIP', 'Perpustakaan Digital Dumai', 'Peminjaman buku elektronik', 'Koleksi buku elektronik dengan peminjaman lewat ponsel.', { host: 'pustakadigital', platforms: ['web', 'mobile'], hosting: 'third_party_cloud' }),
  app('DISPUSIP', 'Sistem Informasi Arsip Statis', 'Pengelolaan arsip statis daerah', 'Daftar arsip statis, akuisisi dan layanan akses arsip.', { host: 'arsip' }),
];
