import { defineChapterObligations } from '../define-chapter-obligations';

export const fundingObligations = defineChapterObligations('palu-14-2022', 'BAB VI PENDANAAN', [
  {
    ref: '53',
    text: 'Pendanaan pelaksanaan SPBE di lingkungan Pemerintah Daerah bersumber dari anggaran pendapatan dan belanja Daerah dan/ atau sumber lainnya yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan.',
    binds: 'tenant',
    about: 'budget_plan',
    needs: 'planning',
  },
]);
