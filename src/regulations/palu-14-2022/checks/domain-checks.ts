import { checkEach } from '../../checks/check-each';
import type { CheckResult, ComplianceReadModel } from '../../types';

const ns = 'reg-palu-14-2022';

export function isUnderDomain(name: string, cityDomain: string): boolean {
  const host = name.toLowerCase().replace(/\.$/, '');
  const city = cityDomain.toLowerCase();
  return host === city || host.endsWith(`.${city}`);
}

/** Palu 14/2022 Ps 18(1): every subdomain an agency runs is a subdomain of palukota.go.id. */
export function checkSubdomainsUnderCityDomain(model: ComplianceReadModel): CheckResult {
  if (!model.domains) return { status: 'not_measurable', needs: 'domain_registry' };
  const { cityDomain } = model.params;
  return checkEach(
    model.domains.filter((d) => d.status === 'active'),
    (d) => isUnderDomain(d.name, cityDomain),
    (d, met) => ({
      messageKey: `${ns}.finding.${met ? 'subdomainUnderCityDomain' : 'subdomainOutsideCityDomain'}`,
      params: { subdomain: d.name, cityDomain },
      agencyId: d.ownerAgencyId,
      recordType: 'subdomain',
      recordId: d.id,
    }),
    `${ns}.remedy.moveUnderCityDomain`,
  );
}
