import type { ApplicationInput } from '../../shared/applications';

/** A deliberate gap, so the compliance pages have something to show. */
export type DemoGap =
  | 'noSuperAdmin' // Dumai 18/2019 Ps 14(1): the ICT office holds no super-admin access
  | 'certificateExpired'
  | 'certificateExpiring' // expires within 30 days
  | 'noCertificate'
  | 'evaluationStale' // last service evaluation more than a year ago
  | 'neverEvaluated'
  | 'noLicence'
  | 'noRepository';

/**
 * One application of the demo catalogue. Owner and operator are agency codes; `host` is a
 * label under the city domain (address and subdomain), `url` an address elsewhere (a
 * ministry's application, or a gap). What the spec leaves open (stage, hosting, dates,
 * licence, funding) comes from the seeded PRNG.
 */
export interface DemoApplication {
  agency: string;
  name: string;
  businessFunction: string;
  description: string;
  kind?: ApplicationInput['kind'];
  category?: string;
  operator?: string;
  host?: string;
  url?: string;
  platforms?: ApplicationInput['platforms'];
  /** a ministry's application the city uses: national data centre, APBN, the ministry's licence */
  nationalOwner?: string;
  /** built and run by a vendor under contract: vendor licence, no repository */
  vendor?: boolean;
  hosting?: NonNullable<ApplicationInput['hosting']>;
  fundingSource?: NonNullable<ApplicationInput['fundingSource']>;
  /** who supplies it when not the ministry (nationalOwner) or the city (the default) */
  supplier?: NonNullable<ApplicationInput['supplier']>;
  gaps?: DemoGap[];
  duplicateJustification?: string;
  specificConditions?: ApplicationInput['specificConditions'];
  apisProvided?: string[];
  apisUsed?: string[];
  /** handover documents delivered on paper, or one as a generated PDF */
  handover?: 'paper' | 'pdf';
  /** retired after registration, with this reason */
  retiredReason?: string;
}
