/**
 * Requests and approvals as declared state machines: the shared shapes.
 *
 * A request type is data: its states, its transitions (who may take each one and what
 * each needs), its addressees and copies (tembusan), the effect of its approval, and a
 * zod schema for its form. The engine (engine.ts) is one pure function over these shapes;
 * the service that stores requests, numbers letters and sends notifications lives
 * elsewhere and calls it.
 */
import type { z } from 'zod';
import type { Citation } from '../regulations/types';
import type { IsoDate } from './working-days';

export type Role =
  | 'admin'
  | 'agency_operator'
  | 'agency_head'
  | 'regional_secretary'
  | 'planner'
  | 'inspector'
  | 'viewer';

export type AgencySpecialRole =
  | 'ict_office'
  | 'planning_office'
  | 'inspectorate'
  | 'regional_secretariat'
  | 'hr_office'
  | 'asset_office'
  | 'organisation_bureau';

/** A role held by a person: tenant-wide when agencyId is null, otherwise in one agency. */
export interface RoleGrant {
  role: Role;
  agencyId: string | null;
}

export interface Actor {
  userId: string;
  roles: readonly RoleGrant[];
  /** special roles of the tenant's agencies, by agency id */
  agencySpecialRoles: Readonly<Record<string, readonly string[]>>;
}

/**
 * Who may take a transition, as data. A tenant-wide grant (agencyId null) matches only
 * `tenant_role`: a tenant-wide operator is not thereby the head of the ICT office.
 */
export type ActorRule =
  /** the person who filed the request */
  | { kind: 'requester' }
  /** one of these roles held in the requesting agency */
  | { kind: 'requester_agency'; roles: readonly Role[] }
  /** one of these roles held in an agency that has this special role */
  | { kind: 'special_agency'; specialRole: AgencySpecialRole; roles: readonly Role[] }
  /** one of these roles held in the steward agency of the dataset the request is about */
  | { kind: 'steward_agency'; roles: readonly Role[] }
  /** one of these roles held tenant-wide */
  | { kind: 'tenant_role'; roles: readonly Role[] }
  | { kind: 'all_of'; rules: readonly ActorRule[] }
  | { kind: 'any_of'; rules: readonly ActorRule[] };

/** Someone a request letter is addressed or copied to. */
export type Recipient =
  | { kind: 'tenant_role'; role: Role }
  | { kind: 'special_agency'; specialRole: AgencySpecialRole }
  | { kind: 'steward_agency' };

export interface Addressees {
  to: readonly Recipient[];
  /** tembusan */
  copies: readonly Recipient[];
  citations: readonly Citation[];
}

export interface StateDefinition {
  code: string;
  final?: boolean;
  /** a decision was taken (approved or rejected); withdrawn is final but not decided */
  decided?: boolean;
  /** the request is due this many working days after entering the state */
  deadline?: { workingDays: number };
}

export type TransitionName =
  | 'submit'
  | 'recommend'
  | 'return_for_revision'
  | 'resubmit'
  | 'withdraw'
  | 'approve'
  | 'reject';

/** A precondition on the request itself, as data. */
export type Guard =
  /** Palu 14/2022 Ps 24(1) huruf b–c: only an ICT-self-reliant agency builds its own LAN */
  | { kind: 'requester_ict_self_reliant'; when: { field: string; equals: string } }
  /** the dataset's steward agency must be known (it recommends or is copied) */
  | { kind: 'steward_known' }
  /** an outcome date must fall after the day of the step */
  | { kind: 'outcome_date_in_future'; field: string };

export interface Requirements {
  /** the type's form schema must accept the request's fields (with this step's input) */
  form?: boolean;
  /** schema of the outcome fields this step records (a number, an expiry date…) */
  outcome?: z.ZodType;
  /** at least this many files attached to the request */
  attachments?: number;
  /** statements (surat pernyataan) the actor must acknowledge in this step */
  statements?: readonly string[];
  /** a reason code from this list; a note is also required for the codes in noteFor */
  reason?: { codes: readonly string[]; noteFor: readonly string[] };
  /** a note is required (e.g. what to revise) */
  note?: boolean;
  guards?: readonly Guard[];
}

