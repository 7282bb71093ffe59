import type { CheckResult, ComplianceReadModel, Finding, ReadSubdomain } from '../types';
import { isUnderCityDomain } from './application-addresses';
import { emptyRegistry, notMeasurable, summarizeFindings } from './check-result';
import { isAgencyActive } from './scope';

function describeSubdomain(subdomain: ReadSubdomain, messageKey: string, params: Record<string, string> = {}): Finding {
  return { messageKey, params: { subdomain: subdomain.name, ...params }, agencyId: subdomain.ownerAgencyId, recordType: 'subdomain', recordId: subdomain.id };
}

function checkEachSubdomain(
  inspect: (subdomain: ReadSubdomain, model: ComplianceReadModel) => Finding | undefined,
  remedyKey: string,
): (model: ComplianceReadModel) => CheckResult {
  return (model) => {
    if (!model.domains) return notMeasurable('domain_registry');
    const active = model.domains.filter((s) => s.status === 'active' && isAgencyActive(model, s.ownerAgencyId));
    if (active.length === 0) return emptyRegistry(model, 'domains', 'domain_registry');
    const missing = active.map((s) => inspect(s, model)).filter((f): f is Finding => f !== undefined);
    return summarizeFindings({
      missing,
      evidence: [{ messageKey: 'compliance.evidence.subdomainsChecked', params: { count: active.length } }],
      remedyKey,
    });
  };
}

/** Dumai 18/2019 Ps 15(5), Jambi 10/2017 Ps 10(3): every registered subdomain is integrated with the city domain. */
export function checkSubdomainsUnderCityDomain(): (model: ComplianceReadModel) => CheckResult {
  return checkEachSubdomain(
    (s, model) =>
      isUnderCityDomain(s.name.includes('.') ? s.name : `${s.name}.${model.params.cityDomain}`, model.params.cityDomain)
        ? undefined
        : describeSubdomain(s, 'compliance.subdomainOutsideCityDomain', { domain: model.params.cityDomain }),
    'compliance.remedy.moveToCityDomain',
  );
}

/** Jambi 10/2017 Ps 10(4): the use of each subdomain is set by a mayor's decree. */
export function checkSubdomainsDecreed(): (model: ComplianceReadModel) => CheckResult {
  return checkEachSubdomain(
    (s) => (s.decreeRef?.trim() ? undefined : describeSubdomain(s, 'compliance.subdomainDecreeMissing')),
    'compliance.remedy.recordSubdomainDecree',
  );
}
