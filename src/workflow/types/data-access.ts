/**
 * Permohonan pemanfaatan data: an agency asks to use data another agency (its data steward)
 * manages. Dumai 18/2019 Ps 12; Palu 14/2022 Ps 9(5)–(8).
 */
import { z } from 'zod';
import type { Citation } from '../../regulations/types';
import type { ActorRule, RequestTypeDefinition, TransitionDefinition } from '../types';
import {
  buildLifecycleStates,
  buildRejectTransition,
  buildRequesterTransitions,
  buildReturnTransition,
  defaultReviewWorkingDays,
} from './common';

const text = z.string().trim().min(1);

/**
 * Dumai 18/2019 Ps 12(2) and Palu 14/2022 Ps 9(6) list the same four items the letter
 * "paling sedikit memuat": a. penanggung jawab; b. unit kerja; c. maksud, tujuan, (dan)
 * kegunaan; d. jenis dan bentuk data yang diperlukan.
 */
export const dataAccessForm = z.object({
  // a. penanggung jawab
  responsiblePerson: z.object({ name: text, position: text }),
  // b. unit kerja
  workUnit: text,
  // c. maksud, tujuan, kegunaan
  purpose: z.object({ intent: text, objective: text, use: text }),
  // d. jenis dan bentuk data yang diperlukan
  requestedData: z.object({ kind: text, form: text }),
});

export type DataAccessForm = z.infer<typeof dataAccessForm>;

/** Dumai 18/2019 Ps 12(1): "surat pernyataan untuk melindungi kerahasiaan dan tidak menyalahgunakan data" */
export const confidentialityStatement = 'data_confidentiality';

/**
 * Palu 14/2022 Ps 9(7): a request may be refused when the device used is not from the
 * Pemda's own network, or when the data is for commercial use / trade or not for
 * government services. Dumai 18/2019 lists no grounds; the same codes serve as categories.
 */
export const dataAccessRejectionReasons = ['device_outside_government_network', 'commercial_or_non_government_use'] as const;

const regionalSecretary: ActorRule = {
  kind: 'any_of',
  rules: [
    { kind: 'tenant_role', roles: ['regional_secretary'] },
    { kind: 'special_agency', specialRole: 'regional_secretariat', roles: ['regional_secretary'] },
  ],
};

const recommenders = {
  // Palu 14/2022 Ps 9(8): "atas rekomendasi Perangkat Daerah Wali Data"
  data_steward: {
    decides: { kind: 'steward_agency', roles: ['agency_head'] } as ActorRule,
    screens: { kind: 'steward_agency', roles: ['agency_head', 'agency_operator'] } as ActorRule,
    citation: { regulation: 'palu-14-2022', pasal: '9', ayat: '8' } as Citation,
  },
  // Dumai 18/2019 Ps 12(3): "atas rekomendasi Diskominfo"
  ict_office: {
    decides: { kind: 'special_agency', specialRole: 'ict_office', roles: ['agency_head'] } as ActorRule,
    screens: { kind: 'special_agency', specialRole: 'ict_office', roles: ['agency_head', 'agency_operator'] } as ActorRule,
    citation: { regulation: 'dumai-18-2019', pasal: '12', ayat: '3' } as Citation,
  },
};

export interface DataAccessOptions {
  recommender: keyof typeof recommenders;
  confidentialityStatement?: boolean;
  reviewWorkingDays?: number;
}

export function buildDataAccessType(options: DataAccessOptions): RequestTypeDefinition {
  const recommender = recommenders[options.recommender];
  const deadline = { workingDays: options.reviewWorkingDays ?? defaultReviewWorkingDays };
  const decision: Citation[] = [recommender.citation];

  const recommend: TransitionDefinition = {
    name: 'recommend',
    from: ['submitted'],
    to: 'recommended',
    actor: recommender.decides,
    review: true,
    requires: { outcome: z.object({ recommendation: z.enum(['approve', 'reject']) }) },
    citations: decision,
  };
  const approve: TransitionDefinition = {
    name: 'approve',
    from: ['recommended'],
    to: 'approved',
    actor: regionalSecretary,
    review: true,
    citations: decision,
  };
  const reject = { ...buildRejectTransition('recommended', regionalSecretary, dataAccessRejectionReasons), citations: decision };

  return {
    code: 'data_access',
    citations: [
      { regulation: 'dumai-18-2019', pasal: '12' },
      { regulation: 'palu-14-2022', pasal: '9', ayat: '5' },
    ],
    states: buildLifecycleStates([
      { code: 'submitted', deadline },
      { code: 'recommended', deadline },
    ]),
    initialState: 'draft',
    transitions: [
      ...buildRequesterTransitions({
        submitRequires: {
          form: true,
          statements: options.confidentialityStatement === false ? [] : [confidentialityStatement],
          // The steward manages the data asked for (Dumai 18/2019 Ps 12(1), Palu Ps 9(5)); it is copied or recommends.
          guards: [{ kind: 'steward_known' }],
        },
        openStates: ['submitted', 'recommended'],
      }),
      recommend,
      buildReturnTransition('submitted', recommender.screens),
      buildReturnTransition('recommended', regionalSecretary),
      approve,
      reject,
    ],
    addressees: {
      to: [{ kind: 'tenant_role', role: 'regional_secretary' }],
      // Dumai 18/2019 Ps 12(1) copies Diskominfo; Palu Ps 9(5) copies the ICT office and the
      // data steward agency. Simpul copies both under either: the steward provides the data.
      copies: [{ kind: 'special_agency', specialRole: 'ict_office' }, { kind: 'steward_agency' }],
      citations: [
        { regulation: 'dumai-18-2019', pasal: '12', ayat: '1' },
        { regulation: 'palu-14-2022', pasal: '9', ayat: '5' },
      ],
    },
    onComplete: { state: 'approved', effect: { kind: 'grant_data_access' } },
    form: dataAccessForm,
  };
}
