import { defaultPeriodicReadingMonths } from '../periodic-reading';
import { handoverDocumentRules, requiredHandoverDocuments } from '../handover-documents';
import { sdlcStagesByRegulation } from '../sdlc-stages';
import type {
  ComplianceReadModel,
  ReadAgency,
  ReadApplication,
  ReadDataset,
  ReadEvaluationCycle,
  ReadInternalPolicy,
  ReadPeriodicReport,
  ReadRequest,
  ReadSubdomain,
} from '../types';

/**
 * Test factories for read models, with overrides: the defaults describe a compliant Dumai
 * tenant in January 2024, so a test changes only the field its article is about.
 */

let sequence = 0;
function nextId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

export const ictOfficeId = 'agency-ict';
export const healthOfficeId = 'agency-health';

export function buildReadAgency(overrides: Partial<ReadAgency> = {}): ReadAgency {
  return {
    id: nextId('agency'),
    name: 'Dinas Kesehatan',
    parentId: null,
    specialRoles: [],
    ictSelfReliant: false,
    status: 'active',
    ...overrides,
  };
}

export function buildReadApplication(overrides: Partial<ReadApplication> = {}): ReadApplication {
  const id = overrides.id ?? nextId('app');
  return {
    id,
    name: `Aplikasi ${id}`,
    ownerAgencyId: healthOfficeId,
    operatorAgencyId: null,
    kind: 'specific',
    commonCategory: null,
    businessFunction: `function of ${id}`,
    stage: 'system_maintenance',
    platforms: ['web'],
    url: `https://${id}.dumaikota.go.id`,
    subdomain: null,
    hosting: 'regional_data_center_colocation',
    repositoryLocation: `repo://dumai/${id}`,
    licence: 'GPL-3.0-or-later',
    copyrightOwner: 'tenant-dumai',
    fundingSource: 'apbd',
    supplier: 'pemda',
    sso: true,
    ictOfficeSuperAdmin: true,
    certificateExpiresAt: '2024-12-31',
    hasCertificate: true,
    handoverDocuments: handoverDocumentRules.map((rule) => ({ code: rule.code, present: true })),
    lastServiceEvaluationAt: '2023-09-01',
    duplicateJustification: null,
    specificConditions: null,
    recommendationId: `rec-${id}`,
    status: 'active',
    ...overrides,
  };
}

export function buildReadDataset(overrides: Partial<ReadDataset> = {}): ReadDataset {
  const id = overrides.id ?? nextId('dataset');
  return {
    id,
    title: `Dataset ${id}`,
    producerAgencyId: healthOfficeId,
    stewardAgencyId: ictOfficeId,
    classification: 'public',
    category: 'kesehatan',
    isMasterData: false,
    isReferenceData: false,
    keyIdentifier: null,
    updateFrequency: 'annual',
    storageLocation: 'data_warehouse',
    publicationStatus: 'published',
    lastUpdatedAt: '2023-12-01',
    ...overrides,
  };
}

export function buildReadRequest(overrides: Partial<ReadRequest> = {}): ReadRequest {
  return {
    id: nextId('request'),
    type: 'data_access',
    state: 'approved',
    requesterAgencyId: healthOfficeId,
    submittedAt: '2024-01-02',
    decidedAt: '2024-01-05',
    dueAt: '2024-01-16',
    ...overrides,
  };
}

export function buildReadSubdomain(overrides: Partial<ReadSubdomain> = {}): ReadSubdomain {
  const id = overrides.id ?? nextId('subdomain');
  return { id, name: `${id}.dumaikota.go.id`, ownerAgencyId: healthOfficeId, decreeRef: 'Kepwako 1/2024', status: 'active', ...overrides };
}

export function buildReadInternalPolicy(overrides: Partial<ReadInternalPolicy> = {}): ReadInternalPolicy {
  return { code: 'data_management', decreeRef: 'Perwako 67/2022', enactedAt: '2022-07-01', lastReviewedAt: '2023-07-01', ...overrides };
}

export function buildReadEvaluationCycle(overrides: Partial<ReadEvaluationCycle> = {}): ReadEvaluationCycle {
  return { year: 2023, status: 'submitted', submittedAt: '2023-06-30', hasAssessorTeamDecree: true, ...overrides };
}

export function buildReadPeriodicReport(overrides: Partial<ReadPeriodicReport> = {}): ReadPeriodicReport {
  return { agencyId: healthOfficeId, periodEnd: '2023-12-31', submittedAt: '2024-01-10', ...overrides };
}

/** A Dumai tenant under Perwako 18/2019; registries absent unless the test provides them. */
export function buildReadModel(overrides: Partial<ComplianceReadModel> = {}): ComplianceReadModel {
  return {
    asOf: '2024-01-15',
    params: {
      cityDomain: 'dumaikota.go.id',
      sdlcStages: [...(sdlcStagesByRegulation['dumai-18-2019'] ?? [])],
      requiredHandoverDocuments: requiredHandoverDocuments(['dumai-18-2019']),
      auditCadenceMonths: {},
      coordinatingRoles: {},
      periodicReadingMonths: defaultPeriodicReadingMonths,
    },
    tenant: { id: 'tenant-dumai', name: 'Pemerintah Kota Dumai', primaryDomain: 'dumaikota.go.id' },
    agencies: [
      buildReadAgency({ id: ictOfficeId, name: 'Dinas Komunikasi dan Informatika', specialRoles: ['ict_office'] }),
      buildReadAgency({ id: healthOfficeId, name: 'Dinas Kesehatan' }),
    ],
    ...overrides,
  };
}
