import { submit, ictHead, ictOperator, step, kak, type DemoRequest } from './demo-request-scenarios';

// Dumai 18/2019 Ps 6(5), Palu 14/2022 Ps 7(4), 30(1): the ICT office's technical recommendation
export const recommendationRequests: DemoRequest[] = [
  {
    type: 'technical_recommendation',
    requester: { agency: 'DINKES', as: 'head' },
    fields: (c) => ({ subjectKind: 'application_development', title: 'Pengembangan modul rujukan e-Puskesmas', description: 'Modul rujukan terintegrasi antara puskesmas dan RSUD, memakai layanan SSO dan penghubung layanan.', fiscalYear: c.year, estimatedBudget: 350_000_000 }),
    createdDaysAgo: 30,
    events: [
      { daysAgo: 30, time: '14:00', event: kak('Pengembangan modul rujukan e-Puskesmas') },
      { daysAgo: 29, time: '09:00', event: submit },
      { daysAgo: 25, time: '15:30', event: step(ictHead, (c) => ({ transition: 'approve', outcome: { recommendationNumber: `000.5.2/REK-07/Diskominfo/${c.year}` }, note: 'Direkomendasikan; aplikasi dibangun di pusat data daerah dan memakai SSO ASN.' })) },
    ],
    letters: ['decision'],
  },
  {
    type: 'technical_recommendation',
    requester: { agency: 'DISHUB', as: 'operator' },
    fields: (c) => ({ subjectKind: 'procurement', title: 'Pengadaan kamera persimpangan ATCS', description: 'Pengadaan 12 kamera analog untuk persimpangan utama.', fiscalYear: c.year, estimatedBudget: 780_000_000 }),
    createdDaysAgo: 24,
    events: [
      { daysAgo: 24, time: '10:00', event: kak('Pengadaan kamera persimpangan ATCS') },
      { daysAgo: 23, time: '09:30', event: submit },
      { daysAgo: 19, time: '14:45', event: step(ictHead, { transition: 'reject', reasonCode: 'device_not_future_proof', note: 'Kamera analog tidak kompatibel dengan Dumai Command Center; ajukan kembali dengan kamera IP.' }) },
    ],
    letters: ['decision'],
  },
  {
    type: 'technical_recommendation',
    requester: { agency: 'DISDUKCAPIL', as: 'head' },
    fields: (c) => ({ subjectKind: 'lan_infrastructure', title: 'Jaringan LAN gedung pelayanan baru', description: 'Pembangunan jaringan LAN dan Wi-Fi gedung pelayanan administrasi kependudukan yang baru.', fiscalYear: c.year, estimatedBudget: 210_000_000 }),
    createdDaysAgo: 4,
    events: [
      { daysAgo: 4, time: '09:15', event: kak('Jaringan LAN gedung pelayanan baru') },
      { daysAgo: 3, time: '10:20', event: submit },
      { daysAgo: 2, time: '11:00', event: { do: 'comment', by: ictOperator, body: 'Mohon lampirkan denah gedung dan rencana titik akses; kami jadwalkan survei lokasi.' } },
    ],
  },
  {
    type: 'technical_recommendation',
    requester: { agency: 'BAPENDA', as: 'operator' },
    fields: (c) => ({ subjectKind: 'application_development', title: 'Integrasi e-Pajak Daerah dengan kanal pembayaran', description: 'Integrasi pembayaran pajak daerah melalui bank dan QRIS.', fiscalYear: c.year, estimatedBudget: 420_000_000 }),
    createdDaysAgo: 12,
    events: [
      { daysAgo: 12, time: '13:00', event: kak('Integrasi e-Pajak Daerah dengan kanal pembayaran') },
      { daysAgo: 11, time: '09:00', event: submit },
      { daysAgo: 8, time: '15:00', event: step(ictOperator, { transition: 'return_for_revision', note: 'Lengkapi KAK dengan arsitektur integrasi dan rencana keamanan (enkripsi, pencatatan transaksi).' }) },
    ],
  },
  {
    type: 'technical_recommendation',
    requester: { agency: 'DISPAR', as: 'head' },
    fields: (c) => ({ subjectKind: 'application_development', title: 'Aplikasi promosi destinasi wisata', description: 'Aplikasi seluler promosi destinasi dan kalender acara wisata.', fiscalYear: c.year, estimatedBudget: 175_000_000 }),
    createdDaysAgo: 10,
    events: [
      { daysAgo: 10, time: '10:30', event: kak('Aplikasi promosi destinasi wisata') },
      { daysAgo: 9, time: '08:45', event: submit },
    ],
  },
  {
    type: 'technical_recommendation',
    requester: { agency: 'DINKES', as: 'operator' },
    fields: (c) => ({ subjectKind: 'procurement', title: 'Pengadaan perangkat telemedisin puskesmas', description: 'Kamera, alat periksa digital dan laptop untuk konsultasi jarak jauh di 9 puskesmas.', fiscalYear: c.year + 1, estimatedBudget: 640_000_000 }),
    createdDaysAgo: 2,
    events: [],
  },
  {
    type: 'technical_recommendation',
    requester: { agency: 'DISDIK', as: 'operator' },
    fields: (c) => ({ subjectKind: 'procurement', title: 'Pengadaan laptop untuk laboratorium komputer SD', description: 'Pengadaan laptop untuk 20 sekolah dasar negeri.', fiscalYear: c.year }),
    createdDaysAgo: 1,
    events: [],
  },
  {
    type: 'technical_recommendation',
    requester: { agency: 'SATPOLPP', as: 'operator' },
    fields: (c) => ({ subjectKind: 'application_development', title: 'Aplikasi pelaporan penertiban', description: 'Aplikasi pelaporan kegiatan penertiban oleh petugas lapangan.', fiscalYear: c.year, estimatedBudget: 95_000_000 }),
    createdDaysAgo: 18,
    events: [
      { daysAgo: 18, time: '09:00', event: kak('Aplikasi pelaporan penertiban') },
      { daysAgo: 17, time: '10:00', event: submit },
      { daysAgo: 16, time: '14:30', event: step('requester', { transition: 'withdraw', note: 'Kebutuhan dipenuhi dengan modul pelaporan pada Sistem Informasi Penegakan Perda yang sudah ada.' }) },
    ],
  },
];

