import { z } from 'zod';
import { IsoDate } from './common';

/** Shapes of the compliance API: the evaluation of every obligation in force on a date. */
/** Every state a check can answer (src/regulations/types.ts CheckStatus); `met` never includes structure_in_place or attested. */
export const complianceStatuses = ['met', 'attested', 'structure_in_place', 'not_met', 'due_soon', 'not_applicable', 'not_measurable'] as const;
export const ComplianceStatus = z.enum(complianceStatuses).meta({ id: 'ComplianceStatus' });

/** Registries whose emptiness the responsible party may declare (src/regulations/types.ts DeclarableRegistry). */
export const declarableRegistries = ['applications', 'datasets', 'requests', 'domains'] as const;

export const EmptyRegistryDeclarationInput = z
  .object({
    registry: z.enum(declarableRegistries),
    note: z.string().trim().min(5).max(1000),
    obligationId: z.string().max(160).optional(),
  })
  .meta({ id: 'EmptyRegistryDeclarationInput' });
export type EmptyRegistryDeclarationInput = z.infer<typeof EmptyRegistryDeclarationInput>;

export const EmptyRegistryDeclarationView = z
  .object({ id: z.string(), registry: z.enum(declarableRegistries), note: z.string(), declaredByName: z.string(), declaredAt: z.string() })
  .meta({ id: 'EmptyRegistryDeclaration' });

export const RegistryParams = z.object({
  registry: z.enum(declarableRegistries).meta({ param: { name: 'registry', in: 'path' }, example: 'datasets' }),
});

export const ComplianceQuery = z.object({
  date: IsoDate.optional().meta({ description: 'Evaluate as of this day (default: today); selects the regulations in force' }),
});
export type ComplianceQuery = z.infer<typeof ComplianceQuery>;

export const CalendarQuery = ComplianceQuery.extend({
  months: z.coerce.number().int().min(1).max(36).default(12),
});
export type CalendarQuery = z.infer<typeof CalendarQuery>;

export const ObligationParams = z.object({
  regulation: z.string().max(40).meta({ param: { name: 'regulation', in: 'path' }, example: 'dumai-18-2019' }),
  ref: z.string().max(120).meta({ param: { name: 'ref', in: 'path' }, example: '13-5' }),
});

export const CitationView = z
  .object({
    regulation: z.string(),
    pasal: z.string(),
    ayat: z.string().optional(),
    huruf: z.string().optional(),
    /** e.g. "Perwako Dumai 18/2019 Pasal 13 ayat (5)"; as the file numbers it, marked * when a note explains the numbering */
    label: z.string(),
    /** why the file's numbering differs (e.g. a second "(4)") */
    numberingNote: z.string().optional(),
  })
  .meta({ id: 'CitationView' });

export const FindingView = z
  .object({
    /** the stable i18n key of the finding, e.g. compliance.handoverMissing */
    kind: z.string(),
    message: z.string(),
    agencyId: z.string().nullable(),
    agencyName: z.string().nullable(),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
  })
  .meta({ id: 'FindingView' });

/** One number per state. */
export const StatusCounts = z
  .object(Object.fromEntries(complianceStatuses.map((s) => [s, z.number().int()])) as Record<(typeof complianceStatuses)[number], z.ZodNumber>)
  .meta({ id: 'StatusCounts' });

export const ConflictView = z
  .object({
    id: z.string(),
    note: z.string(),
    stricter: z.object({ obligationId: z.string(), citation: CitationView, text: z.string() }),
    weaker: z.object({ obligationId: z.string(), citation: CitationView, text: z.string() }),
  })
  .meta({ id: 'ComplianceConflict' });

export const ObligationRow = z
  .object({
    id: z.string(),
    citation: CitationView,
    excerpt: z.string(),
    binds: z.string(),
    about: z.string(),
    status: ComplianceStatus,
    dueDate: z.string().nullable(),
    /** the capability whose data a not-measurable obligation waits for */
    needs: z.string().nullable(),
    /** what to do, when not met */
    remedy: z.string().nullable(),
    /** no_capability or registry_empty, when not measurable */
    notMeasurableReason: z.string().nullable(),
    /** why it does not apply, when not applicable */
    notApplicableReason: z.string().nullable(),
    /** a reading the check makes that the text does not state (present-interpretation.ts) */
    interpretation: z.string().nullable(),
    findings: z.number().int(),
    /** records shown as not applicable (with their reason) */
    notApplicableRecords: z.number().int(),
    /** findings about agencies outside the reader's own */
    hiddenFindings: z.number().int(),
    conflictId: z.string().nullable(),
  })
  .meta({ id: 'ComplianceObligationRow' });

export const RegulationSummaryView = z
  .object({
    regulation: z.string(),
    title: z.string(),
    shortName: z.string(),
    counts: StatusCounts,
    chapters: z.array(z.object({ chapter: z.string(), counts: StatusCounts, obligations: z.array(ObligationRow) })),
  })
  .meta({ id: 'ComplianceRegulationSummary' });

