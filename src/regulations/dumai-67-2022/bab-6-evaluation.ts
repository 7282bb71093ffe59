import { defineChapterObligations } from '../define-chapter-obligations';
import { checkAssessorTeamDecree, checkPastEvaluationsSubmitted } from '../checks/evaluation-cycle';
import { checkEvaluationHeld } from '../checks/reporting';

/**
 * Dumai 67/2022 BAB VI (Pasal 33): yearly SPBE monitoring and evaluation.
 */
export const evaluationObligations = defineChapterObligations('dumai-67-2022', 'BAB VI PEMANTAUAN SPBE DAN EVALUASI SPBE', [
  {
    ref: '33-2',
    text: 'Pemantauan SPBE dan Evaluasi SPBE sebagaimana dimaksud pada ayat (1) dilaksanakan paling sedikit 1 (satu) kali dalam 1 (satu) tahun.',
    binds: 'coordination_team',
    about: 'evaluation',
    needs: 'evaluation',
    cadence: { kind: 'every', months: 12 },
    check: checkEvaluationHeld({ months: 12 }),
  },
  {
    ref: '33-3',
    text: 'Pemantauan SPBE dan Evaluasi SPBE didasarkan pada pedoman evaluasi SPBE.',
    binds: 'coordination_team',
    about: 'evaluation',
    needs: 'evaluation',
  },
  {
    ref: '33-4',
    text: 'Pemantauan SPBE dan Evaluasi SPBE dilaksanakan oleh tim koordinasi sebagaimana dimaksud dalam Pasal 32.',
    binds: 'coordination_team',
    about: 'evaluation',
    needs: 'evaluation',
  },
  {
    ref: '33-5',
    text: 'Dalam pelaksanaan teknis Pemantauan SPBE dan Evaluasi SPBE sebagaimana dimaksud pada ayat (4), dibentuk tim asesor internal yang ditetapkan oleh Keputusan Kepala Daerah.',
    binds: 'mayor',
    about: 'evaluation',
    needs: 'evaluation',
    check: checkAssessorTeamDecree,
  },
  // a cycle is submitted once its result has gone to the mayor through the team
  {
    ref: '33-6',
    text: 'Hasil Pemantauan SPBE dan Evaluasi SPBE sebagaimana dimaksud pada ayat (2) disampaikan kepada Kepala Daerah melalui tim koordinasi.',
    binds: 'coordination_team',
    about: 'evaluation',
    needs: 'evaluation',
    check: checkPastEvaluationsSubmitted,
  },
]);
