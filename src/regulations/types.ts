/**
 * Regulations as code: the shared shapes.
 *
 * An obligation is one duty a regulation imposes (a "wajib", "harus", "paling sedikit",
 * "dilarang", a cadence, a required content list, an approval step), with its citation
 * and the article's text exactly as it stands in ../shared/regulations/. Its check is a
 * pure function over a ComplianceReadModel: plain data assembled from the registries.
 * A registry that does not exist yet is simply absent from the read model, and a check
 * that needs it answers `not_measurable` naming the capability.
 */

export type RegulationId = 'dumai-18-2019' | 'palu-14-2022' | 'dumai-67-2022' | 'jambi-10-2017';

export interface Citation {
  regulation: RegulationId;
  /** "14", "33", or "Lampiran I" for an annex section */
  pasal: string;
  ayat?: string;
  huruf?: string;
  /**
   * How the file numbers the ayat when that differs from its position (e.g. Dumai 67/2022
   * Ps 23 numbers its fifth ayat "(4)" a second time): citations show the file's number with
   * the note (i18n key); `ayat` keeps the position, so the obligation id stays stable.
   */
  asNumbered?: { ayat: string; noteKey: string };
}

/** Who the obligation binds. */
export type Subject =
  | 'tenant'
  | 'every_agency'
  | 'ict_office'
  | 'planning_office'
  | 'inspectorate'
  | 'regional_secretary'
  | 'data_steward'
  | 'data_producer'
  | 'coordination_team'
  | 'mayor';

/** What the obligation is about; also names the capability whose data a check needs. */
export type Topic =
  | 'organisation'
  | 'application'
  | 'dataset'
  | 'data_access_request'
  | 'recommendation'
  | 'domain'
  | 'site_unblock'
  | 'asset'
  | 'network'
  | 'data_center'
  | 'backup'
  | 'architecture'
  | 'roadmap'
  | 'budget_plan'
  | 'business_process'
  | 'service'
  | 'security'
  | 'risk'
  | 'management'
  | 'audit'
  | 'helpdesk'
  | 'competency'
  | 'coordination_team'
  | 'evaluation'
  | 'internal_policy'
  | 'periodic_report'
  | 'signature'
  | 'sop';

/** A capability of the platform whose data makes a check measurable. */
export type Capability =
  | 'organisation'
  | 'application_registry'
  | 'data_catalogue'
  | 'requests'
  | 'domain_registry'
  | 'asset_registry'
  | 'network_registry'
  | 'data_center'
  | 'planning'
  | 'service_catalogue'
  | 'risk_register'
  | 'security_management'
  | 'audit_management'
  | 'helpdesk'
  | 'competency'
  | 'evaluation'
  | 'internal_policy_register'
  | 'periodic_reports'
  | 'documents';

export type AuditScope = 'infrastructure' | 'application' | 'security';

export type Cadence =
  // e.g. "paling sedikit 1 (satu) kali dalam 2 (dua) tahun" -> 24; with auditScopes, the profile's
  // resolved audit cadence (params.auditCadenceMonths, the stricter rule applied) replaces `months`
  // with periodic, the text says "secara periodik" and names no period: the tenant's reading
  // (params.periodicReadingMonths, periodic-reading.ts) replaces `months` and is shown as an interpretation
  | { kind: 'every'; months: number; auditScopes?: AuditScope[]; periodic?: true }
  | { kind: 'within'; days: number; workingDays?: boolean; after: string } // a deadline after an event
  | { kind: 'once' };

export type CheckStatus = 'met' | 'attested' | 'structure_in_place' | 'not_met' | 'due_soon' | 'not_applicable' | 'not_measurable';

export interface Finding {
  /** i18n key (namespace `compliance`) describing what is missing, with params */
  messageKey: string;
  params?: Record<string, string | number>;
  agencyId?: string;
  recordType?: string;
  recordId?: string;
}

export type CheckResult =
  | { status: 'met'; evidence: Finding[]; notApplicable?: Finding[] }
  | { status: 'not_met'; missing: Finding[]; remedyKey: string; notApplicable?: Finding[] }
  | { status: 'due_soon'; dueDate: string; evidence: Finding[] }
  | { status: 'structure_in_place'; evidence: Finding[] }
  | { status: 'not_applicable'; reasonKey: string; evidence: Finding[] }
  | { status: 'not_measurable'; needs: Capability; reason: 'no_capability' | 'registry_empty' }
  | { status: 'attested'; attestationId: string; validUntil: string; evidence: Finding[] };

/** Parameters that differ between regulations, taken from the tenant's profile. */
export interface ProfileParams {
  cityDomain: string;
  sdlcStages: string[];
  requiredHandoverDocuments: string[];
  /** months between ICT audits, per scope, the stricter rule already applied */
  auditCadenceMonths: Partial<Record<AuditScope, number>>;
  /** months "secara periodik" is read as where the text names no period (periodic-reading.ts; the tenant may set it) */
  periodicReadingMonths: number;
  /** agency roles that coordinate each management area under the regulations in force (regulation-params.ts) */
  coordinatingRoles: Partial<Record<string, string[]>>;
}

/** Plain data about a tenant, assembled by the compliance service from the registries. */
export interface ComplianceReadModel {
  /** ISO date the evaluation is asked for */
  asOf: string;
  params: ProfileParams;
  tenant: { id: string; name: string; primaryDomain: string };
  agencies: ReadAgency[];
  /** absent until the capability exists for this tenant */
  applications?: ReadApplication[];
  datasets?: ReadDataset[];
  requests?: ReadRequest[];
  domains?: ReadSubdomain[];
  internalPolicies?: ReadInternalPolicy[];
  evaluations?: ReadEvaluationCycle[];
  periodicReports?: ReadPeriodicReport[];
  /** accepted attestations, the latest per obligation and party (attestations module) */
  attestations?: ReadAttestation[];
  /** dated, signed-in statements that a registry has nothing to register (compliance module) */
  emptyRegistryDeclarations?: ReadEmptyRegistryDeclaration[];
}

