import { checkPeriodicReports } from '../checks/reporting';
import { defineObligations } from '../define-obligation';
import { periodicCadence } from '../periodic-reading';

const security = 'BAB III RUANG LINGKUP, Bagian Kedelapan Keamanan Informasi';
const reporting = 'BAB III RUANG LINGKUP, Bagian Kesembilan Pemeliharaan Dan Pelaporan';
const supervision = 'BAB III RUANG LINGKUP, Bagian Kesepuluh Pembinaan Dan Pengawasan';
// The closing chapter is numbered "BAB III" a second time in the file (it should be BAB IV); kept as it stands.
const closing = 'BAB III KETENTUAN PENUTUP';

export const securityReportingObligations = defineObligations('jambi-10-2017', [
  {
    pasal: '20', ayat: '1', chapter: security, binds: 'ict_office', about: 'sop', needs: 'internal_policy_register',
    text: 'Dinas membuat mekanisme pengelolaan *Server* dan jaringan.',
  },
  {
    pasal: '20', ayat: '2', chapter: security, binds: 'ict_office', about: 'backup', needs: 'data_center',
    text: 'Dinas harus melakukan *back up* terhadap File sistem dan basis data seluruh server sebagaimana dimaksud dalam pasal 6 ayat (3).',
  },
  {
    pasal: '20', ayat: '3', chapter: security, binds: 'ict_office', about: 'backup', needs: 'data_center',
    text: 'Back up sebagaimana dimaksud pada ayat (2) harus disimpan dalam media penyimpanan yang mudah dipindah (portable) dan/atau dalam server dan diletakkan ditempat yang aman, terpisah dari ruang pusat data.',
  },
  {
    pasal: '21', ayat: '1', chapter: reporting, binds: 'ict_office', about: 'service', cadence: periodicCadence, needs: 'service_catalogue',
    text: 'Dinas melakukan pemeliharaan sistem e-government Pemerintah Daerah secara berkala.',
  },
  {
    pasal: '21', ayat: '2', chapter: reporting, binds: 'every_agency', about: 'service', needs: 'service_catalogue',
    text: 'OPD melakukan pemeliharaan sistem e-government di lingkungan kerjanya.',
  },
  {
    // "secara berkala" names no interval, so only unsubmitted past periods and agencies that never reported count.
    pasal: '22', ayat: '1', chapter: reporting, binds: 'every_agency', about: 'periodic_report', needs: 'periodic_reports',
    interpretationKey: 'compliance-ui.interpretation.reportsWithoutPeriod',
    text: 'OPD secara berkala wajib melaporkan penyelenggaraan e-government dalam lingkungan kerjanya masing – masing kepada Walikota melalui Dinas.',
    check: checkPeriodicReports({ reporters: 'every_agency' }),
  },
  {
    pasal: '22', ayat: '2', chapter: reporting, binds: 'ict_office', about: 'periodic_report', needs: 'periodic_reports',
    interpretationKey: 'compliance-ui.interpretation.reportsWithoutPeriod',
    text: 'Dinas secara berkala melaporkan penyelenggaraan e-government kepada Walikota.',
    check: checkPeriodicReports({ reporters: 'ict_office' }),
  },
  {
    // Warnings are not in the read model yet; the missing reports they answer are (Ps 22(1)).
    pasal: '22', ayat: '3', chapter: reporting, binds: 'mayor', about: 'periodic_report', needs: 'periodic_reports',
    text: 'Dalam hal OPD tidak melaksanakan kewajiban pelaporan sebagaimana dimaksud pada ayat (1), Walikota memberikan teguran.',
  },
  {
    pasal: '23', ayat: '1', chapter: supervision, binds: 'tenant', about: 'management', needs: 'evaluation',
    text: 'Pemerintah Daerah melakukan pembinaan dan pengawasan terhadap penyelenggaraan e-government.',
  },
  {
    pasal: '23', ayat: '2', chapter: supervision, binds: 'tenant', about: 'management', needs: 'competency',
    text: 'Pembinaan sebagaimana dimaksud pada ayat (1), antara lain : - a. Pemberian pedoman pengelolaan dan penyelenggaraan e-government; - b. Pemberian petunjuk dan langkah – langkah operasional pengelolaan dan penyelenggaraan e-government; - c. Pemberian pelatihan bagi aparatur; dan - d. Pendampingan dalam pengembangan e-government.',
  },
  {
    pasal: '25', chapter: closing, binds: 'tenant', about: 'management', needs: 'evaluation', cadence: { kind: 'once' },
    text: 'Pelaksanaan Peraturan Walikota ini dilakukan secara bertahap sampai dengan akhir tahun 2017.',
  },
]);
