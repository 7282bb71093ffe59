import { checkHandoverDocuments } from '../checks/application-handover';
import { checkDatasetKeyIdentifier, checkEveryAgencyManagesData } from '../checks/datasets';
import { defineObligations } from '../define-obligation';
import { requiredHandoverDocuments } from '../handover-documents';

const data = 'BAB III RUANG LINGKUP, Bagian Keempat Pengaturan Data Dan Informasi';
const people = 'BAB III RUANG LINGKUP, Bagian Kelima Pengembangan Sumber Daya Manusia';
const institutions = 'BAB III RUANG LINGKUP, Bagian Keenam Kelembagaan';
const cooperation = 'BAB III RUANG LINGKUP, Bagian Ketujuh Kerja Sama Dengan Instansi Vertikal Dan Pihak Ketiga';

export const dataPeopleObligations = defineObligations('jambi-10-2017', [
  {
    pasal: '11', ayat: '1', chapter: data, binds: 'every_agency', about: 'dataset', needs: 'data_catalogue',
    text: 'Setiap OPD wajib mengelola basis data sesuai dengan tugas pokok dan fungsi masing – masing OPD,',
    check: checkEveryAgencyManagesData(),
  },
  {
    pasal: '11', ayat: '2', chapter: data, binds: 'every_agency', about: 'dataset', needs: 'data_catalogue',
    text: 'Basis data OPD sebagaimana dimaksud pada ayat (1) di integrasikan dan direlasikan satu dengan yang lain serta dikelompokkan sesuai dengan kepentingannya.',
  },
  {
    // The groups are the dataset categories (dataset-categories.ts).
    pasal: '11', ayat: '4', chapter: data, binds: 'ict_office', about: 'dataset', needs: 'data_catalogue',
    text: 'Setiap kelompok basis data sebagaimana dimaksud pada ayat (3) dikelola oleh Dinas sebagai pusat data.',
  },
  {
    pasal: '11', ayat: '5', chapter: data, binds: 'every_agency', about: 'dataset', needs: 'data_catalogue',
    text: 'Untuk Basis data Kepegawaian harus berbasis Nomor Induk Pegawai (NIP) dan wajib diimplementasikan pada seluruh aplikasi manajemen pemerintahan sesuai dengan hak akses masing – masing ASN.',
    check: checkDatasetKeyIdentifier({ category: 'staffing', identifier: 'nip' }),
  },
  {
    pasal: '11', ayat: '6', chapter: data, binds: 'every_agency', about: 'dataset', needs: 'data_catalogue',
    text: 'Untuk Basis data kependudukan harus berbasis Nomor Induk Kependudukan (NIK) dan wajib diimplementasikan pada seluruh aplikasi pelayanan publik kepada warga.',
    check: checkDatasetKeyIdentifier({ category: 'population', identifier: 'nik' }),
  },
  {
    pasal: '11', ayat: '7', chapter: data, binds: 'ict_office', about: 'dataset', needs: 'data_catalogue',
    text: 'Dinas mengintegrasikan seluruh basis data dan layanan aplikasi untuk kepentingan penyelenggaraan pemerintahan, pembangunan, pelayanan publik dan kemasyarakatan.',
  },
  {
    pasal: '12', ayat: '2', chapter: data, binds: 'mayor', about: 'dataset', needs: 'organisation',
    text: 'Wali data sebagaimana dimaksud pada ayat (1) ditetapkan dengan Keputusan Walikota berdasarkan usulan Kepala Dinas.',
  },
  {
    pasal: '13', ayat: '1', chapter: people, binds: 'tenant', about: 'competency', needs: 'competency',
    text: 'Pemerintah Daerah melaksanakan peningkatan kapasitas sumber daya manusia aparatur di bidang teknologi informasi dan komunikasi untuk menunjang kualitas pemanfaatan teknologi informasi dan komunikasi.',
  },
  {
    pasal: '13', ayat: '2', chapter: people, binds: 'tenant', about: 'competency', needs: 'competency',
    text: 'Pemerintah Daerah melakukan pembinaan karir terhadap tenaga sumber daya manusia teknologi informasi dan komunikasi.',
  },
  {
    pasal: '13', ayat: '3', chapter: people, binds: 'tenant', about: 'competency', needs: 'competency',
    text: 'Peningkatan kapasitas sumber daya manusia sebagaimana dimaksud pada ayat (1) meliputi : - a. Pendidikan dan pelatihan (diklat) teknis; - b. Bimbingan teknis (bimtek); dan - c. Magang kerja.',
  },
  {
    pasal: '13', ayat: '4', chapter: people, binds: 'tenant', about: 'competency', needs: 'competency',
    text: 'Pemerintah Daerah memfasilitasi sertifikasi nasional dan internasional terhadap sumber daya manusia pengelola teknologi informasi dan komunikasi.',
  },
  {
    pasal: '15', ayat: '2', chapter: institutions, binds: 'ict_office', about: 'organisation', needs: 'organisation',
    text: 'Tugas dan fungsi unit kerja sebagaimana dimaksud pada ayat (1) dikoordinasikan oleh Dinas.',
  },
  {
    pasal: '17', ayat: '1', chapter: cooperation, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Pembangunan dan pengembangan aplikasi dilakukan dengan memperhatikan standar Metada yang telah ditetapkan berdasarkan peraturan perundang-undangan.',
  },
  {
    // The ten documents the article lists, whatever else the profile's union adds.
    pasal: '17', ayat: '2', chapter: cooperation, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Dokumentasi teknis aplikasi yang meliputi Kode Sumber, Kebutuhan Pengguna, Rancangan Aplikasi dan Basis data, Pengujian Aplikasi, Manual Instalasi, Manual Pengguna, Manual Admin, Metada, dan Troubleshooting, wajib diserahkan oleh OPD kepada Dinas.',
    check: checkHandoverDocuments({ documents: requiredHandoverDocuments(['jambi-10-2017']) }),
  },
  {
    pasal: '18', ayat: '1', chapter: cooperation, binds: 'ict_office', about: 'architecture', needs: 'service_catalogue',
    text: 'Interkoneksi data diselenggarakan secara terpusat melalui Sistem Elektronik yang dikelola oleh Dinas.',
  },
]);
