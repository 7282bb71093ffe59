import { z } from 'zod';
import { Uuid } from './common';
import { PastIsoDate } from './dates';

export const frameworkIds = ['permenpanrb-59-2020', 'permenpanrb-8-2026'] as const;
export const cycleStatuses = ['open', 'self_assessed', 'verified', 'submitted'] as const;
export const teamKinds = ['coordination', 'assessor'] as const;
/** Simpul records an agency may cite as evidence. */
export const evidenceRecordTypes = ['application', 'internal_policy'] as const;
/** Where an indicator stands between the agency and the assessors (indicator-state.ts). */
export const indicatorStates = ['unassigned', 'assigned', 'draft', 'submitted', 'returned', 'verified'] as const;
export type IndicatorState = (typeof indicatorStates)[number];
export const exchangeKinds = ['submitted', 'returned', 'verified'] as const;

const Level = z.number().int().min(1).max(5);

export const CycleInput = z
  .object({ year: z.number().int().min(2018).max(2100), frameworkId: z.enum(frameworkIds) })
  .meta({ id: 'EvaluationCycleInput' });

export const TeamInput = z
  .object({
    memberUserIds: z.array(Uuid).max(100),
    decreeNumber: z.string().trim().min(1).max(200).nullable().default(null),
    decreeDate: PastIsoDate.nullable().default(null),
  })
  .meta({ id: 'EvaluationTeamInput' });

export const AssignmentInput = z
  .object({ assignments: z.array(z.object({ indicator: z.number().int().min(1), agencyId: Uuid.nullable() })).min(1).max(100) })
  .meta({ id: 'EvaluationAssignmentInput' });

export const SelfAssessmentInput = z
  .object({ level: Level, explanation: z.string().trim().max(10_000).default('') })
  .meta({ id: 'SelfAssessmentInput' });

export const VerificationInput = z
  .object({
    decision: z.enum(['agree', 'adjust']),
    level: Level.nullable().default(null),
    note: z.string().trim().max(5000).nullable().default(null),
  })
  .refine((v) => v.decision === 'agree' || v.level !== null, { path: ['level'], message: 'VERIFICATION_LEVEL_REQUIRED' })
  .refine((v) => v.decision === 'agree' || (v.note ?? '').length > 0, { path: ['note'], message: 'VERIFICATION_NOTE_REQUIRED' })
  .meta({ id: 'VerificationInput' });

/** The agency sends its answer to the assessors; after a return, with its answer to their note. */
export const SubmitInput = z.object({ note: z.string().trim().max(5000).nullable().default(null) }).meta({ id: 'EvaluationSubmitInput' });

/** An assessor sends an answer back to the agency; the note says what is missing. */
export const ReturnInput = z.object({ note: z.string().trim().min(1).max(5000) }).meta({ id: 'EvaluationReturnInput' });

/** The level an evidence item supports (part of its code); left out, the answer's level at the time. */
const EvidenceLevel = Level.nullable().optional();

/** With an uploaded evidence file: the level it supports (a form field next to the file). */
export const EvidenceFileInput = z.object({ level: z.coerce.number().int().min(1).max(5).nullable().default(null) }).meta({ id: 'EvidenceFileInput' });

/** A web address cited as evidence (a published page, a dashboard). */
export const EvidenceUrlInput = z
  .object({ url: z.url({ protocol: /^https?$/ }).max(2000), label: z.string().trim().min(1).max(300), level: EvidenceLevel })
  .meta({ id: 'EvidenceUrlInput' });

export const EvidenceRecordOption = z
  .object({ recordType: z.enum(evidenceRecordTypes), recordId: Uuid, label: z.string(), detail: z.string().nullable(), own: z.boolean() })
  .meta({ id: 'EvaluationEvidenceRecordOption' });
export type EvidenceRecordOption = z.infer<typeof EvidenceRecordOption>;

export const TeamCandidate = z.object({ userId: Uuid, name: z.string(), email: z.string() }).meta({ id: 'EvaluationTeamCandidate' });

export const EvidenceLinkInput = z
  .object({ recordType: z.enum(evidenceRecordTypes), recordId: Uuid, level: EvidenceLevel })
  .meta({ id: 'EvidenceLinkInput' });

export const AdvanceInput = z.object({ to: z.enum(['self_assessed', 'verified', 'submitted']) }).meta({ id: 'EvaluationAdvanceInput' });

export const WhatIfInput = z
  .object({ changes: z.record(z.string().regex(/^\d+$/), Level) })
  .meta({ id: 'EvaluationWhatIfInput' });

export const Uncertain = z
  .object({ confidence: z.enum(['A', 'B', 'C', 'D']), reason: z.object({ id: z.string(), en: z.string() }), fields: z.array(z.string()).optional() })
  .nullable();

export const TeamView = z
  .object({
    kind: z.enum(teamKinds),
    members: z.array(z.object({ userId: Uuid, name: z.string() })),
    decreeNumber: z.string().nullable(),
    decreeDate: z.string().nullable(),
    decreeFile: z.object({ id: Uuid, fileName: z.string(), sha256: z.string() }).nullable(),
  })
  .meta({ id: 'EvaluationTeam' });

