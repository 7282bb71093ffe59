import type { Regulation } from '../types';
import { infrastructureAndApplicationObligations } from './bab-2-infrastructure-applications';
import { architectureAndPlanObligations } from './bab-2-plans';
import { managementObligations } from './bab-3-management';
import { auditObligations } from './bab-4-audit';
import { coordinationObligations } from './bab-5-coordination';
import { evaluationObligations } from './bab-6-evaluation';
import { applicationAndInfrastructurePolicyObligations } from './lampiran-applications-infrastructure';
import { introductionObligations } from './lampiran-introduction';
import { plansAndDataPolicyObligations } from './lampiran-plans-data';
import { securityAuditAndTeamPolicyObligations } from './lampiran-security-audit-team';

/**
 * Peraturan Wali Kota Dumai Nomor 67 Tahun 2022 with its Lampiran "Kebijakan Internal SPBE":
 * every duty of Pasal 3-33 and of the ten internal policies, in the order of the text.
 * BAB I holds only definitions; Pasal 34 revokes Dumai 18/2019 (see profiles); Pasal 35 the entry into force.
 */
export const dumai672022: Regulation = {
  id: 'dumai-67-2022',
  title: 'Peraturan Wali Kota Dumai Nomor 67 Tahun 2022 tentang Sistem Pemerintahan Berbasis Elektronik',
  shortName: 'Perwako Dumai 67/2022',
  sourceFile: '002_07aeb2cc693a706d.txt',
  obligations: [
    ...architectureAndPlanObligations,
    ...infrastructureAndApplicationObligations,
    ...managementObligations,
    ...auditObligations,
    ...coordinationObligations,
    ...evaluationObligations,
    ...introductionObligations,
    ...plansAndDataPolicyObligations,
    ...applicationAndInfrastructurePolicyObligations,
    ...securityAuditAndTeamPolicyObligations,
  ],
};
