import { defineChapterObligations } from '../define-chapter-obligations';
import { combineResults } from '../checks/check-result';
import { checkPolicyEnacted } from './checks/internal-policy-checks';
import { internalPolicies } from './internal-policies';

/**
 * Dumai 67/2022 Lampiran BAB I: the ten internal policies the Pemda must have (PermenPANRB 59/2020), listed in I.C.
 */
export const introductionObligations = defineChapterObligations('dumai-67-2022', 'LAMPIRAN BAB I PENDAHULUAN', [
  {
    ref: 'lampiran-I-ten-policies',
    text: 'Pada aspek kebijakan internal SPBE dinyatakan ada 10 kebijakan internal yang harus dimiliki oleh Instansi Pusat dan Pemerintah Daerah.',
    binds: 'tenant',
    about: 'internal_policy',
    needs: 'internal_policy_register',
    check: (model) => combineResults(internalPolicies.map((p) => checkPolicyEnacted(p.code)(model))),
  },
]);
