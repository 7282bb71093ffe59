import { checkApplicationUnderCityDomain } from '../checks/application-addresses';
import { checkHandoverDocuments } from '../checks/application-handover';
import { checkCertificateValid, checkServiceEvaluation } from '../checks/application-schedules';
import {
  checkIctOfficeSuperAdmin,
  checkLicenceRecorded,
  checkOneApplicationPerFunction,
  checkSourceCodeAndCopyright,
  checkStageInSdlc,
  checkWebOrMobilePlatform,
} from '../checks/applications';
import { combineResults } from '../checks/check-result';
import { checkSubdomainsUnderCityDomain } from '../checks/domains';
import { defineObligations } from '../define-obligation';

const chapter = 'BAB V SISTEM INFORMASI';
const subdomainsUnderCityDomain = checkSubdomainsUnderCityDomain();
const applicationsUnderCityDomain = checkApplicationUnderCityDomain();

export const informationApplicationObligations = defineObligations('dumai-18-2019', [
  {
    pasal: '13', ayat: '1', chapter, binds: 'every_agency', about: 'application', needs: 'planning',
    text: 'Pembuatan aplikasi oleh OPD mengacu pada rencana induk penyelenggaraan SPBE Pemerintah Daerah.',
  },
  {
    pasal: '13', ayat: '2', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Pengembangan aplikasi yang dibiayai melalui APBD dan/atau APBN harus legal dan/atau bersifat *Open Source* dengan memenuhi ketentuan keamanan informasi.',
    check: checkLicenceRecorded({ fundingSources: ['apbd', 'apbn'] }),
  },
  {
    pasal: '13', ayat: '3', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Pengembangan aplikasi mengacu pada *System Development Life Cycle (SDLC)* yang terdiri dari tahapan: - a. analisa kebutuhan sistem; - b. perancangan sistem; - c. pembuatan sistem; - d. uji coba sistem; - e. implementasi sistem; - f. pemeliharaan sistem.',
    check: checkStageInSdlc(),
  },
  {
    pasal: '13', ayat: '4', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Standar kebutuhan sistem aplikasi SPBE harus memenuhi: - a. *reliable*; - b. *interoperable*; - c. *scalable*; - d. *user friendly*; - e. *integratable*.',
  },
  {
    // "ayat (4)" in huruf a is a numbering slip: the SDLC is ayat (3).
    pasal: '13', ayat: '5', huruf: 'a', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Serah terima pengadaan aplikasi dinyatakan sah apabila telah dilengkapi dengan dokumen teknis laporan pekerjaan, paling sedikit memuat: - a. Dokumen SDLC sebagaimana dimaksud pada ayat (4), mencakup arsitektur proses bisnis, arsitektur data, arsitektur aplikasi dan arsitektur infrastruktur;',
    check: checkHandoverDocuments({ documents: ['sdlc_architecture'] }),
  },
  {
    pasal: '13', ayat: '5', huruf: 'b', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'b. *copy digital source code*;',
    check: checkHandoverDocuments({ documents: ['source_code'] }),
  },
  {
    pasal: '13', ayat: '5', huruf: 'c', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'c. dokumen manual menjalankan sistem;',
    check: checkHandoverDocuments({ documents: ['operation_manual'] }),
  },
  {
    // The one-month window before handover is not in the read model (no test date); the report's presence is.
    pasal: '13', ayat: '5', huruf: 'd', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'd. dokumen laporan hasil uji keamanan (*penetration test*), tampilan (*performance*) dan *debugging* yang dilaksanakan paling lama 1 (satu) bulan sebelum serah terima aplikasi.',
    check: checkHandoverDocuments({ documents: ['security_test_report'] }),
  },
  {
    pasal: '13', ayat: '6', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Semua hak cipta atas aplikasi menjadi milik Pemerintah Daerah dan disimpan di dalam Pusat Data yang dikelola oleh Diskominfo.',
    check: checkSourceCodeAndCopyright(),
  },
  {
    pasal: '14', ayat: '1', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Diskominfo berhak memiliki hak akses sebagai super admin atas setiap aplikasi yang dibuat oleh OPD.',
    check: checkIctOfficeSuperAdmin(),
  },
  {
    pasal: '14', ayat: '2', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Setiap OPD dilarang menggunakan lebih dari satu aplikasi dalam wilayah kendalanya untuk fungsi yang sama.',
    check: checkOneApplicationPerFunction(),
  },
  {
    pasal: '14', ayat: '3', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'Aplikasi yang akan dikembangkan harus berbasis web atau mobile yang terhubung dengan Pusat Data.',
    check: checkWebOrMobilePlatform(),
  },
  {
    pasal: '14', ayat: '4', chapter, binds: 'every_agency', about: 'evaluation', needs: 'application_registry',
    cadence: { kind: 'every', months: 12 },
    text: 'Setiap OPD wajib melakukan monitoring evaluasi terhadap penyelenggaraan layanan aplikasi secara berkala paling sedikit 1 (satu) tahun sekali.',
    check: checkServiceEvaluation({ months: 12 }),
  },
  {
    pasal: '15', ayat: '2', chapter, binds: 'every_agency', about: 'service', needs: 'service_catalogue',
    text: 'Setiap OPD mengelola informasi layanan publik pada website OPD.',
  },
  {
    pasal: '15', ayat: '4', chapter, binds: 'every_agency', about: 'domain', needs: 'domain_registry',
    text: 'Subdomain dimanfaatkan untuk website OPD, produk, ataupun layanan daerah.',
  },
  {
    // The article names dumaikota.go.id; the check reads the tenant's city domain from its profile.
    pasal: '15', ayat: '5', chapter, binds: 'every_agency', about: 'domain', needs: 'domain_registry',
    interpretationKey: 'compliance-ui.interpretation.cityDomain',
    text: 'Subdomain sebagaimana dimaksud pada ayat (4) harus terintegrasi dengan domain *dumaikota.go.id*.',
    check: (model) => combineResults([subdomainsUnderCityDomain(model), applicationsUnderCityDomain(model)]),
  },
  {
    pasal: '15', ayat: '6', chapter, binds: 'ict_office', about: 'domain', needs: 'domain_registry',
    text: 'Domain dan subdomain ditempatkan di tempat yang disediakan dan diatur oleh Diskominfo.',
  },
  {
    pasal: '16', ayat: '1', chapter, binds: 'every_agency', about: 'signature', needs: 'documents',
    text: 'Setiap dokumen yang dikeluarkan oleh OPD harus menggunakan tanda tangan elektronik yang berfungsi sebagai alat verifikasi dan autentikasi.',
  },
  {
    pasal: '17', ayat: '1', chapter, binds: 'every_agency', about: 'signature', needs: 'application_registry',
    text: 'Setiap aplikasi yang dibangun oleh OPD harus menggunakan sertifikat elektronik dalam rangka meningkatkan keamanan penyelenggaraan sistem elektronik selain upaya keamanan lainnya.',
    check: checkCertificateValid(),
  },
  {
    pasal: '17', ayat: '3', chapter, binds: 'ict_office', about: 'signature', needs: 'security_management',
    text: 'Diskominfo menghubungi penyelenggara sertifikat elektronik dalam rangka pengadaan sertifikat elektronik.',
  },
]);