export const AgencyGapView = z
  .object({ obligationId: z.string(), citation: CitationView, remedy: z.string(), findings: z.array(FindingView) })
  .meta({ id: 'ComplianceAgencyGap' });

export const AgencySummaryView = z
  .object({
    agencyId: z.string(),
    name: z.string(),
    counted: z.number().int(),
    /** met by data; never includes structure in place */
    met: z.number().int(),
    /** obligations whose only evidence is that the responsible agency exists */
    structureInPlace: z.number().int(),
    shareMet: z.number().nullable(),
    notMet: z.array(AgencyGapView),
  })
  .meta({ id: 'ComplianceAgencySummary' });

/** An accepted attestation an obligation stands on (issue 8 §3): in the report, the Excel and the PDF. */
export const AttestedObligationView = z
  .object({
    obligationId: z.string(),
    citation: CitationView,
    attestationId: z.string(),
    statement: z.string(),
    party: z.string(),
    acceptedBy: z.string(),
    attestedOn: z.string(),
    /** null: the attestation does not expire */
    validUntil: z.string().nullable(),
  })
  .meta({ id: 'ComplianceAttestedObligation' });

export const ComplianceReport = z
  .object({
    tenant: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    asOf: z.string(),
    regulationsInForce: z.array(z.object({ id: z.string(), shortName: z.string(), title: z.string() })),
    /** null: the reader sees every agency; otherwise the agencies whose findings the reader sees */
    agencyScope: z.array(z.string()).nullable(),
    counts: StatusCounts,
    regulations: z.array(RegulationSummaryView),
    agencies: z.array(AgencySummaryView),
    /** the attestations the obligations in force stand on, as far as the reader may see them */
    attestations: z.array(AttestedObligationView),
  })
  .meta({ id: 'ComplianceReport' });
export type ComplianceReport = z.infer<typeof ComplianceReport>;

export const DueEventView = z
  .object({
    date: z.string(),
    kind: z.string(),
    label: z.string(),
    overdue: z.boolean(),
    obligationId: z.string(),
    citation: CitationView,
    agencyId: z.string().nullable(),
    agencyName: z.string().nullable(),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    recordName: z.string().nullable(),
  })
  .meta({ id: 'ComplianceDueEvent' });

export const DueCalendar = z
  .object({ from: z.string(), until: z.string(), events: z.array(DueEventView) })
  .meta({ id: 'ComplianceDueCalendar' });
export type DueCalendar = z.infer<typeof DueCalendar>;

export const ObligationDetail = z
  .object({
    id: z.string(),
    asOf: z.string(),
    regulation: z.object({ id: z.string(), shortName: z.string(), title: z.string() }),
    citation: CitationView,
    chapter: z.string(),
    text: z.string(),
    binds: z.string(),
    about: z.string(),
    cadence: z.string().nullable(),
    /** a reading the check makes that the text does not state, shown as an interpretation */
    interpretation: z.string().nullable(),
    needs: z.string(),
    measurable: z.boolean(),
    /** false when the obligation's regulation does not bind the tenant on `asOf` */
    inForce: z.boolean(),
    /** the recorded revocation of the obligation's regulation, in words (Dumai 67/2022 Ps 34), or null */
    revocation: z.string().nullable(),
    status: ComplianceStatus.nullable(),
    /** why not measurable: no data source yet, or a registry with no record */
    notMeasurableReason: z.enum(['no_capability', 'registry_empty']).nullable(),
    /** why the obligation does not apply, when not applicable */
    notApplicableReason: z.string().nullable(),
    dueDate: z.string().nullable(),
    remedy: z.string().nullable(),
    evidence: z.array(FindingView),
    missing: z.array(FindingView),
    /** records the obligation does not bind, each with the reason */
    notApplicable: z.array(FindingView),
    /** the registry a "registry empty" answer is about, and whether the reader may declare it empty */
    emptyRegistry: z.object({ registry: z.enum(declarableRegistries), canDeclare: z.boolean() }).nullable(),
    hiddenFindings: z.number().int(),
    conflicts: z.array(ConflictView),
    /** issue 8 §3: whether an attestation can stand for the result (it has no data evidence) */
    attestable: z.boolean(),
    /** how long an attestation of this obligation stands: its cadence, once, or Simpul's 12 months */
    attestationValidity: z.object({ basis: z.enum(['cadence', 'once', 'interpretation']), months: z.number().int().nullable() }),
    /** when attested: the last day of the attestation it stands on (null: no expiry) */
    attestedUntil: z.string().nullable(),
  })
  .meta({ id: 'ComplianceObligationDetail' });
export type ObligationDetail = z.infer<typeof ObligationDetail>;
