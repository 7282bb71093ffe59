import type { Regulation } from '../types';
import { applicationAndServiceObligations } from './bab-2-applications';
import { dataObligations } from './bab-2-data';
import { infrastructureObligations } from './bab-2-infrastructure';
import { architectureAndPlanObligations } from './bab-2-plans';
import { managementObligations } from './bab-3-management';
import { auditObligations } from './bab-4-audit';
import { coordinationAndEvaluationObligations } from './bab-5-coordination';
import { fundingObligations } from './bab-6-funding';

/**
 * Peraturan Wali Kota Palu Nomor 14 Tahun 2022: every duty it imposes, in the order of the text.
 * BAB I (Pasal 1-2) holds only definitions and scope; BAB VII only the entry into force.
 */
export const palu142022: Regulation = {
  id: 'palu-14-2022',
  title: 'Peraturan Wali Kota Palu Nomor 14 Tahun 2022 tentang Sistem Pemerintahan Berbasis Elektronik dalam Penyelenggaraan Pemerintahan Daerah',
  shortName: 'Perwali Palu 14/2022',
  sourceFile: '001_481594977ff934e2.txt',
  obligations: [
    ...architectureAndPlanObligations,
    ...dataObligations,
    ...infrastructureObligations,
    ...applicationAndServiceObligations,
    ...managementObligations,
    ...auditObligations,
    ...coordinationAndEvaluationObligations,
    ...fundingObligations,
  ],
};
