import { defineChapterObligations } from '../define-chapter-obligations';

/**
 * Dumai 67/2022 BAB V (Pasal 32): the SPBE coordination team.
 */
export const coordinationObligations = defineChapterObligations('dumai-67-2022', 'BAB V PENYELENGGARA SPBE', [
  {
    ref: '32-1',
    text: 'Untuk meningkatkan keterpaduan pelaksanaan Tata Kelola SPBE, Manajemen SPBE, dan Audit Teknologi Informasi dan Komunikasi, serta Pemantauan SPBE dan Evaluasi SPBE, dibentuk tim koordinasi sebagai penyelenggara SPBE di di Lingkungan Pemerintah Kota Dumai.',
    binds: 'mayor',
    about: 'coordination_team',
    needs: 'organisation',
  },
  {
    ref: '32-2',
    text: 'Tim koordinasi sebagaimana dimaksud pada ayat (1) ditetapkan oleh Keputusan Wali Kota.',
    binds: 'mayor',
    about: 'coordination_team',
    needs: 'organisation',
  },
]);
