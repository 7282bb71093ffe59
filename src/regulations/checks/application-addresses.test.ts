import { describe, expect, it } from 'vitest';
import { buildReadApplication, buildReadModel } from '../testing/build-read-model';
import { checkApplicationUnderCityDomain, isUnderCityDomain } from './application-addresses';

describe('application addresses under the city domain', () => {
  it('Dumai 18/2019 Ps 15(5): a subdomain of dumaikota.go.id is met', () => {
    const model = buildReadModel({
      applications: [
        buildReadApplication({ url: 'https://simpeg.dumaikota.go.id/login' }),
        buildReadApplication({ url: null, subdomain: 'sipd' }),
        buildReadApplication({ url: 'ppid.DumaiKota.go.id' }),
      ],
    });
    expect(checkApplicationUnderCityDomain()(model).status).toBe('met');
  });

  it('Dumai 18/2019 Ps 15(5): an address outside the city domain is not met', () => {
    const app = buildReadApplication({ url: 'https://dumaikota.go.id.example.com' });
    expect(checkApplicationUnderCityDomain()(buildReadModel({ applications: [app] }))).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.addressOutsideCityDomain', params: { host: 'dumaikota.go.id.example.com', domain: 'dumaikota.go.id' } }],
    });
  });

  it('Jambi 10/2017 Ps 10(3): a web application without an address is not met; a mobile one is not concerned', () => {
    const web = buildReadApplication({ url: null, subdomain: null, platforms: ['web'] });
    const mobile = buildReadApplication({ url: null, subdomain: null, platforms: ['mobile'] });
    const base = buildReadModel({ applications: [web, mobile] });
    const model = { ...base, params: { ...base.params, cityDomain: 'jambikota.go.id' } };
    expect(checkApplicationUnderCityDomain()(model)).toMatchObject({
      status: 'not_met',
      missing: [{ messageKey: 'compliance.addressMissing', recordId: web.id, params: { domain: 'jambikota.go.id' } }],
    });
  });

  it('Jambi 10/2017 Ps 10(3): the domain itself and names under it count, look-alikes do not', () => {
    expect(isUnderCityDomain('jambikota.go.id', 'jambikota.go.id')).toBe(true);
    expect(isUnderCityDomain('a.b.jambikota.go.id.', 'jambikota.go.id')).toBe(true);
    expect(isUnderCityDomain('notjambikota.go.id', 'jambikota.go.id')).toBe(false);
  });
});
