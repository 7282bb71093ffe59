import { checkApplicationUnderCityDomain } from '../checks/application-addresses';
import { checkRecommendationRecorded, checkSingleSignOn } from '../checks/applications';
import { combineResults } from '../checks/check-result';
import { checkCommonApplicationsProvidedByIctOffice } from '../checks/common-applications';
import { checkSubdomainsDecreed, checkSubdomainsUnderCityDomain } from '../checks/domains';
import { defineObligations } from '../define-obligation';

// Jambi 10/2017 puts its whole body under "BAB III RUANG LINGKUP"; the Bagian is added so
// the obligations group usefully.
const infrastructure = 'BAB III RUANG LINGKUP, Bagian Kedua Infrastruktur Jaringan Dan Komputer';
const applications = 'BAB III RUANG LINGKUP, Bagian Ketiga Penyediaan Dan Pengembangan Aplikasi';
const subdomainsUnderCityDomain = checkSubdomainsUnderCityDomain();
const applicationsUnderCityDomain = checkApplicationUnderCityDomain();

export const infrastructureApplicationObligations = defineObligations('jambi-10-2017', [
  {
    pasal: '4', ayat: '1', chapter: infrastructure, binds: 'ict_office', about: 'network', needs: 'network_registry',
    text: 'Infrastruktur jaringan dan komputer sebagaimana dimaksud Pasal 3 huruf a , berfungsi untuk menghubungkan antar OPD yang dikelola oleh Dinas.',
  },
  {
    pasal: '4', ayat: '2', chapter: infrastructure, binds: 'every_agency', about: 'network', needs: 'network_registry',
    text: 'Infrastruktur jaringan lokal di OPD dikelola oleh masing – masing OPD.',
  },
  {
    pasal: '4', ayat: '3', chapter: infrastructure, binds: 'ict_office', about: 'network', needs: 'network_registry',
    text: 'Penyediaan layanan internet bagi seluruh OPD yang telah terhubung dengan infrastruktur jaringan lokal Pemerintah Daerah dilakukan oleh Dinas.',
  },
  {
    pasal: '4', ayat: '4', chapter: infrastructure, binds: 'ict_office', about: 'network', needs: 'network_registry',
    text: 'Pembangunan dan pengembangan infrastruktur jaringan di lingkungan pemerintah daerah dilakukan oleh Dinas.',
  },
  {
    pasal: '5', ayat: '1', chapter: infrastructure, binds: 'every_agency', about: 'network', needs: 'network_registry',
    text: 'Komputer yang terhubung atau terkoneksi dengan infrastruktur jaringan pemerintah daerah menggunakan IP yang dikelola oleh Dinas.',
  },
  {
    pasal: '6', ayat: '1', chapter: infrastructure, binds: 'ict_office', about: 'data_center', needs: 'data_center',
    text: 'Dinas menyediakan kebutuhan infrastruktur pusat data dan pusat pemulihan data bagi kepentingan layanan pemerintah daerah.',
  },
  {
    pasal: '6', ayat: '2', chapter: infrastructure, binds: 'every_agency', about: 'data_center', needs: 'data_center',
    text: 'OPD tidak diperkenankan mengadakan pusat data dan pusat pemulihan data sebagaimana dimaksud pada ayat (1) kecuali ditentukan lain oleh peraturan perundang – undangan.',
  },
  {
    pasal: '6', ayat: '3', chapter: infrastructure, binds: 'every_agency', about: 'data_center', needs: 'data_center',
    text: 'Seluruh server yang dikelola oleh OPD dipusatkan pada pusat data yang dikelola oleh Dinas.',
  },
  {
    pasal: '6', ayat: '4', chapter: infrastructure, binds: 'ict_office', about: 'security', needs: 'security_management',
    text: 'Dinas bertanggung jawab atas keamanan Sistem Elektronik.',
  },
  {
    pasal: '7', ayat: '2', chapter: applications, binds: 'ict_office', about: 'application', needs: 'application_registry',
    text: 'Aplikasi umum sebagaimana dimaksud pada ayat (1) huruf a disediakan oleh Dinas.',
    check: checkCommonApplicationsProvidedByIctOffice(),
  },
  {
    // The coordination with the ICT office is on record as its recommendation on the application.
    pasal: '7', ayat: '3', chapter: applications, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Aplikasi Khusus sebagaimana dimaksud pada ayat (1) huruf b dapat dibangun dan dikembangkan oleh setiap OPD sesuai dengan tugas pokok dan fungsi yang dalam pelaksanaannya berkoordinasi dengan Dinas.',
    check: checkRecommendationRecorded({ kind: 'specific' }),
  },
  {
    pasal: '7', ayat: '4', chapter: applications, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Aplikasi yang dibangun dan dikembangkan OPD sebagaimana dimaksud pada ayat (3) bersifat terbuka.',
  },
  {
    // "secara bertahap": the rollout may be gradual, but each application still without SSO is shown as a gap.
    pasal: '7', ayat: '5', chapter: applications, binds: 'ict_office', about: 'application', needs: 'application_registry',
    text: 'Dinas mengoperasikan aplikasisebagaimana pada ayat (1) dengan Sistem Single Sign On secara bertahap dalam penyelenggaraan e-government.',
    check: checkSingleSignOn(),
  },
  {
    pasal: '7', ayat: '6', chapter: applications, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Pengembangan Aplikasi sebagaimana dimaksud pada ayat (1) wajib menyediakan fitur sesuai dengan karakteristik aplikasi yang digunakannya.',
  },
  {
    pasal: '7', ayat: '7', chapter: applications, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Fitur sebagaimana dimaksud pada ayat (6) paling sedikit berupa fasilitas untuk : - a. Melakukan koreksi; - b. Membatalkan perintah; - c. Memberikan konfirmasi atau rekonfirmasi; - d. Memilih meneruskan atau berhenti melaksanakan aktivitas berikutnya; - e. Melihat informasi yang disampaikan berupa tawaran kontrak atau iklan.',
  },
  {
    pasal: '9', chapter: applications, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Aplikasi Khusus sebagaimana dimaksud dalam Pasal 7 ayat (1) huruf b merupakan aplikasi – aplikasi yang dibutuhkan OPD dalam melaksanakan tugas pokok dan fungsinya dan wajib memenuhi ketentuan interoperabilitas dan kompatibilitas, keamanan sistem informasi antar muka dan akses.',
  },
  {
    pasal: '10', ayat: '2', chapter: applications, binds: 'tenant', about: 'domain', needs: 'domain_registry',
    text: 'Nama domain sebagaimana dimaksud pada ayat (1) dimiliki dan/atau digunakan pemerintah daerah dengan alamat jambikota.go.id dan/atau domain lain yang ditetapkan oleh Keputusan Walikota.',
  },
  {
    // The article names jambikota.go.id; the check reads the tenant's city domain from its profile.
    pasal: '10', ayat: '3', chapter: applications, binds: 'every_agency', about: 'domain', needs: 'domain_registry',
    interpretationKey: 'compliance-ui.interpretation.cityDomain',
    text: 'Subdomain sebagaimana dimaksud pada ayat (1) terintegrasi dengan domain jambikota.go.id dan digunakan oleh OPD.',
    check: (model) => combineResults([subdomainsUnderCityDomain(model), applicationsUnderCityDomain(model)]),
  },
  {
    pasal: '10', ayat: '4', chapter: applications, binds: 'mayor', about: 'domain', needs: 'domain_registry',
    text: 'Penggunaan subdomain sebagaimana dimaksud pada ayat (3) ditetapkan dengan Keputusan Walikota.',
    check: checkSubdomainsDecreed(),
  },
  {
    pasal: '10', ayat: '5', chapter: applications, binds: 'regional_secretary', about: 'domain', needs: 'domain_registry',
    text: 'Dalam hal Pemerintah Daerah mengajukan nama domain selain sebagaimana dimaksud dalam ayat (2), maka Sekretaris Daerah atas usulan dinas mengajukan permohonan kepada Kementerian Komunikasi Dan Informatika Republik Indonesia.',
  },
]);
