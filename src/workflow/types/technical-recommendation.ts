/**
 * Rekomendasi teknis: the ICT office's recommendation an agency needs before it procures
 * for SPBE, builds an application, or (if ICT-self-reliant) builds its own LAN.
 */
import { z } from 'zod';
import type { RequestTypeDefinition } from '../types';
import {
  buildLifecycleStates,
  buildRejectTransition,
  buildRequesterTransitions,
  buildReturnTransition,
  defaultReviewWorkingDays,
  ictOfficeHead,
  ictOfficeStaff,
} from './common';

const text = z.string().trim().min(1);

export const recommendationSubjectKinds = [
  // Dumai 18/2019 Ps 6(5): "pengadaan barang/jasa untuk kepentingan SPBE wajib mendapat rekomendasi dari Diskominfo";
  // Palu 14/2022 Ps 7(4): technical recommendation on the SPBE plan and budget
  'procurement',
  // Palu 14/2022 Ps 30(1): building or developing an Aplikasi SPBE needs the ICT office's recommendation
  'application_development',
  // Palu 14/2022 Ps 24(1) huruf c: LAN built by an ICT-self-reliant agency needs the recommendation
  'lan_infrastructure',
] as const;

export const technicalRecommendationForm = z.object({
  subjectKind: z.enum(recommendationSubjectKinds),
  title: text,
  description: text,
  fiscalYear: z.number().int().min(2000).max(2100),
  /** rupiah */
  estimatedBudget: z.number().nonnegative().optional(),
  /** the application or budget item the recommendation is for, when it is already registered */
  applicationId: z.uuid().optional(),
  budgetItemId: z.uuid().optional(),
});

export type TechnicalRecommendationForm = z.infer<typeof technicalRecommendationForm>;

export const technicalRecommendationRejectionReasons = [
  // Palu 14/2022 Ps 7(2), 30(1): plans and applications follow the Arsitektur SPBE
  'not_aligned_with_architecture',
  // Dumai 18/2019 Ps 14(2): no second application for the same function; Palu Ps 29(3): use the common applications
  'duplicates_existing_application',
  // Dumai 18/2019 Ps 19(6): devices anticipate at least 2 years of needs and are compatible
  'device_not_future_proof',
  // Palu 14/2022 Ps 25(1), 30(4): infrastructure and applications meet the set standards
  'standard_not_met',
] as const;

export function buildTechnicalRecommendationType(options: { reviewWorkingDays?: number } = {}): RequestTypeDefinition {
  const citations = [
    { regulation: 'dumai-18-2019', pasal: '6', ayat: '5' },
    { regulation: 'palu-14-2022', pasal: '7', ayat: '4' },
    { regulation: 'palu-14-2022', pasal: '24', ayat: '1', huruf: 'c' },
    { regulation: 'palu-14-2022', pasal: '30', ayat: '1' },
  ] as const;
  return {
    code: 'technical_recommendation',
    citations,
    states: buildLifecycleStates([
      { code: 'submitted', deadline: { workingDays: options.reviewWorkingDays ?? defaultReviewWorkingDays } },
    ]),
    initialState: 'draft',
    transitions: [
      ...buildRequesterTransitions({
        submitRequires: {
          form: true,
          // Simpul default: the ICT office reviews a document (terms of reference, specification), not a title.
          attachments: 1,
          // Palu 14/2022 Ps 24(1) huruf b–c, 24(2): only an ICT-self-reliant agency builds its own LAN;
          // for the others the ICT office builds it, and there is nothing to recommend.
          guards: [{ kind: 'requester_ict_self_reliant', when: { field: 'subjectKind', equals: 'lan_infrastructure' } }],
        },
        openStates: ['submitted'],
      }),
      buildReturnTransition('submitted', ictOfficeStaff),
      {
        name: 'approve',
        from: ['submitted'],
        to: 'approved',
        actor: ictOfficeHead,
        review: true,
        // The number is the letter number an application or a budget item links to.
        requires: { outcome: z.object({ recommendationNumber: text }) },
        citations,
      },
      { ...buildRejectTransition('submitted', ictOfficeHead, technicalRecommendationRejectionReasons), citations },
    ],
    addressees: { to: [{ kind: 'special_agency', specialRole: 'ict_office' }], copies: [], citations },
    onComplete: { state: 'approved', effect: { kind: 'issue_recommendation' } },
    form: technicalRecommendationForm,
  };
}
