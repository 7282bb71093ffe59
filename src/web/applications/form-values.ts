import type { Application, ApplicationValues } from './api';

/** The form's starting values: a new application, or an existing one's fields. */
export function initialValues(app?: Application): ApplicationValues {
  return {
    name: app?.name ?? '',
    description: app?.description ?? '',
    ownerAgencyId: app?.ownerAgencyId ?? '',
    operatorAgencyId: app?.operatorAgencyId ?? null,
    kind: app?.kind ?? 'specific',
    commonCategory: app?.commonCategory ?? null,
    businessFunction: app?.businessFunction ?? '',
    stage: app?.stage ?? '',
    platforms: app?.platforms ?? ['web'],
    url: app?.url ?? null,
    subdomain: app?.subdomain ?? null,
    hosting: app?.hosting ?? null,
    repositoryLocation: app?.repositoryLocation ?? null,
    licence: app?.licence ?? null,
    copyrightOwner: app?.copyrightOwner ?? null,
    fundingSource: app?.fundingSource ?? null,
    supplier: app?.supplier ?? null,
    sso: app?.sso ?? false,
    ictOfficeSuperAdmin: app?.ictOfficeSuperAdmin ?? false,
    hasCertificate: app?.hasCertificate ?? false,
    certificateExpiresAt: app?.certificateExpiresAt ?? null,
    apisProvided: app?.apisProvided ?? [],
    apisUsed: app?.apisUsed ?? [],
    lastServiceEvaluationAt: app?.lastServiceEvaluationAt ?? null,
    recommendationRef: app?.recommendationRef ?? null,
    duplicateJustification: app?.duplicateJustification ?? null,
    specificConditions: app?.specificConditions ?? null,
  };
}

const optionalText = ['url', 'subdomain', 'repositoryLocation', 'licence', 'copyrightOwner', 'certificateExpiresAt', 'lastServiceEvaluationAt', 'recommendationRef', 'duplicateJustification'] as const;

/** Empty optional inputs are sent as null, as the API expects. */
export function toPayload(values: ApplicationValues): ApplicationValues {
  const out: ApplicationValues = { ...values };
  for (const key of optionalText) {
    const v = out[key];
    if (typeof v === 'string' && v.trim() === '') out[key] = null;
  }
  if (!out.operatorAgencyId) out.operatorAgencyId = null;
  if (!out.hasCertificate) out.certificateExpiresAt = null;
  return out;
}