export const IndicatorRow = z
  .object({
    number: z.number().int(),
    code: z.string(),
    domain: z.number().int().nullable(),
    aspect: z.number().int(),
    name: z.string(),
    weight: z.number(),
    agencyId: Uuid.nullable(),
    agencyName: z.string().nullable(),
    selfLevel: z.number().int().nullable(),
    explanation: z.string().nullable(),
    selfAssessedAt: z.string().nullable(),
    verification: z.enum(['agreed', 'adjusted']).nullable(),
    verifiedLevel: z.number().int().nullable(),
    verificationNote: z.string().nullable(),
    verifiedAt: z.string().nullable(),
    evidenceCount: z.number().int(),
    state: z.enum(indicatorStates),
    /** the actor works in the responsible agency */
    mine: z.boolean(),
    uncertain: Uncertain,
    abilities: z.object({ selfAssess: z.boolean(), submit: z.boolean(), verify: z.boolean() }),
  })
  .meta({ id: 'EvaluationIndicatorRow' });

export const EvidenceView = z
  .object({
    id: Uuid,
    /** `<indicator code>.<level>.<item>`: Simpul's reading of the national portal's coding (docs/evaluation.md) */
    code: z.string(),
    level: z.number().int().nullable(),
    kind: z.enum(['file', 'record', 'url']),
    label: z.string(),
    url: z.string().nullable(),
    file: z.object({ id: Uuid, fileName: z.string(), size: z.number(), sha256: z.string(), mimeType: z.string() }).nullable(),
    recordType: z.enum(evidenceRecordTypes).nullable(),
    recordId: Uuid.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'EvaluationEvidence' });

export const ExchangeView = z
  .object({ id: Uuid, kind: z.enum(exchangeKinds), level: z.number().int().nullable(), note: z.string().nullable(), userName: z.string(), at: z.string() })
  .meta({ id: 'EvaluationExchange' });

export const IndicatorDetail = IndicatorRow.extend({
  question: z.string().nullable(),
  criteria: z.record(z.string(), z.string()).nullable(),
  scale: z.object({ key: z.string(), levels: z.array(z.object({ value: z.number().int(), name: z.string() })) }),
  evidence: z.array(EvidenceView),
  exchanges: z.array(ExchangeView),
  suggestions: z.array(z.object({ recordType: z.enum(evidenceRecordTypes), recordId: Uuid, label: z.string() })),
}).meta({ id: 'EvaluationIndicatorDetail' });

export const CycleSummary = z
  .object({
    id: Uuid,
    year: z.number().int(),
    frameworkId: z.enum(frameworkIds),
    status: z.enum(cycleStatuses),
    submittedAt: z.string().nullable(),
    progress: z.object({ total: z.number().int(), assigned: z.number().int(), selfAssessed: z.number().int(), submitted: z.number().int(), returned: z.number().int(), verified: z.number().int() }),
  })
  .meta({ id: 'EvaluationCycleSummary' });

export const CycleView = CycleSummary.extend({
  frameworkUncertain: Uncertain,
  teams: z.array(TeamView),
  indicators: z.array(IndicatorRow),
  abilities: z.object({ manage: z.boolean(), verify: z.boolean(), advanceTo: z.enum(['self_assessed', 'verified', 'submitted']).nullable() }),
}).meta({ id: 'EvaluationCycle' });

const IndexValue = z.object({ exact: z.number(), reported: z.number() });
const NodeValue = z.object({ number: z.number().int(), value: IndexValue });
export const ResultView = z
  .object({
    index: IndexValue,
    predicate: z.object({ key: z.string(), name: z.string() }),
    domains: z.array(NodeValue),
    aspects: z.array(NodeValue),
  })
  .meta({ id: 'EvaluationResult' });

/** The framework data's own marks on what a result rests on (PermenPANRB 8/2026 from secondary sources). */
export const ResultUncertainty = z.object({
  framework: Uncertain,
  /** the formula (method) */
  index: Uncertain,
  /** the band the final predicate comes from */
  predicate: Uncertain,
  aspects: z.array(z.object({ number: z.number().int(), uncertain: Uncertain })),
});

export const CycleResults = z
  .object({
    cycleId: Uuid,
    year: z.number().int(),
    frameworkId: z.enum(frameworkIds),
    uncertain: ResultUncertainty,
    complete: z.boolean(),
    missing: z.array(z.number().int()),
    selfAssessed: ResultView,
    final: ResultView,
    indicators: z.array(z.object({ number: z.number().int(), code: z.string(), weight: z.number(), selfLevel: z.number().int().nullable(), finalLevel: z.number().int().nullable(), uncertain: Uncertain })),
    priorities: z.array(z.object({ indicator: z.number().int(), code: z.string(), currentLevel: z.number().int(), nextLevel: z.number().int(), gain: z.number(), uncertain: Uncertain })),
    history: z.array(z.object({ year: z.number().int(), frameworkId: z.enum(frameworkIds), status: z.enum(cycleStatuses), complete: z.boolean(), index: z.number(), predicate: z.string(), uncertain: Uncertain })),
    comparison: z
      .object({
        previousYear: z.number().int(),
        sameFramework: z.boolean(),
        indexDelta: z.number(),
        predicateChanged: z.boolean(),
        aspects: z.array(z.object({ number: z.number().int(), previous: z.number(), current: z.number(), delta: z.number() })),
      })
      .nullable(),
  })
  .meta({ id: 'EvaluationResults' });

export const WhatIfView = z
  .object({
    before: ResultView,
    after: ResultView,
    delta: IndexValue,
    changes: z.array(z.object({ indicator: z.number().int(), from: z.number().int(), to: z.number().int() })),
  })
  .meta({ id: 'EvaluationWhatIf' });

export type CycleView = z.infer<typeof CycleView>;
export type IndicatorDetail = z.infer<typeof IndicatorDetail>;
export type CycleResults = z.infer<typeof CycleResults>;
