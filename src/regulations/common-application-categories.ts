import type { Citation } from './types';

/**
 * Categories of Aplikasi Umum (common applications). A specific application in one of
 * these categories is allowed only on the conditions of Palu 14/2022 Ps 29(4).
 * Labels live in the i18n namespace `applications` under `commonCategory.<code>`.
 */
export interface CommonApplicationCategory {
  code: string;
  citations: Citation[];
}

const palu = (huruf: string): Citation => ({ regulation: 'palu-14-2022', pasal: '29', ayat: '2', huruf });
const jambi = (huruf: string): Citation => ({ regulation: 'jambi-10-2017', pasal: '8', ayat: '1', huruf });

export const commonApplicationCategories: readonly CommonApplicationCategory[] = [
  { code: 'planning', citations: [palu('a'), jambi('c')] },
  { code: 'budgeting', citations: [palu('b')] },
  { code: 'financial_management', citations: [jambi('a')] },
  // OCR text reads "Perdagangan Barang Jasa"; the national list means procurement of goods and services
  { code: 'procurement', citations: [palu('c')] },
  { code: 'performance_accountability', citations: [palu('d')] },
  { code: 'monitoring_evaluation', citations: [palu('e'), jambi('d')] },
  { code: 'archives_library', citations: [palu('f')] },
  { code: 'staffing', citations: [palu('g'), jambi('b')] },
  { code: 'public_service', citations: [palu('h')] },
  { code: 'other', citations: [palu('i'), { regulation: 'jambi-10-2017', pasal: '8', ayat: '2' }] },
];

export const commonApplicationCategoryCodes = commonApplicationCategories.map((c) => c.code);
