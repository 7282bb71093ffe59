import { checkDatasetsKeptCurrent } from '../checks/datasets';
import { checkRequestsAnswered } from '../checks/requests';
import { defineObligations } from '../define-obligation';

const chapter = 'BAB V SISTEM INFORMASI';
// Ps 11(2) and 12(3) both run through the data-use request workflow (GLOSSARY: dataAccessRequest).
const dataAccessRequests = checkRequestsAnswered({ types: ['data_access'] });

export const informationDataObligations = defineObligations('dumai-18-2019', [
  {
    pasal: '10', chapter, binds: 'tenant', about: 'application', needs: 'application_registry',
    text: 'Pemerintah Daerah membangun, memiliki, dan mengembangkan sistem informasi sebagaimana dimaksud dalam Pasal 4 huruf d sesuai tugas dan fungsinya.',
  },
  {
    pasal: '11', ayat: '2', chapter, binds: 'every_agency', about: 'data_access_request', needs: 'requests',
    text: 'Setiap OPD wajib melayani permintaan data dan informasi digital yang dimilikinya kepada OPD lain.',
    check: dataAccessRequests,
  },
  {
    pasal: '11', ayat: '3', chapter, binds: 'every_agency', about: 'data_access_request', needs: 'requests',
    text: 'Data yang diberikan sebagaimana dimaksud pada ayat (2) berdasarkan kesepakatan para pihak, kesesuaian dengan SOP, atau atas petunjuk dan arahan Walikota.',
  },
  {
    // Applications are not yet linked to the datasets they produce, so no data shows a duplicate.
    pasal: '11', ayat: '4', chapter, binds: 'every_agency', about: 'application', needs: 'data_catalogue',
    text: 'OPD dilarang membuat aplikasi yang menghasilkan data sejenis yang dimiliki oleh Produsen Data atau Walidata.',
  },
  {
    // Of the qualities listed, the catalogue can show "pemutakhiran" (updates at the set frequency).
    pasal: '11', ayat: '5', chapter, binds: 'every_agency', about: 'dataset', needs: 'data_catalogue',
    text: 'Setiap OPD wajib menjaga keamanan, kerahasiaan, pemutakhiran, akurasi, keandalan serta keutuhan data dan informasi, baik yang dimilikinya maupun data milik Walidata yang dimanfaatkan.',
    check: checkDatasetsKeptCurrent(),
  },
  {
    pasal: '11', ayat: '6', chapter, binds: 'ict_office', about: 'dataset', needs: 'data_catalogue',
    text: 'Seluruh data dan informasi disimpan dan diamankan di dalam *Data Warehouse* yang dikelola Diskominfo.',
  },
  {
    pasal: '11', ayat: '7', chapter, binds: 'data_steward', about: 'security', needs: 'security_management',
    text: 'Walidata tidak punya hak dan kewenangan melakukan akses logik data milik Produsen Data.',
  },
  {
    pasal: '11', ayat: '8', chapter, binds: 'every_agency', about: 'data_center', needs: 'requests',
    text: 'Setiap pembangunan aplikasi yang membutuhkan akses ke Pusat Data, harus mendapat izin dari Diskominfo.',
  },
  {
    pasal: '12', ayat: '1', chapter, binds: 'every_agency', about: 'data_access_request', needs: 'requests',
    text: 'OPD mengajukan surat permohonan pemanfaatan data yang dikelola oleh Walidata kepada Sekretaris Daerah dan ditembuskan kepada Diskominfo dengan melampirkan surat pernyataan untuk melindungi kerahasiaan dan tidak menyalahgunakan data.',
  },
  {
    pasal: '12', ayat: '2', chapter, binds: 'every_agency', about: 'data_access_request', needs: 'requests',
    text: 'Surat permohonan pemanfaatan data sebagaimana dimaksud pada ayat (1), paling sedikit memuat: - a. penanggung jawab; - b. unit kerja; - c. maksud, tujuan, kegunaan; - d. jenis dan bentuk data yang diperlukan.',
  },
  {
    pasal: '12', ayat: '3', chapter, binds: 'regional_secretary', about: 'data_access_request', needs: 'requests',
    text: 'Persetujuan atau penolakan atas surat permohonan pemanfaatan data diberikan oleh Sekretaris Daerah atas rekomendasi Diskominfo.',
    check: dataAccessRequests,
  },
]);
