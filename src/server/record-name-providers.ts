import type { RecordNameProvider } from './modules/audit-trail/record-names';
import { agencyRecordNames } from './modules/agencies/record-names';
import { applicationRecordNames } from './modules/applications/record-names';
import { attestationRecordNames } from './modules/attestations/record-names';
import { datasetRecordNames } from './modules/datasets/record-names';
import { domainRecordNames, mailboxRecordNames, subdomainRecordNames } from './modules/domains/record-names';
import { evaluationRecordNames } from './modules/evaluations/record-names';
import { ictAssetRecordNames, ictAssetUsefulLifeRecordNames } from './modules/ict-assets/record-names';
import { internalPolicyRecordNames } from './modules/internal-policies/record-names';
import { userRecordNames } from './modules/people/record-names';
import { holidayRecordNames, requestRecordNames } from './modules/requests/record-names';
import { tenantRecordNames } from './modules/tenants/record-names';

/** Every module that names its records in the audit trail; composed here so audit-trail imports no module. */
export const recordNameProviders: readonly RecordNameProvider[] = [
  agencyRecordNames,
  applicationRecordNames,
  attestationRecordNames,
  datasetRecordNames,
  domainRecordNames,
  subdomainRecordNames,
  mailboxRecordNames,
  evaluationRecordNames,
  ictAssetRecordNames,
  ictAssetUsefulLifeRecordNames,
  internalPolicyRecordNames,
  userRecordNames,
  requestRecordNames,
  holidayRecordNames,
  tenantRecordNames,
];
