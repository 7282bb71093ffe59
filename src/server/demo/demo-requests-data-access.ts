import { submit, resubmit, ictOperator, sekda, step, recommend, dataAccess, type DemoRequest } from './demo-request-scenarios';

// Dumai 18/2019 Ps 12 and Palu 14/2022 Ps 9(5)–(8): under Dumai 67/2022 alone Simpul follows the
// Dumai 18/2019 pattern, the ICT office recommends and the Sekretaris Daerah decides.
export const dataAccessRequests: DemoRequest[] = [
  {
    type: 'data_access',
    requester: { agency: 'DINKES', as: 'head' },
    steward: 'DISDUKCAPIL',
    fields: dataAccess('Kepala Bidang Kesehatan Masyarakat', 'Kepala Bidang', 'Bidang Kesehatan Masyarakat', 'Memetakan sasaran imunisasi dan pemantauan tumbuh kembang', 'Menyusun jadwal posyandu dan imunisasi per kelurahan', 'Perencanaan layanan kesehatan ibu dan anak', 'Jumlah penduduk usia 0–59 bulan per kelurahan', 'Tabel rekapitulasi (XLSX), tanpa data perseorangan'),
    createdDaysAgo: 27,
    events: [
      { daysAgo: 26, time: '09:10', event: submit },
      { daysAgo: 24, time: '14:20', event: recommend('approve', 'Data agregat, tidak memuat data perseorangan; dapat diberikan.') },
      { daysAgo: 22, time: '10:05', event: step(sekda, { transition: 'approve', note: 'Disetujui; Disdukcapil menyerahkan data agregat per kelurahan.' }) },
    ],
    letters: ['decision'],
  },
  {
    type: 'data_access',
    requester: { agency: 'SETDA-EKON', as: 'operator' },
    steward: 'DISDUKCAPIL',
    fields: dataAccess('Kepala Subbagian Perekonomian', 'Kepala Subbagian', 'Subbagian Perekonomian', 'Menyediakan data calon debitur usaha mikro', 'Diteruskan kepada bank mitra penyalur kredit usaha rakyat', 'Penawaran kredit oleh bank mitra', 'Nama, NIK dan alamat pelaku usaha mikro', 'Salinan data perseorangan (CSV)'),
    createdDaysAgo: 21,
    events: [
      { daysAgo: 20, time: '13:30', event: submit },
      { daysAgo: 18, time: '09:45', event: recommend('reject', 'Data perseorangan akan diserahkan kepada pihak di luar pemerintah daerah untuk kepentingan komersial.') },
      { daysAgo: 17, time: '15:10', event: step(sekda, { transition: 'reject', reasonCode: 'commercial_or_non_government_use', note: 'Data kependudukan perseorangan tidak diberikan untuk penawaran komersial oleh pihak ketiga.' }) },
    ],
    letters: ['decision'],
  },
  {
    type: 'data_access',
    requester: { agency: 'DISDIK', as: 'operator' },
    steward: 'DISDUKCAPIL',
    fields: dataAccess('Kepala Bidang Pembinaan SD', 'Kepala Bidang', 'Bidang Pembinaan Sekolah Dasar', 'Memperkirakan daya tampung sekolah dasar', 'Menetapkan zonasi PPDB tahun ajaran berikutnya', 'Perencanaan PPDB', 'Jumlah anak usia 6–7 tahun per kelurahan', 'Tabel rekapitulasi (XLSX)'),
    createdDaysAgo: 7,
    events: [
      { daysAgo: 6, time: '08:40', event: submit },
      { daysAgo: 1, time: '11:15', event: recommend('approve', 'Data agregat untuk perencanaan PPDB; direkomendasikan disetujui.') },
    ],
  },
  {
    type: 'data_access',
    requester: { agency: 'DINSOS', as: 'head' },
    steward: 'DISDUKCAPIL',
    fields: dataAccess('Kepala Bidang Perlindungan dan Jaminan Sosial', 'Kepala Bidang', 'Bidang Perlindungan dan Jaminan Sosial', 'Memadankan data penerima bantuan sosial dengan data kependudukan', 'Memastikan bantuan sampai kepada penduduk yang berhak', 'Verifikasi dan validasi DTKS', 'NIK dan status kependudukan penerima bantuan', 'Layanan pemadanan data (API) di jaringan intra pemerintah'),
    createdDaysAgo: 16,
    events: [
      { daysAgo: 15, time: '10:00', event: submit },
      { daysAgo: 13, time: '14:00', event: recommend('approve', 'Pemadanan melalui layanan API di jaringan intra; sesuai tugas dan fungsi Dinas Sosial.') },
      { daysAgo: 12, time: '09:30', event: { do: 'comment', by: 'requester', body: 'Mohon keputusan dapat segera diberikan karena jadwal verifikasi DTKS bulan ini.' } },
    ],
  },
  {
    type: 'data_access',
    requester: { agency: 'BAPPEDA', as: 'operator' },
    steward: 'DINKES',
    fields: dataAccess('Kepala Bidang Pemerintahan dan Pembangunan Manusia', 'Kepala Bidang', 'Bidang Pemerintahan dan Pembangunan Manusia', 'Menyusun peta sasaran percepatan penurunan stunting', 'Menentukan kelurahan lokus intervensi tahun depan', 'Perencanaan pembangunan daerah', 'Prevalensi stunting dan jumlah balita per kelurahan', 'Tabel rekapitulasi (XLSX)'),
    createdDaysAgo: 11,
    events: [{ daysAgo: 10, time: '09:20', event: submit }],
    letters: ['request'],
  },
  {
    type: 'data_access',
    requester: { agency: 'DPPKB', as: 'operator' },
    steward: 'DISDUKCAPIL',
    fields: dataAccess('Kepala Bidang Keluarga Berencana', 'Kepala Bidang', 'Bidang Keluarga Berencana', 'Memperbarui sasaran pelayanan KB', 'Menyusun target peserta KB baru', 'Perencanaan program KB', 'Data pasangan usia subur', 'Data'),
    createdDaysAgo: 9,
    events: [
      { daysAgo: 8, time: '13:00', event: submit },
      { daysAgo: 6, time: '10:40', event: step(ictOperator, { transition: 'return_for_revision', note: 'Jelaskan bentuk data yang diminta (agregat per kelurahan atau data perseorangan) dan cara penyerahannya.' }) },
    ],
  },
  {
    type: 'data_access',
    requester: { agency: 'RSUD', as: 'operator' },
    steward: 'DINKES',
    fields: dataAccess('Kepala Instalasi Rekam Medis', 'Kepala Instalasi', 'Instalasi Rekam Medis', 'Menyelaraskan kode fasilitas kesehatan rujukan', 'Rujukan pasien antarfasilitas tercatat dengan kode yang sama', 'Pelayanan rujukan', 'Daftar fasilitas pelayanan kesehatan dan kodenya', 'Data referensi (CSV)'),
    createdDaysAgo: 19,
    events: [
      { daysAgo: 18, time: '09:00', event: submit },
      { daysAgo: 17, time: '10:30', event: step(ictOperator, { transition: 'return_for_revision', note: 'Lengkapi maksud dan tujuan: untuk aplikasi apa data referensi ini dipakai.' }) },
      { daysAgo: 15, time: '08:50', event: resubmit },
      { daysAgo: 14, time: '13:10', event: recommend('approve', 'Data referensi publik; direkomendasikan disetujui.') },
      { daysAgo: 12, time: '09:40', event: step(sekda, { transition: 'approve' }) },
    ],
  },
  {
    type: 'data_access',
    requester: { agency: 'DLH', as: 'operator' },
    steward: 'DPUPR',
    fields: dataAccess('Kepala Bidang Pengelolaan Sampah', 'Kepala Bidang', 'Bidang Pengelolaan Sampah', 'Merencanakan rute angkutan sampah', '', '', 'Jaringan jalan per kecamatan', 'Peta (GeoJSON)'),
    createdDaysAgo: 2,
    events: [],
  },
  {
    type: 'data_access',
    requester: { agency: 'BPBD', as: 'operator' },
    steward: 'DINSOS',
    fields: dataAccess('Kepala Seksi Kesiapsiagaan', 'Kepala Seksi', 'Seksi Kesiapsiagaan', 'Memetakan kelompok rentan di daerah rawan banjir rob', 'Menyusun rencana evakuasi', 'Kesiapsiagaan bencana', 'Jumlah lansia dan penyandang disabilitas per kelurahan', 'Tabel rekapitulasi (XLSX)'),
    createdDaysAgo: 14,
    events: [
      { daysAgo: 13, time: '10:10', event: submit },
      { daysAgo: 11, time: '08:30', event: step('requester', { transition: 'withdraw', note: 'Data sudah diperoleh dari hasil kaji cepat bersama Dinas Sosial.' }) },
    ],
  },
];
