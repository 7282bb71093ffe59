import type { ReadApplication } from '../types';
import { checkEachApplication, describeApplication, type ApplicationCheck } from './each-application';
import { isInService } from './scope';

/** True when `host` is the city domain itself or a name under it. */
export function isUnderCityDomain(host: string, cityDomain: string): boolean {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  const d = cityDomain.trim().toLowerCase().replace(/\.$/, '');
  return h === d || h.endsWith(`.${d}`);
}

/** The host of an application's address: the URL's host, or the recorded subdomain. */
function findApplicationHost(app: ReadApplication, cityDomain: string): string | null {
  if (app.url?.trim()) {
    const raw = app.url.trim();
    try {
      return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`).hostname;
    } catch {
      return raw;
    }
  }
  if (app.subdomain?.trim()) {
    // A bare label ("simpeg") is recorded relative to the city domain.
    const sub = app.subdomain.trim();
    return sub.includes('.') ? sub : `${sub}.${cityDomain}`;
  }
  return null;
}

/**
 * Dumai 18/2019 Ps 15(5), Jambi 10/2017 Ps 10(3), Palu 14/2022 Ps 18: an application's
 * address is a subdomain of the tenant's city domain (`params.cityDomain`). A web
 * application with no address recorded is a gap; a mobile-only one without an address is
 * not concerned.
 */
export function checkApplicationUnderCityDomain(): ApplicationCheck {
  return checkEachApplication({
    applies: isInService,
    inspect: (app, model) => {
      const { cityDomain } = model.params;
      const host = findApplicationHost(app, cityDomain);
      if (!host) {
        return app.platforms.includes('web')
          ? { missing: describeApplication(app, 'compliance.addressMissing', { domain: cityDomain }) }
          : undefined;
      }
      return isUnderCityDomain(host, cityDomain)
        ? undefined
        : { missing: describeApplication(app, 'compliance.addressOutsideCityDomain', { host, domain: cityDomain }) };
    },
    remedyKey: 'compliance.remedy.moveToCityDomain',
  });
}
