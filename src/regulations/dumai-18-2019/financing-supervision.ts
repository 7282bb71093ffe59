import { defineObligations } from '../define-obligation';
import { periodicCadence } from '../periodic-reading';

// The file numbers PEMBIAYAAN "BAB VI" a second time (it should be VII); kept as it stands.
const financing = 'BAB VI PEMBIAYAAN';
const supervision = 'BAB VIII PEMBINAAN, PENGAWASAN DAN PENGENDALIAN';

export const financingSupervisionObligations = defineObligations('dumai-18-2019', [
  {
    pasal: '21', ayat: '3', chapter: financing, binds: 'ict_office', about: 'recommendation', needs: 'requests',
    text: 'Diskominfo memberikan rekomendasi teknis dan non teknis SPBE.',
  },
  {
    pasal: '22', ayat: '1', chapter: supervision, binds: 'tenant', about: 'management', needs: 'evaluation',
    text: 'Pemerintah Kota melakukan pembinaan, pengawasan, dan pengendalian dalam SPBE melalui Diskominfo dan dapat melibatkan pihak lain sesuai kebutuhan dan peraturan yang berlaku.',
  },
  {
    pasal: '22', ayat: '2', chapter: supervision, binds: 'ict_office', about: 'management', cadence: periodicCadence, needs: 'competency',
    text: 'Pembinaan sebagaimana dimaksud pada ayat (1), melalui koordinasi secara berkala, pemberian bimbingan dan supervisi, pengusulan pendidikan dan pelatihan ke Badan Kepegawaian dan Pengembangan Sumber Daya Manusia, serta evaluasi SPBE.',
  },
  {
    pasal: '22', ayat: '3', chapter: supervision, binds: 'ict_office', about: 'management', needs: 'periodic_reports',
    text: 'Pengawasan sebagaimana dimaksud pada ayat (1), melalui pembinaan kesadaran hukum aparatur dan masyarakat, peningkatan profesionalisme aparatur pelaksana, dan peningkatan peran dan fungsi pelaporan.',
  },
  {
    pasal: '23', ayat: '1', chapter: supervision, binds: 'tenant', about: 'security', needs: 'security_management',
    text: 'Pemerintah Kota melakukan kegiatan *Assessment* Keamanan Sistem Informasi untuk mengukur tingkat kerawanan dan keamanan informasi di Pemerintah Daerah.',
  },
  {
    pasal: '23', ayat: '2', chapter: supervision, binds: 'tenant', about: 'security', needs: 'security_management',
    text: 'Kegiatan *Assessment* Keamanan Sistem Informasi dilakukan dengan melakukan pemeriksaan terhadap ada atau tidaknya celah kerawanan pada Sistem Informasi di Pemerintah Daerah.',
  },
  {
    pasal: '23', ayat: '3', chapter: supervision, binds: 'tenant', about: 'security', needs: 'security_management',
    text: 'Pemerintah Kota melakukan kegiatan *Assessment* Keamanan Sistem Informasi secara mandiri. Dalam hal Pemerintah Kota tidak dapat melakukan kegiatan *Assessment* Keamanan Sistem Informasi secara mandiri, maka Pemerintah Kota dapat mengajukan permohonan *Assessment* Keamanan Sistem Informasi kepada Lembaga Sandi Negara/ Badan Siber dan Sandi Negara.',
  },
]);