export interface TransitionDefinition {
  name: TransitionName;
  from: readonly string[];
  to: string;
  actor: ActorRule;
  /** a reviewer's step: never open to the requester themself (REQUEST_SELF_DECISION) */
  review?: boolean;
  requires?: Requirements;
  citations?: readonly Citation[];
}

export type RequestEffect =
  | { kind: 'grant_data_access' }
  | { kind: 'issue_recommendation' }
  | { kind: 'register_subdomain' }
  | { kind: 'unblock_site' };

export interface RequestTypeDefinition {
  code: string;
  citations: readonly Citation[];
  states: readonly StateDefinition[];
  initialState: string;
  transitions: readonly TransitionDefinition[];
  addressees: Addressees;
  /** what the platform does when the request enters `state` */
  onComplete?: { state: string; effect: RequestEffect };
  /** the type-specific form; i18n labels under `field.<code>.<name>` */
  form: z.ZodType;
}

/** A request as the engine sees it: plain data assembled by the requests service. */
export interface RequestSnapshot {
  type: string;
  state: string;
  requesterUserId: string;
  requesterAgencyId: string;
  requesterAgencyIctSelfReliant: boolean;
  /** the steward agency of the dataset a data-access request is about */
  stewardAgencyId: string | null;
  /** form fields filled by the requester */
  fields: Readonly<Record<string, unknown>>;
  /** fields recorded by reviewers (recommendation, number, expiry date, decree) */
  outcome: Readonly<Record<string, unknown>>;
  attachmentCount: number;
  dueAt: IsoDate | null;
}

export interface TransitionInput {
  transition: string;
  /** form fields changed in this step (submit, resubmit) */
  fields?: Record<string, unknown>;
  outcome?: Record<string, unknown>;
  note?: string;
  reasonCode?: string;
  acknowledgedStatements?: readonly string[];
}

export interface RequestStep {
  transition: TransitionName;
  from: string;
  to: string;
  actorUserId: string;
  /** ISO instant */
  at: string;
  note: string | null;
  reasonCode: string | null;
}

export const requestErrorCodes = [
  'REQUEST_TYPE_MISMATCH',
  'REQUEST_ALREADY_FINAL',
  'REQUEST_TRANSITION_NOT_ALLOWED',
  'REQUEST_SELF_DECISION',
  'REQUEST_ACTOR_NOT_PERMITTED',
  'REQUEST_FIELDS_NOT_EDITABLE',
  'REQUEST_FIELD_REQUIRED',
  'REQUEST_FIELD_INVALID',
  'REQUEST_ATTACHMENT_REQUIRED',
  'REQUEST_STATEMENT_REQUIRED',
  'REQUEST_REASON_REQUIRED',
  'REQUEST_REASON_INVALID',
  'REQUEST_NOTE_REQUIRED',
  'REQUEST_AGENCY_NOT_ICT_SELF_RELIANT',
  'REQUEST_STEWARD_REQUIRED',
  'REQUEST_DATE_NOT_IN_FUTURE',
] as const;

export type RequestErrorCode = (typeof requestErrorCodes)[number];

export type TransitionResult =
  | {
      ok: true;
      state: string;
      step: RequestStep;
      /** null when the new state has no deadline (final states, a returned request) */
      dueAt: IsoDate | null;
      fields: Record<string, unknown>;
      outcome: Record<string, unknown>;
      effect: RequestEffect | null;
    }
  /** fields: the form or outcome fields at fault; fieldErrors: a field's own stable code */
  | { ok: false; code: RequestErrorCode; fields?: string[]; fieldErrors?: Record<string, string> };
