import { checkRecommendationRecorded } from '../checks/applications';
import { defineObligations } from '../define-obligation';

const planning = 'BAB III PERENCANAAN';
// The file numbers two chapters "BAB III" (PERENCANAAN and KEBIJAKAN); both are kept as they stand.
const policy = 'BAB III KEBIJAKAN';

export const planningPolicyObligations = defineObligations('dumai-18-2019', [
  {
    pasal: '5', ayat: '1', chapter: planning, binds: 'tenant', about: 'architecture', needs: 'planning',
    text: 'Perencanaan sebagaimana dimaksud dalam Pasal 4 huruf a berbentuk cetak biru SPBE yang mengacu pada masterplan TIK yang sesuai dengan rencana pembangunan daerah.',
  },
  {
    pasal: '5', ayat: '2', chapter: planning, binds: 'ict_office', about: 'architecture', needs: 'planning',
    text: 'Penyusunan cetak biru SPBE sebagaimana dimaksud pada ayat (1) disusun oleh Diskominfo dengan melibatkan setiap OPD dalam memberikan informasi kebutuhan TIK sesuai tugas dan fungsinya.',
  },
  {
    // The blueprint lapses after five years; the two-yearly review is optional ("dapat").
    pasal: '5', ayat: '3', chapter: planning, binds: 'ict_office', about: 'architecture', needs: 'planning',
    cadence: { kind: 'every', months: 60 },
    text: 'Cetak biru SPBE berlaku 5 (lima) tahun dan dapat ditinjau ulang 2 (dua) tahun sekali.',
  },
  {
    pasal: '6', ayat: '1', chapter: planning, binds: 'every_agency', about: 'roadmap', needs: 'planning',
    text: 'Setiap OPD membuat rencana aksi pelaksanaan SPBE sesuai cetak biru penyelenggaraan SPBE yang spesifik, terukur, dan realistis berdasarkan tugas dan fungsinya.',
  },
  {
    pasal: '6', ayat: '2', chapter: planning, binds: 'ict_office', about: 'roadmap', needs: 'planning',
    text: 'Diskominfo melakukan inventarisasi dan evaluasi implementasi rencana aksi yang dibuat oleh OPD, serta melaporkan kepada Sekretaris Daerah.',
  },
  {
    pasal: '6', ayat: '4', chapter: planning, binds: 'every_agency', about: 'roadmap', needs: 'planning',
    text: 'Rencana aksi memuat antara lain: - a. latar belakang; - b. tujuan dan sasaran kegiatan; - c. kriteria dan ukuran keberhasilan; - d. lingkup kegiatan; - e. proses bisnis; - f. sumber daya yang dibutuhkan; dan - g. jadwal kegiatan.',
  },
  {
    // Measured on the application registry: each application an agency procures carries the ICT office's recommendation.
    pasal: '6', ayat: '5', chapter: planning, binds: 'every_agency', about: 'recommendation', needs: 'application_registry',
    text: 'Setiap OPD dalam pengadaan barang/jasa untuk kepentingan SPBE wajib mendapat rekomendasi dari Diskominfo.',
    check: checkRecommendationRecorded(),
  },
  {
    pasal: '7', ayat: '2', chapter: policy, binds: 'every_agency', about: 'sop', needs: 'internal_policy_register',
    text: 'SOP sebagaimana dimaksud pada ayat (1) dibuat oleh masing-masing OPD sesuai ketentuan peraturan perundang-undangan.',
  },
]);
