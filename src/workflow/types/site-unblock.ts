/**
 * Pembukaan akses situs: an agency asks the ICT office to open a blocked site for its work.
 * Dumai 18/2019 Ps 19(3)–(4); Palu 14/2022 Ps 28(2)–(3).
 */
import { z } from 'zod';
import type { Citation } from '../../regulations/types';
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

export const siteUnblockForm = z.object({
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain }),
  // Dumai 18/2019 Ps 19(4): "dalam rangka melaksanakan pekerjaan sesuai tugas dan fungsi OPD"
  workReason: z.string().trim().min(1),
  /** the requester's proposal; the ICT office sets the actual expiry */
  requestedUntil: z.iso.date().optional(),
});

export type SiteUnblockForm = z.infer<typeof siteUnblockForm>;

export const siteUnblockRejectionReasons = [
  // Dumai 18/2019 Ps 19(4), Palu 14/2022 Ps 28(3): opened only for work within the agency's duties
  'not_for_official_duties',
  // Dumai 18/2019 Ps 19(3), Palu 14/2022 Ps 28(2): the ICT office controls which sites may be reached
  'security_risk',
] as const;

export function buildSiteUnblockType(options: { reviewWorkingDays?: number } = {}): RequestTypeDefinition {
  const citations: Citation[] = [
    { regulation: 'dumai-18-2019', pasal: '19', ayat: '4' },
    { regulation: 'palu-14-2022', pasal: '28', ayat: '3' },
  ];
  return {
    code: 'site_unblock',
    citations,
    states: buildLifecycleStates([
      { code: 'submitted', deadline: { workingDays: options.reviewWorkingDays ?? defaultReviewWorkingDays } },
    ]),
    initialState: 'draft',
    transitions: [
      ...buildRequesterTransitions({ submitRequires: { form: true }, openStates: ['submitted'] }),
      buildReturnTransition('submitted', ictOfficeStaff),
      {
        name: 'approve',
        from: ['submitted'],
        to: 'approved',
        actor: ictOfficeHead,
        review: true,
        // Simpul: an opened site closes again on a set date, so the exception stays an exception.
        requires: {
          outcome: z.object({ expiresAt: z.iso.date() }),
          guards: [{ kind: 'outcome_date_in_future', field: 'expiresAt' }],
        },
        citations,
      },
      { ...buildRejectTransition('submitted', ictOfficeHead, siteUnblockRejectionReasons), citations },
    ],
    addressees: { to: [{ kind: 'special_agency', specialRole: 'ict_office' }], copies: [], citations },
    onComplete: { state: 'approved', effect: { kind: 'unblock_site' } },
    form: siteUnblockForm,
  };
}
