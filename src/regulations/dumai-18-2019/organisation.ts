import { checkEvaluationHeld } from '../checks/reporting';
import { defineObligations } from '../define-obligation';

const chapter = 'BAB IV KELEMBAGAAN';

export const organisationObligations = defineObligations('dumai-18-2019', [
  {
    pasal: '8', ayat: '2', huruf: 'a', chapter, binds: 'regional_secretary', about: 'coordination_team', needs: 'planning',
    text: 'Pelaksanaan SPBE dilakukan oleh Sekretaris Daerah selaku koordinator, dengan tugas: - a. mengkoordinasikan penyusunan dokumen perencanaan;',
  },
  {
    pasal: '8', ayat: '2', huruf: 'b', chapter, binds: 'regional_secretary', about: 'coordination_team', needs: 'organisation',
    text: 'b. mengkoordinasikan hubungan antar OPD;',
  },
  {
    pasal: '8', ayat: '2', huruf: 'c', chapter, binds: 'regional_secretary', about: 'evaluation', needs: 'evaluation',
    text: 'c. melaksanakan monitoring penyelenggaraan SPBE;',
  },
  {
    // No cadence in the article; the national SPBE evaluation it follows is yearly (see checkEvaluationHeld).
    pasal: '8', ayat: '2', huruf: 'd', chapter, binds: 'regional_secretary', about: 'evaluation', needs: 'evaluation',
    cadence: { kind: 'every', months: 12 },
    interpretationKey: 'compliance-ui.interpretation.evaluationYearly',
    text: 'd. melaksanakan evaluasi implementasi SPBE.',
    check: checkEvaluationHeld({ months: 12 }),
  },
  {
    pasal: '8', ayat: '3', huruf: 'a', chapter, binds: 'tenant', about: 'management', needs: 'documents',
    text: 'Penyelenggaraan SPBE harus menjamin: - a. tersedianya perjanjian dalam penyelenggaraan sistem elektronik sesuai kewenangan yang ada;',
  },
  {
    pasal: '8', ayat: '3', huruf: 'b', chapter, binds: 'tenant', about: 'security', needs: 'security_management',
    text: 'b. keamanan informasi dan sarana komunikasi internal yang penyelenggaraannya sesuai dengan DRP;',
  },
  {
    // Huruf c repeats huruf b word for word in the file; kept as its own obligation so the citation stays exact.
    pasal: '8', ayat: '3', huruf: 'c', chapter, binds: 'tenant', about: 'security', needs: 'security_management',
    text: 'c. keamanan informasi dan sarana komunikasi internal yang penyelenggaraannya sesuai dengan DRP;',
  },
  {
    pasal: '8', ayat: '3', huruf: 'd', chapter, binds: 'tenant', about: 'service', needs: 'service_catalogue',
    text: 'd. setiap komponen sistem elektronik beroperasi sebagaimana mestinya;',
  },
  {
    pasal: '8', ayat: '3', huruf: 'e', chapter, binds: 'tenant', about: 'architecture', needs: 'service_catalogue',
    text: 'e. keterpaduan operasional sistem elektronik.',
  },
  {
    pasal: '9', ayat: '1', chapter, binds: 'every_agency', about: 'competency', needs: 'competency',
    text: 'OPD yang menetapkan SPBE sebagaimana dimaksud dalam Pasal 8 memiliki Sumber Daya Manusia Aparatur Sipil Negara fungsional Pranata Komputer dan/atau Aparatur Sipil Negara yang memiliki kompetensi TIK sebagai pelaksana teknis.',
  },
  {
    pasal: '9', ayat: '4', chapter, binds: 'tenant', about: 'competency', needs: 'competency',
    text: 'Penyelenggaraan pengembangan sumber daya manusia di setiap OPD sebagaimana dimaksud pada ayat (3) dilaksanakan oleh Badan Kepegawaian dan Pengembangan Sumber Daya Manusia atau OPD yang membidangi urusan komunikasi dan informatika.',
  },
  {
    pasal: '9', ayat: '5', chapter, binds: 'every_agency', about: 'sop', needs: 'internal_policy_register',
    text: 'Dalam hal promosi ataupun mutasi pada setiap Sumber Daya Manusia di OPD, pimpinan OPD menjamin keberlangsungan sistem SPBE melalui SOP yang berlaku.',
  },
  {
    pasal: '9', ayat: '6', chapter, binds: 'tenant', about: 'competency', needs: 'competency',
    text: 'Aparatur Sipil Negara Fungsional Pranata Komputer wajib ditempatkan dan ditugaskan pada bidang yang sesuai dengan kompetensinya',
  },
  {
    pasal: '9', ayat: '7', chapter, binds: 'ict_office', about: 'competency', needs: 'competency',
    text: 'Diskominfo harus memiliki sumber daya manusia yang memiliki kompetensi analisis sistem sebagai: - a. Pelaksana pendampingan pengembangan sistem SPBE di setiap OPD; dan - b. Pelaksana evaluasi penyelenggaraan layanan sistem SPBE yang dimiliki oleh OPD.',
  },
]);
