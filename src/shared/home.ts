import { z } from 'zod';
import { IsoDate, Uuid } from './common';
import { StatusCounts } from './compliance';
import { CycleSummary, Uncertain } from './evaluations';
import { RequestListItem } from './requests';

/**
 * The home page: for the signed-in person, the panels their roles call for (see
 * docs/web.md, "The home page"). Every panel is optional: a panel the person's roles do not
 * call for is absent, never empty. Lists hold the first few items and the total, which the
 * web links to the screen where the whole list is.
 */
export const homePanels = [
  'requestsToAct',
  'overdueRequests',
  'compliance',
  'expiringCertificates',
  'evaluationIndex',
  'auditChain',
  'agencyObligations',
  'myRequests',
  'indicatorsToFill',
  'returnedItems',
  'dataUseDecisions',
  'evaluationProgress',
  'overdueReports',
  'verificationsWaiting',
  'findingsByAgency',
  'dueCalendar',
] as const;
export type HomePanel = (typeof homePanels)[number];

/** Who the home is shaped for: one or more of these, from the person's roles. */
export const homeAudiences = ['ict_office', 'agency', 'regional_secretary', 'inspector', 'dashboard'] as const;
export type HomeAudience = (typeof homeAudiences)[number];

/** The panels of each audience, in the order the page shows them. */
export const panelsOfAudience: Record<HomeAudience, readonly HomePanel[]> = {
  ict_office: ['requestsToAct', 'overdueRequests', 'compliance', 'expiringCertificates', 'evaluationIndex', 'auditChain'],
  agency: ['agencyObligations', 'requestsToAct', 'myRequests', 'indicatorsToFill', 'returnedItems'],
  regional_secretary: ['dataUseDecisions', 'compliance', 'evaluationProgress', 'overdueReports'],
  inspector: ['verificationsWaiting', 'findingsByAgency', 'auditChain'],
  dashboard: ['evaluationIndex', 'compliance', 'dueCalendar'],
};

const RequestList = z.object({ total: z.number().int(), items: z.array(RequestListItem) });

const AgencyCompliance = z.object({
  agencyId: Uuid,
  name: z.string(),
  counted: z.number().int(),
  met: z.number().int(),
  /** met ÷ counted, null when nothing measurable binds the agency */
  shareMet: z.number().nullable(),
  /** obligations the agency has not met */
  notMet: z.number().int(),
  /** findings (records) behind those obligations */
  findings: z.number().int(),
});

const IndicatorItem = z.object({
  number: z.number().int(),
  code: z.string(),
  name: z.string(),
  agencyName: z.string().nullable(),
  selfLevel: z.number().int().nullable(),
  verification: z.enum(['agreed', 'adjusted']).nullable(),
  /** the server's answer to "may I act on it" (answer for the agency; verify for the assessor) */
  canAct: z.boolean(),
  /** the framework data's own "not certain" mark (PermenPANRB 8/2026), shown wherever the indicator is */
  uncertain: Uncertain,
});

const CycleIndicators = z.object({
  cycleId: Uuid,
  year: z.number().int(),
  total: z.number().int(),
  /** of `total`, those already answered (agency) */
  done: z.number().int(),
  items: z.array(IndicatorItem),
});

export const HomeView = z
  .object({
    audiences: z.array(z.enum(homeAudiences)),
    /** the day the compliance and calendar panels are evaluated for */
    asOf: IsoDate,
    requestsToAct: RequestList.optional(),
    overdueRequests: RequestList.optional(),
    dataUseDecisions: RequestList.optional(),
    myRequests: RequestList.optional(),
    compliance: z.object({ counts: StatusCounts, agencies: z.array(AgencyCompliance) }).optional(),
    findingsByAgency: z.object({ agencies: z.array(AgencyCompliance) }).optional(),
    agencyObligations: z
      .object({
        total: z.number().int(),
        items: z.array(
          z.object({
            obligationId: z.string(),
            citation: z.string(),
            agencyId: Uuid,
            agencyName: z.string(),
            remedy: z.string(),
            findings: z.number().int(),
            /** what the first finding says, e.g. which application lacks what */
            example: z.string().nullable(),
          }),
        ),
      })
      .optional(),
    expiringCertificates: z
      .object({
        until: IsoDate,
        total: z.number().int(),
        items: z.array(z.object({ id: Uuid, name: z.string(), ownerAgencyName: z.string(), certificateExpiresAt: IsoDate, expired: z.boolean() })),
      })
      .optional(),
    evaluationIndex: z
      .object({
        cycles: z.array(
          z.object({
            id: Uuid,
            year: z.number().int(),
            frameworkId: z.string(),
            status: z.string(),
            index: z.number(),
            predicate: z.string(),
            /** false while indicators are unanswered: the index so far, not the year's */
            complete: z.boolean(),
            /** the framework's "not certain" mark (PermenPANRB 8/2026): the index rests on uncertain data */
            uncertain: Uncertain,
          }),
        ),
      })
      .optional(),
    evaluationProgress: CycleSummary.nullable().optional(),
    indicatorsToFill: CycleIndicators.nullable().optional(),
    verificationsWaiting: CycleIndicators.nullable().optional(),
    returnedItems: z
      .object({
        requests: RequestList,
        datasets: z.object({ total: z.number().int(), items: z.array(z.object({ id: Uuid, title: z.string(), producerAgencyName: z.string() })) }),
      })
      .optional(),
    overdueReports: z
      .object({
        total: z.number().int(),
        items: z.array(z.object({ agencyId: Uuid, agencyName: z.string(), periodStart: IsoDate, periodEnd: IsoDate, deadline: IsoDate, warned: z.boolean() })),
      })
      .optional(),
    dueCalendar: z
      .object({
        until: IsoDate,
        total: z.number().int(),
        items: z.array(
          z.object({
            date: IsoDate,
            label: z.string(),
            overdue: z.boolean(),
            obligationId: z.string(),
            agencyName: z.string().nullable(),
            recordType: z.string().nullable(),
            recordId: z.string().nullable(),
            recordName: z.string().nullable(),
          }),
        ),
      })
      .optional(),
    /** present when the person may verify the audit chain; the web runs POST /audit/verify on demand */
    auditChain: z.object({ verifiable: z.literal(true) }).optional(),
  })
  .meta({ id: 'Home' });
export type HomeView = z.infer<typeof HomeView>;
