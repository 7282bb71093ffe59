import { defineChapterObligations } from '../define-chapter-obligations';
import { checkAgenciesWithRoles } from '../checks/agency-with-role';
import { checkPastEvaluationsSubmitted } from '../checks/evaluation-cycle';

/**
 * Palu 14/2022 BAB V (Pasal 50-52): the coordination team, ICT-self-reliant agencies, monitoring and evaluation.
 * The chapter heading is quoted as the OCR copy has it ("PENYIPLUANGCARAAN" for "PENYELENGGARAAN").
 */
export const coordinationAndEvaluationObligations = defineChapterObligations('palu-14-2022', 'BAB V PENYIPLUANGCARAAN, PEMANTAUAN, DAN EVALUASI SPBE', [
  {
    ref: '50-1',
    text: 'Untuk meningkatkan keterpaduan pelaksanaan Tata Kelola SPBE, Manajemen SPBE, dan Audit TIK, serta pemantauan dan evaluasi SPBE Pemerintah Daerah, Wali Kota membentuk Tim Koordinasi SPBE Pemerintah Daerah.',
    binds: 'mayor',
    about: 'coordination_team',
    needs: 'organisation',
  },
  {
    ref: '50-2',
    text: 'Tim Koordinasi SPBE Pemerintah Daerah sebagaimana dimaksud pada ayat (1) yang terdiri atas: - a. tim pengarah; - b. tim koordinator; - c. tim pelaksana; dan - d. tim evaluator internal.',
    binds: 'mayor',
    about: 'coordination_team',
    needs: 'organisation',
  },
  {
    ref: '50-3',
    text: 'Tim Koordinasi SPBE Pemerintah Daerah sebagaimana dimaksud pada ayat (1) berada di bawah dan bertanggung jawab kepada Wali Kota.',
    binds: 'coordination_team',
    about: 'coordination_team',
    needs: 'organisation',
  },
  {
    ref: '50-4',
    text: 'Tim pengarah sebagaimana dimaksud pada ayat (2) huruf a yaitu Wali Kota yang bertugas memberikan arahan dan menetapkan kebijakan SPBE pada Pemerintah Daerah.',
    binds: 'mayor',
    about: 'coordination_team',
    needs: 'organisation',
  },
  {
    ref: '50-5',
    text: 'Tim koordinator sebagaimana dimaksud pada ayat (2) huruf b dipimpin oleh Sekretaris Daerah dan beranggotakan Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika, Perangkat Daerah yang memiliki kewenangan terkait perencanaan Daerah dan Perangkat Daerah yang memiliki kewenangan terkait pengelola keuangan Daerah.',
    binds: 'mayor',
    about: 'coordination_team',
    needs: 'organisation',
  },
  {
    ref: '50-6',
    text: 'Tim pelaksana sebagaimana dimaksud pada ayat (2) huruf c yaitu seluruh Perangkat Daerah sebagai pelaksana SPBE.',
    binds: 'every_agency',
    about: 'coordination_team',
    needs: 'organisation',
  },
  // the internal evaluator team's members come from the Bagian Organisasi, so that bureau must exist
  {
    ref: '50-7',
    text: 'Tim evaluator internal sebagaimana dimaksud pada ayat (2) huruf d dipimpin oleh Asisten Administrasi Umum dan beranggotakan Bagian Organisasi Sekretariat Daerah.',
    binds: 'mayor',
    about: 'coordination_team',
    needs: 'organisation',
    check: checkAgenciesWithRoles('organisation_bureau'),
  },
  {
    ref: '50-8',
    text: 'Koordinator SPBE Pemerintah Daerah sebagaimana dimaksud pada ayat (5) mempunyai tugas melakukan koordinasi dan penerapan kebijakan SPBE di Pemerintah Daerah.',
    binds: 'regional_secretary',
    about: 'coordination_team',
    needs: 'organisation',
  },
  {
    ref: '51-2',
    text: 'Penetapan Perangkat Daerah Mandiri TIK sebagaimana dimaksud pada ayat (1) dilakukan setelah melalui proses penilaian evaluasi kelayakan terhadap Perangkat Daerah.',
    binds: 'ict_office',
    about: 'organisation',
    needs: 'organisation',
  },
  {
    ref: '51-3',
    text: 'Proses penilaian evaluasi kelayakan terhadap Perangkat Daerah sebagaimana dimaksud pada ayat (2) dilakukan oleh Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika.',
    binds: 'ict_office',
    about: 'organisation',
    needs: 'organisation',
  },
  {
    ref: '51-4',
    text: 'Proses penilaian evaluasi kelayakan terhadap Perangkat Daerah sebagaimana dimaksud pada ayat (2) dilaksanakan dengan berdasarkan pada kriteria sebagai berikut: - a. memiliki Sumber Daya Manusia TIK; dan - b. telah memiliki kemampuan dan pengalaman membangun, mengelola dan/atau mengembangkan Aplikasi SPBE secara mandiri.',
    binds: 'ict_office',
    about: 'organisation',
    needs: 'organisation',
  },
  {
    ref: '51-5',
    text: 'Berdasarkan hasil proses penilaian evaluasi kelayakan terhadap Perangkat Daerah sebagaimana dimaksud pada ayat (2), Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika mengusulkan Perangkat Daerah yang layak untuk ditetapkan sebagai Perangkat Daerah Mandiri TIK kepada Wali Kota.',
    binds: 'ict_office',
    about: 'organisation',
    needs: 'organisation',
  },
  {
    ref: '51-6',
    text: 'Berdasarkan usulan sebagaimana dimaksud pada ayat (5) Wali Kota menetapkan Perangkat Daerah Mandiri TIK dengan Keputusan Wali Kota.',
    binds: 'mayor',
    about: 'organisation',
    needs: 'organisation',
  },
  // Ps 52(3) defers to national rules (PermenPANRB 59/2020: a yearly self-assessment), so each past year's cycle must be submitted
  {
    ref: '52-1',
    text: 'Tim Koordinasi SPBE Pemerintah Daerah melaksanakan pemantauan dan evaluasi mandiri terhadap implementasi SPBE.',
    binds: 'coordination_team',
    about: 'evaluation',
    needs: 'evaluation',
    check: checkPastEvaluationsSubmitted,
  },
  {
    ref: '52-3',
    text: 'Pelaksanaan pemantauan dan evaluasi sebagaimana dimaksud pada ayat (1) dilakukan sesuai dengan ketentuan peraturan perundang-undangan.',
    binds: 'coordination_team',
    about: 'evaluation',
    needs: 'evaluation',
  },
]);
