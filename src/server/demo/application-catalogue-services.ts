import type { DemoApplication } from './application-spec';

const app = (agency: string, name: string, businessFunction: string, description: string, extra: Partial<DemoApplication> = {}): DemoApplication => ({
  agency,
  name,
  businessFunction,
  description,
  ...extra,
});

const nikCheck = 'Verifikasi NIK Dukcapil';
const puskesmasRecords = 'Pencatatan pelayanan dan rekam medis puskesmas';

/**
 * Applications of the dinas, badan and units that serve the public (education, health,
 * civil registration, permits, social affairs, works, transport, disasters, economy).
 * Fictional demo content in the shape of what city governments commonly run.
 */
export const serviceApplications: readonly DemoApplication[] = [
  // Dinas Pendidikan
  app('DISDIK', 'PPDB Online', 'Penerimaan peserta didik baru', 'Pendaftaran, seleksi zonasi dan pengumuman PPDB SD dan SMP negeri.', { host: 'ppdb', apisUsed: [nikCheck, 'Data Pokok Pendidikan'], handover: 'paper' }),
  app('DISDIK', 'Dapodik', 'Data pokok pendidikan', 'Data Pokok Pendidikan Kemendikbudristek: sekolah, peserta didik dan pendidik.', { url: 'https://dapo.kemdikbud.go.id', nationalOwner: 'Kementerian Pendidikan' }),
  app('DISDIK', 'Sistem Informasi Data Sekolah', 'Profil dan statistik sekolah daerah', 'Profil sekolah, rombongan belajar dan sarana prasarana dari Dapodik.', { host: 'datasekolah', apisUsed: ['Data Pokok Pendidikan'] }),
  app('DISDIK', 'SIMPEG Guru', 'Pengelolaan data guru dan tenaga kependidikan', 'Sertifikasi, beban mengajar dan penempatan guru.', {
    category: 'staffing',
    host: 'simpeg-guru',
    duplicateJustification: 'Mencatat sertifikasi dan beban mengajar guru yang belum ada di SIMPEG Kota Dumai; data pokok pegawai diambil dari SIMPEG.',
    specificConditions: { operatedBeforeCommon: true, costBenefitStudy: true, alignedWithCommonProcess: false, ministerConsidered: false },
  }),
  app('DISDIK', 'Pemantauan Bantuan Operasional Sekolah Daerah', 'Pemantauan dana bantuan operasional sekolah daerah', 'Rencana dan realisasi penggunaan BOS daerah per sekolah.', { host: 'bosda', gaps: ['evaluationStale'] }),
  // Dinas Kesehatan and RSUD
  app('DINKES', 'e-Puskesmas', puskesmasRecords, 'Pendaftaran, rekam medis elektronik dan pelaporan puskesmas.', { host: 'epuskesmas', apisUsed: ['Bridging P-Care BPJS Kesehatan', nikCheck], handover: 'pdf' }),
  app('DINKES', 'SIMPUS Lama', puskesmasRecords, 'Aplikasi puskesmas generasi sebelumnya, masih dipakai di dua puskesmas.', {
    host: 'simpus',
    gaps: ['noSuperAdmin', 'certificateExpired', 'neverEvaluated'],
    duplicateJustification: 'Dipakai paralel di dua puskesmas sampai migrasi data rekam medis ke e-Puskesmas selesai.',
  }),
  app('DINKES', 'Sistem Pemantauan Gizi dan Stunting', 'Pemantauan status gizi balita', 'Hasil penimbangan posyandu dan sasaran intervensi stunting.', { host: 'stunting', platforms: ['web', 'mobile'] }),
  app('DINKES', 'PSC 119 Dumai', 'Layanan kegawatdaruratan medis', 'Panggilan darurat medis, penugasan ambulans dan pelacakan.', { host: 'psc119', platforms: ['web', 'mobile'], gaps: ['certificateExpiring'] }),
  app('DINKES', 'Sistem Informasi Perizinan Tenaga Kesehatan', 'Rekomendasi surat izin praktik tenaga kesehatan', 'Permohonan rekomendasi SIP dokter, bidan dan perawat.', { host: 'sipnakes' }),
  app('DINKES', 'Surveilans Penyakit Menular', 'Pelaporan surveilans penyakit menular', 'Laporan mingguan penyakit potensial wabah dari puskesmas.', { host: 'surveilans' }),
  app('RSUD', 'SIMRS RSUD Kota Dumai', 'Manajemen rumah sakit dan rekam medis elektronik', 'Pendaftaran, rekam medis, farmasi, kasir dan klaim rumah sakit.', {
    host: 'simrs',
    vendor: true,
    hosting: 'agency_server',
    fundingSource: 'other',
    gaps: ['noSuperAdmin'],
    apisUsed: ['Bridging V-Claim BPJS Kesehatan', nikCheck],
  }),
  app('RSUD', 'Antrean Online RSUD', 'Pendaftaran dan antrean pasien rawat jalan', 'Pengambilan nomor antrean poliklinik dari ponsel.', { host: 'antrean-rsud', platforms: ['web', 'mobile'], fundingSource: 'other' }),
  app('RSUD', 'Website RSUD Kota Dumai', 'Publikasi informasi perangkat daerah', 'Jadwal dokter, tarif dan informasi layanan rumah sakit.', { host: 'rsud', fundingSource: 'other' }),
  // Dinas Kependudukan dan Pencatatan Sipil
  app('DISDUKCAPIL', 'SIAK Terpusat', 'Pencatatan administrasi kependudukan', 'Sistem Informasi Administrasi Kependudukan Ditjen Dukcapil, diakses lewat jaringan tertutup.', { nationalOwner: 'Kementerian Dalam Negeri', apisProvided: [nikCheck] }),
  app('DISDUKCAPIL', 'Layanan Adminduk Daring', 'Permohonan dokumen kependudukan secara daring', 'Permohonan KK, akta dan pindah datang tanpa datang ke kantor.', { host: 'adminduk', platforms: ['web', 'mobile'], apisUsed: [nikCheck], handover: 'paper' }),
  app('DISDUKCAPIL', 'Antrean Dukcapil', 'Antrean layanan kependudukan', 'Nomor antrean dan jadwal layanan perekaman KTP-el.', { platforms: ['mobile'] }),
  app('DISDUKCAPIL', 'Sistem Hak Akses Data Kependudukan', 'Pengelolaan hak akses data kependudukan bagi perangkat daerah', 'Perjanjian kerja sama dan akun akses data kependudukan perangkat daerah.', { host: 'hakakses' }),
  // DPMPTSP
  app('DPMPTSP', 'OSS RBA', 'Perizinan berusaha berbasis risiko', 'Online Single Submission Risk Based Approach dari Kementerian Investasi.', { url: 'https://oss.go.id', nationalOwner: 'Kementerian Investasi/BKPM' }),
  app('DPMPTSP', 'Perizinan Non-Berusaha Daring', 'Pelayanan perizinan non-berusaha', 'Permohonan, pelacakan dan penerbitan izin non-berusaha.', { host: 'izin', apisUsed: [nikCheck], handover: 'paper' }),
  app('DPMPTSP', 'Sistem Informasi Potensi Investasi', 'Promosi potensi dan peluang investasi', 'Peta peluang investasi dan profil kawasan.', { host: 'investasi', gaps: ['noLicence'] }),
  // Dinas Sosial
  app('DINSOS', 'SIKS-NG', 'Pengelolaan data terpadu kesejahteraan sosial', 'Sistem Informasi Kesejahteraan Sosial Kementerian Sosial untuk DTKS.', { nationalOwner: 'Kementerian Sosial', apisProvided: ['API Data Terpadu Kesejahteraan Sosial'] }),
  app('DINSOS', 'Sistem Informasi Bantuan Sosial Daerah', 'Penyaluran bantuan sosial daerah', 'Penetapan penerima dan penyaluran bantuan sosial dari APBD.', { host: 'bansos', apisUsed: [nikCheck, 'API Data Terpadu Kesejahteraan Sosial'] }),
  app('DINSOS', 'Sistem Layanan dan Rujukan Terpadu', 'Rujukan penanganan fakir miskin', 'Pencatatan keluhan warga miskin dan rujukan antarprogram.', { host: 'slrt' }),
  // Dinas PUPR
  app('DPUPR', 'GIS Tata Ruang Kota Dumai', 'Informasi rencana tata ruang wilayah', 'Peta RTRW dan RDTR dengan informasi pemanfaatan ruang per persil.', { host: 'gistaru', apisProvided: ['WMS Peta Tata Ruang'], handover: 'paper' }),
  app('DPUPR', 'SIMBG', 'Persetujuan bangunan gedung', 'Sistem Informasi Manajemen Bangunan Gedung Kementerian PUPR.', { url: 'https://simbg.pu.go.id', nationalOwner: 'Kementerian PUPR' }),
  app('DPUPR', 'Sistem Informasi Jalan dan Jembatan', 'Inventarisasi kondisi jalan dan jembatan', 'Ruas jalan kota, kondisi permukaan dan jembatan.', { host: 'sijali' }),
  app('DPUPR', 'Sistem Informasi Drainase Kota', 'Pemetaan jaringan drainase kota', 'Jaringan saluran, titik genangan dan jadwal normalisasi.', { host: 'drainase', gaps: ['neverEvaluated'] }),
  // Dinas Perhubungan
  app('DISHUB', 'e-Retribusi Parkir', 'Pemungutan retribusi parkir tepi jalan', 'Karcis elektronik juru parkir dan setoran harian.', { host: 'parkir', platforms: ['web', 'mobile'], vendor: true, gaps: ['noSuperAdmin'] }),
  app('DISHUB', 'e-KIR Pengujian Kendaraan', 'Pengujian berkala kendaraan bermotor', 'Pendaftaran uji berkala dan kartu uji elektronik.', { host: 'ekir' }),
  app('DISHUB', 'ATCS Kota Dumai', 'Pengendalian lalu lintas terpusat', 'Pengaturan lampu lalu lintas dan pemantauan simpang.', { host: 'atcs', hosting: 'agency_server', apisProvided: ['API ATCS'] }),
  // Satpol PP
  app('SATPOLPP', 'Sistem Informasi Penegakan Perda', 'Pencatatan penegakan peraturan daerah', 'Pelanggaran perda, tindakan dan sidang tindak pidana ringan.', { host: 'gakkumda' }),
  app('SATPOLPP', 'Lapor Trantibum', 'Pelaporan ketenteraman dan ketertiban umum', 'Laporan petugas lapangan dengan foto dan lokasi.', { platforms: ['mobile'] }),
  // BPBD
  app('BPBD', 'Peringatan Dini Banjir Rob', 'Peringatan dini banjir rob dan pasang laut', 'Sensor muka air di pesisir dan siaran peringatan ke warga.', { host: 'ews', apisUsed: ['Data Cuaca BMKG'] }),
  app('BPBD', 'Pemantauan Titik Panas Karhutla', 'Pemantauan titik panas kebakaran hutan dan lahan', 'Titik panas satelit di lahan gambut dan laporan patroli.', { host: 'karhutla', platforms: ['web', 'mobile'] }),
  app('BPBD', 'Sistem Informasi Kebencanaan Daerah', 'Pendataan kejadian dan kaji cepat bencana', 'Kejadian bencana, kaji cepat dan distribusi logistik.', { host: 'sikb', gaps: ['certificateExpired'] }),
  // Dinas Lingkungan Hidup
  app('DLH', 'Sistem Informasi Bank Sampah', 'Pengelolaan bank sampah dan data timbulan sampah', 'Nasabah bank sampah, setoran dan timbulan sampah.', { host: 'banksampah' }),
  app('DLH', 'Indeks Kualitas Udara', 'Publikasi indeks standar pencemar udara', 'Data stasiun pemantau udara dan ISPU harian.', { host: 'udara', apisUsed: ['Data Titik Panas'] }),
  app('DLH', 'e-Retribusi Sampah', 'Pemungutan retribusi pelayanan persampahan', 'Penagihan dan pembayaran retribusi sampah rumah tangga dan usaha.', { host: 'retribusisampah' }),
  // Dinas Pariwisata
  app('DISPAR', 'Pesona Wisata Dumai', 'Promosi destinasi wisata', 'Situs promosi destinasi, kuliner dan penginapan, dibangun dan dikelola penyedia.', {
    url: 'https://wisata-dumai.example.com',
    vendor: true,
    hosting: 'third_party_cloud',
    gaps: ['noSuperAdmin', 'noCertificate'],
  }),
  app('DISPAR', 'Kalender Acara Wisata', 'Publikasi agenda wisata dan budaya', 'Agenda festival, lomba dan acara budaya.', { host: 'event' }),
  app('DISPAR', 'Website Dinas Pariwisata (lama)', 'Publikasi informasi perangkat daerah (situs lama)', 'Situs lama dinas di luar platform website perangkat daerah.', {
    url: 'https://disparbud-dumai.example.org',
    retiredReason: 'Konten dipindahkan ke platform website perangkat daerah di bawah domain kota.',
  }),
  // Dinas Perdagangan
  app('DISDAG', 'Sistem Informasi Harga Bahan Pokok', 'Pemantauan harga bahan pokok di pasar', 'Harga harian bahan pokok dari pasar-pasar kota.', { host: 'hargapangan', apisProvided: ['API Harga Bahan Pokok'] }),
  app('DISDAG', 'e-Retribusi Pasar', 'Pemungutan retribusi pasar', 'Penagihan retribusi kios dan los pasar.', { host: 'retribusipasar' }),
  app('DISDAG', 'Sistem Informasi Metrologi Legal', 'Pelayanan tera dan tera ulang', 'Permohonan tera ulang alat ukur, takar, timbang.', { host: 'metrologi', gaps: ['noLicence'] }),
  // Dinas Tenaga Kerja
  app('DISNAKER', 'Bursa Kerja Daring', 'Informasi lowongan dan penempatan tenaga kerja', 'Lowongan kerja perusahaan dan pendaftaran pencari kerja.', { host: 'bursakerja' }),
  app('DISNAKER', 'Kartu Pencari Kerja Daring', 'Penerbitan kartu tanda pencari kerja', 'Permohonan kartu AK/1 secara daring.', { host: 'ak1', apisUsed: [nikCheck] }),
  // Dinas Pertanian
  app('DISTAN', 'Sistem Informasi Penyuluhan Pertanian', 'Pencatatan kegiatan penyuluhan dan kelompok tani', 'Kelompok tani, luas tanam dan kegiatan penyuluh.', { host: 'penyuluhan' }),
  app('DISTAN', 'Peta Ketahanan Pangan', 'Pemetaan ketahanan dan kerentanan pangan', 'Indikator ketahanan pangan per kelurahan.', { host: 'ketahananpangan', gaps: ['evaluationStale'] }),
  // Dinas Perikanan
  app('DISKAN', 'Sistem Informasi Data Nelayan', 'Pendataan nelayan dan kapal perikanan', 'Data nelayan, kapal dan alat tangkap; dikembangkan penyedia di luar domain kota.', {
    url: 'https://data-nelayan-dumai.example.net',
    hosting: 'third_party_cloud',
    fundingSource: 'grant',
  }),
  app('DISKAN', 'Sistem Informasi Produksi Perikanan', 'Pencatatan produksi perikanan tangkap dan budidaya', 'Produksi harian tempat pelelangan ikan dan kolam budidaya.', { host: 'produksiikan' }),
  // Dinas Pemberdayaan Perempuan dan Perlindungan Anak
  app('DP3A', 'Layanan Pengaduan Kekerasan Perempuan dan Anak', 'Penanganan pengaduan kekerasan terhadap perempuan dan anak', 'Pengaduan, pendampingan dan rujukan kasus.', { host: 'pengaduanppa', platforms: ['web', 'mobile'] }),
  app('DP3A', 'Sistem Informasi Gender dan Anak', 'Penyajian data terpilah gender dan anak', 'Data terpilah untuk perencanaan responsif gender.', { host: 'siga' }),
  // Dinas Koperasi dan UKM
  app('DISKOPUKM', 'Sistem Informasi UMKM', 'Pendataan koperasi dan usaha mikro', 'Data koperasi, pelaku usaha mikro dan pembinaan.', { host: 'umkm', apisUsed: [nikCheck] }),
  app('DISKOPUKM', 'Pasar Daring UMKM', 'Pemasaran produk UMKM secara daring', 'Etalase produk UMKM dan pemesanan.', { host: 'pasarumkm', platforms: ['web', 'mobile'], hosting: 'third_party_cloud' }),
  // Dinas Pengendalian Penduduk dan Keluarga Berencana
  app('DPPKB', 'Sistem Informasi Keluarga Daerah', 'Pendataan keluarga dan peserta KB', 'Pemutakhiran data keluarga dan peserta KB aktif.', { host: 'datakeluarga' }),
  app('DPPKB', 'Pendampingan Keluarga Berisiko Stunting', 'Pendampingan keluarga berisiko stunting', 'Kunjungan tim pendamping keluarga dan hasil pendampingan.', { platforms: ['mobile'] }),
];