// Palu 14/2022 Ps 18(3), Dumai 18/2019 Ps 15(4)–(6): the approved subdomain becomes a registry record
export const subdomainRequests: DemoRequest[] = [
  {
    type: 'subdomain',
    requester: { agency: 'DP3A', as: 'operator' },
    fields: { name: 'sapa', usage: 'regional_service', description: 'Layanan informasi dan konsultasi keluarga (SAPA) Dinas Pemberdayaan Perempuan dan Perlindungan Anak' },
    createdDaysAgo: 20,
    events: [
      { daysAgo: 20, time: '10:00', event: submit },
      { daysAgo: 18, time: '13:20', event: step(ictHead, { transition: 'approve', note: 'Subdomain didaftarkan; diarahkan ke server aplikasi di pusat data daerah.' }) },
    ],
    letters: ['decision'],
  },
  {
    type: 'subdomain',
    requester: { agency: 'DISKOPUKM', as: 'head' },
    fields: { name: 'koperasi', usage: 'spbe_application', description: 'Sistem informasi pembinaan dan pelaporan koperasi' },
    createdDaysAgo: 13,
    events: [
      { daysAgo: 13, time: '09:30', event: submit },
      { daysAgo: 12, time: '10:10', event: step(ictOperator, { transition: 'return_for_revision', note: 'Sebutkan aplikasi yang akan memakai subdomain ini dan siapa pengelolanya.' }) },
      { daysAgo: 10, time: '08:30', event: { do: 'step', by: 'requester', input: { transition: 'resubmit', fields: { name: 'koperasi', usage: 'spbe_application', description: 'Sistem informasi pembinaan dan pelaporan koperasi, dikelola Bidang Koperasi, di server pusat data daerah' } } } },
      { daysAgo: 9, time: '14:00', event: step(ictHead, { transition: 'approve' }) },
    ],
  },
  {
    type: 'subdomain',
    requester: { agency: 'DISDAG', as: 'operator' },
    fields: { name: 'pasar', usage: 'regional_service', description: 'Informasi pasar tradisional: lokasi, kios dan jadwal' },
    createdDaysAgo: 3,
    events: [{ daysAgo: 2, time: '09:00', event: submit }],
  },
  {
    type: 'subdomain',
    requester: { agency: 'KESBANGPOL', as: 'operator' },
    fields: { name: 'pemilu', usage: 'product', description: 'Halaman informasi kegiatan penyelenggara pemilihan' },
    createdDaysAgo: 15,
    events: [
      { daysAgo: 15, time: '11:00', event: submit },
      { daysAgo: 13, time: '15:00', event: step(ictHead, { transition: 'reject', reasonCode: 'usage_not_permitted', note: 'Informasi pemilihan dikelola penyelenggara pemilihan di domainnya sendiri, bukan layanan perangkat daerah.' }) },
    ],
    letters: ['decision'],
  },
  {
    type: 'subdomain',
    requester: { agency: 'DINKES', as: 'head' },
    fields: { name: 'sehat', usage: 'regional_service', description: 'Layanan' },
    createdDaysAgo: 5,
    events: [
      { daysAgo: 5, time: '13:40', event: submit },
      { daysAgo: 3, time: '10:20', event: step(ictOperator, { transition: 'return_for_revision', note: 'Lengkapi deskripsi layanan yang akan memakai subdomain ini dan aplikasi yang dituju.' }) },
    ],
  },
  {
    type: 'subdomain',
    requester: { agency: 'DISTAN', as: 'operator' },
    fields: { name: 'sitani', usage: 'spbe_application', description: 'Aplikasi' },
    createdDaysAgo: 8,
    events: [
      { daysAgo: 8, time: '10:00', event: submit },
      { daysAgo: 7, time: '09:00', event: step(ictOperator, { transition: 'return_for_revision', note: 'Jelaskan aplikasi yang akan memakai subdomain ini.' }) },
    ],
  },
  {
    type: 'subdomain',
    requester: { agency: 'DLH', as: 'operator' },
    fields: { name: 'adipura', usage: 'product', description: 'Informasi penilaian kebersihan kota' },
    createdDaysAgo: 22,
    events: [
      { daysAgo: 22, time: '13:30', event: submit },
      { daysAgo: 21, time: '09:15', event: step('requester', { transition: 'withdraw', note: 'Informasi dimuat sebagai halaman pada website Dinas Lingkungan Hidup.' }) },
    ],
  },
  {
    type: 'subdomain',
    requester: { agency: 'DISKAN', as: 'operator' },
    fields: { name: 'nelayan', usage: 'spbe_application', description: 'Pendataan nelayan dan kapal perikanan' },
    createdDaysAgo: 1,
    events: [],
  },
];

