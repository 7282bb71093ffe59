import type { Citation, RegulationId } from './types';

/**
 * Documents an application's handover must carry, as the union of what each regulation
 * names. A tenant's required list is the union over the regulations in force on a date.
 * Labels live in the i18n namespace `applications` under `handover.<code>`.
 */
export interface HandoverDocumentRule {
  code: string;
  requiredBy: Citation[];
}

const dumai2019 = (huruf: string): Citation => ({ regulation: 'dumai-18-2019', pasal: '13', ayat: '5', huruf });
const palu153: Citation = { regulation: 'palu-14-2022', pasal: '15', ayat: '3' };
const palu312 = (huruf: string): Citation => ({ regulation: 'palu-14-2022', pasal: '31', ayat: '2', huruf });
const jambi172: Citation = { regulation: 'jambi-10-2017', pasal: '17', ayat: '2' };
// Dumai 67/2022 Lampiran I.D: "harus didaftarkan dan disimpan pada repositori ... beserta dengan kode sumber dan dokumentasinya"
const dumai2022Repository: Citation = { regulation: 'dumai-67-2022', pasal: 'Lampiran I', huruf: 'D' };

export const handoverDocumentRules: readonly HandoverDocumentRule[] = [
  { code: 'source_code', requiredBy: [dumai2019('b'), palu153, palu312('d'), jambi172, dumai2022Repository] },
  // Dumai 18/2019 Ps 13(5)a: SDLC documents covering business-process, data, application and infrastructure architecture
  { code: 'sdlc_architecture', requiredBy: [dumai2019('a')] },
  { code: 'requirements', requiredBy: [palu153, palu312('a'), jambi172] },
  { code: 'design', requiredBy: [palu153, palu312('b'), jambi172] },
  { code: 'database_design', requiredBy: [palu153, jambi172] },
  { code: 'api_documentation', requiredBy: [palu153] },
  { code: 'test_report', requiredBy: [palu153, jambi172] },
  // Dumai 18/2019 Ps 13(5)d: penetration, performance and debugging test at most 1 month before handover
  { code: 'security_test_report', requiredBy: [dumai2019('d')] },
  { code: 'installation_manual', requiredBy: [palu153, jambi172] },
  // Dumai 18/2019 Ps 13(5)c "dokumen manual menjalankan sistem"
  { code: 'operation_manual', requiredBy: [dumai2019('c')] },
  { code: 'user_manual', requiredBy: [palu153, palu312('c'), jambi172, dumai2022Repository] },
  { code: 'admin_manual', requiredBy: [palu153, jambi172] },
  { code: 'metadata', requiredBy: [palu153, jambi172] },
  { code: 'troubleshooting', requiredBy: [palu153, jambi172] },
];

export function requiredHandoverDocuments(inForce: readonly RegulationId[]): string[] {
  return handoverDocumentRules
    .filter((rule) => rule.requiredBy.some((c) => inForce.includes(c.regulation)))
    .map((rule) => rule.code);
}
