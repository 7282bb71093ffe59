import type { Citation } from './types';

/**
 * Groups of databases (kelompok basis data), Jambi 10/2017 Ps 11(3) huruf a–t.
 * Labels live in the i18n namespace `datasets` under `category.<code>`.
 */
export interface DatasetCategory {
  code: string;
  citation: Citation;
}

const codes = [
  'service', // a. pelayanan
  'administration_management', // b. adminitrasi dan manajemen
  'legislation', // c. legislasi
  'regional_development', // d. pembangunan daerah
  'finance', // e. keuangan
  'staffing', // f. kepegawaian (NIP-keyed, Ps 11(5))
  'governance', // g. pemerintahan
  'territory', // h. kewilayahan
  'community', // i. kemasyarakatan
  'population', // j. kependudukan (NIK-keyed, Ps 11(6))
  'health', // k. kesehatan
  'education', // l. pendidikan
  'employment', // m. ketenagakerjaan
  'agriculture', // n. pertanian
  'trade', // o. perdagangan
  'fisheries_livestock', // p. perikanan dan peternakan
  'transportation', // q. transportasi
  'tourism_hospitality', // r. pariwisata dan perhotelan
  'urban_infrastructure', // s. prasarana kota
  'other', // t. lainnya sesuai kebutuhan
] as const;

export const datasetCategories: readonly DatasetCategory[] = codes.map((code, index) => ({
  code,
  citation: { regulation: 'jambi-10-2017', pasal: '11', ayat: '3', huruf: String.fromCharCode(97 + index) },
}));