// Dumai 18/2019 Ps 19(3)–(4), Palu 14/2022 Ps 28(2)–(3): a blocked site opened for work, until a date
export const siteUnblockRequests: DemoRequest[] = [
  {
    type: 'site_unblock',
    requester: { agency: 'DINKES', as: 'operator' },
    fields: { url: 'https://jurnal-kesehatan.example.org/', workReason: 'Rujukan jurnal kesehatan masyarakat untuk kajian penurunan stunting' },
    createdDaysAgo: 16,
    events: [
      { daysAgo: 16, time: '09:00', event: submit },
      { daysAgo: 14, time: '10:30', event: step(ictHead, (c) => ({ transition: 'approve', outcome: { expiresAt: c.date(76) }, note: 'Dibuka selama 90 hari untuk jaringan Dinas Kesehatan.' })) },
    ],
  },
  {
    type: 'site_unblock',
    requester: { agency: 'BAPENDA', as: 'operator' },
    fields: { url: 'https://berbagi-berkas.example.com/', workReason: 'Bertukar berkas rekonsiliasi dengan bank persepsi' },
    createdDaysAgo: 11,
    events: [
      { daysAgo: 11, time: '13:00', event: submit },
      { daysAgo: 10, time: '09:20', event: step(ictHead, { transition: 'reject', reasonCode: 'security_risk', note: 'Berkas keuangan dipertukarkan melalui layanan berbagi berkas pemerintah daerah, bukan layanan publik.' }) },
    ],
  },
  {
    type: 'site_unblock',
    requester: { agency: 'DISPUSIP', as: 'operator' },
    fields: (c) => ({ url: 'https://arsip-digital.example.net/', workReason: 'Akses koleksi arsip digital untuk pameran arsip daerah', requestedUntil: c.date(30) }),
    createdDaysAgo: 2,
    events: [{ daysAgo: 1, time: '10:00', event: submit }],
  },
  {
    type: 'site_unblock',
    requester: { agency: 'SETDA-PBJ', as: 'operator' },
    fields: { url: 'https://katalog-penyedia.example.com/', workReason: 'Survei harga untuk penyusunan harga perkiraan sendiri' },
    createdDaysAgo: 12,
    events: [{ daysAgo: 11, time: '10:00', event: submit }],
  },
  {
    type: 'site_unblock',
    requester: { agency: 'DISDUKCAPIL', as: 'operator' },
    fields: { url: 'https://forum-teknis.example.org/', workReason: 'Forum' },
    createdDaysAgo: 9,
    events: [
      { daysAgo: 8, time: '14:00', event: submit },
      { daysAgo: 7, time: '10:45', event: step(ictOperator, { transition: 'return_for_revision', note: 'Jelaskan pekerjaan yang memerlukan akses ke forum ini dan untuk berapa lama.' }) },
    ],
  },
  {
    type: 'site_unblock',
    requester: { agency: 'DPMPTSP', as: 'operator' },
    fields: { url: 'https://video-pelatihan.example.com/', workReason: 'Video pelatihan layanan perizinan' },
    createdDaysAgo: 6,
    events: [
      { daysAgo: 6, time: '09:30', event: submit },
      { daysAgo: 5, time: '08:40', event: step('requester', { transition: 'withdraw', note: 'Materi pelatihan sudah tersedia di e-Learning ASN.' }) },
    ],
  },
  {
    type: 'site_unblock',
    requester: { agency: 'DISHUB', as: 'operator' },
    fields: { url: 'https://peta-lalu-lintas.example.net/', workReason: '' },
    createdDaysAgo: 1,
    events: [],
  },
];