/** The registries whose emptiness the responsible party may declare. */
export type DeclarableRegistry = 'applications' | 'datasets' | 'requests' | 'domains';

export interface ReadEmptyRegistryDeclaration {
  registry: DeclarableRegistry;
  declaredByName: string;
  declaredAt: string;
  note: string;
}

export interface ReadAgency {
  id: string;
  name: string;
  parentId: string | null;
  /** special roles: ict_office, planning_office, inspectorate, regional_secretariat, hr_office, asset_office, organisation_bureau */
  specialRoles: string[];
  ictSelfReliant: boolean;
  status: 'active' | 'retired';
}

export interface ReadApplication {
  id: string;
  name: string;
  ownerAgencyId: string;
  operatorAgencyId: string | null;
  kind: 'common' | 'specific';
  commonCategory: string | null;
  businessFunction: string;
  stage: string;
  platforms: string[];
  url: string | null;
  subdomain: string | null;
  hosting: string | null;
  repositoryLocation: string | null;
  licence: string | null;
  copyrightOwner: string | null;
  fundingSource: string | null;
  /** applicationSuppliers in src/shared/applications.ts; null when not recorded */
  supplier: string | null;
  sso: boolean;
  ictOfficeSuperAdmin: boolean;
  certificateExpiresAt: string | null;
  hasCertificate: boolean;
  handoverDocuments: { code: string; present: boolean }[];
  lastServiceEvaluationAt: string | null;
  /** set when the duplicate-function rule was overridden with a justification (Dumai 18/2019 Ps 14(2)) */
  duplicateJustification: string | null;
  /** Palu 14/2022 Ps 29(4): the four conditions recorded for a specific app where a common one exists */
  specificConditions: { operatedBeforeCommon: boolean; costBenefitStudy: boolean; alignedWithCommonProcess: boolean; ministerConsidered: boolean } | null;
  recommendationId: string | null;
  status: 'active' | 'retired';
}

export interface ReadDataset {
  id: string;
  title: string;
  producerAgencyId: string;
  stewardAgencyId: string | null;
  classification: 'public' | 'limited' | 'confidential' | 'secret';
  category: string | null;
  isMasterData: boolean;
  isReferenceData: boolean;
  keyIdentifier: string | null;
  updateFrequency: string | null;
  storageLocation: string | null;
  publicationStatus: 'draft' | 'in_review' | 'published' | 'retired';
  lastUpdatedAt: string | null;
}

export interface ReadRequest {
  id: string;
  type: string;
  state: string;
  requesterAgencyId: string;
  submittedAt: string | null;
  decidedAt: string | null;
  dueAt: string | null;
}

export interface ReadSubdomain {
  id: string;
  name: string;
  ownerAgencyId: string;
  decreeRef: string | null;
  status: 'active' | 'retired';
}

export interface ReadInternalPolicy {
  code: string;
  decreeRef: string | null;
  enactedAt: string | null;
  lastReviewedAt: string | null;
}

export interface ReadEvaluationCycle {
  year: number;
  status: 'open' | 'submitted';
  submittedAt: string | null;
  hasAssessorTeamDecree: boolean;
}

export interface ReadPeriodicReport {
  agencyId: string;
  periodEnd: string;
  submittedAt: string | null;
}

/**
 * A bound party's statement, accepted by the Inspectorate, that a duty no registry can show
 * was carried out (issue 8 §3). It stands for the obligation from `attestedOn` until
 * `validUntil` (null: no expiry, for a duty done once).
 */
export interface ReadAttestation {
  id: string;
  obligationId: string;
  /** the party: an agency, or null for the tenant as a whole (the ICT office's admin attests) */
  agencyId: string | null;
  partyName: string;
  attestedOn: string;
  acceptedAt: string;
  acceptedBy: string;
  validUntil: string | null;
  statement: string;
}

export interface Obligation {
  /** stable id, e.g. "dumai-18-2019/14-1"; never reused */
  id: string;
  citation: Citation;
  /** the article's text exactly as it stands in the regulation file (a test checks it occurs) */
  text: string;
  /** chapter (BAB) heading the article stands under, for grouping in the UI */
  chapter: string;
  binds: Subject;
  about: Topic;
  cadence?: Cadence;
  /** the capability whose data the check needs; used for not_measurable and coverage docs */
  needs: Capability;
  /** pure; absent means not measurable by any data Simpul could hold yet */
  check?: (model: ComplianceReadModel) => CheckResult;
  /**
   * i18n key (namespace compliance-ui) of a reading the check makes that the text does not
   * state, shown beside the obligation as an interpretation (a "secara periodik" cadence is
   * shown from the cadence itself, periodic-reading.ts)
   */
  interpretationKey?: string;
}

export interface Regulation {
  id: RegulationId;
  /** e.g. "Peraturan Walikota Dumai Nomor 18 Tahun 2019" */
  title: string;
  shortName: string;
  /** file name in ../shared/regulations/ (copied to regulations/texts/ in the project) */
  sourceFile: string;
  obligations: Obligation[];
}

/**
 * Two obligations in force that contradict each other (within one regulation or across
 * regulations). The engine evaluates the stricter one, reports the weaker one with the
 * stricter one's status, and shows both citations (issue: conflicts are data).
 */
export interface ObligationConflict {
  id: string;
  stricter: string; // obligation id
  weaker: string; // obligation id
  /** i18n key explaining the conflict */
  noteKey: string;
}
