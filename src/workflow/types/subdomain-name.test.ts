import { describe, expect, it } from 'vitest';
import { toSubdomainLabel, validateSubdomainName } from './subdomain-name';

describe('validateSubdomainName', () => {
  const valid = [
    ['disdik', 'palukota.go.id'],
    ['dinas-kesehatan', 'palukota.go.id'],
    ['ppid2024', 'jambikota.go.id'],
    ['DISDIK', 'palukota.go.id'],
    ['disdik.palukota.go.id', 'palukota.go.id'],
    ['disdik.palukota.go.id.', 'palukota.go.id'],
    ['a'.repeat(63), 'dumaikota.go.id'],
  ] as const;
  for (const [name, domain] of valid) {
    it(`Palu 14/2022 Ps 18(1), Jambi 10/2017 Ps 10(3): "${name}" under ${domain} is valid`, () => {
      expect(validateSubdomainName(name, domain)).toBeNull();
    });
  }

  const invalid = [
    ['', 'SUBDOMAIN_NAME_EMPTY'],
    ['  ', 'SUBDOMAIN_NAME_EMPTY'],
    ['palukota.go.id', 'SUBDOMAIN_NAME_EMPTY'],
    ['dinas_kesehatan', 'SUBDOMAIN_NAME_INVALID_CHARACTERS'],
    ['dinas kesehatan', 'SUBDOMAIN_NAME_INVALID_CHARACTERS'],
    ['pendidikan!', 'SUBDOMAIN_NAME_INVALID_CHARACTERS'],
    ['-disdik', 'SUBDOMAIN_NAME_HYPHEN_AT_EDGE'],
    ['disdik-', 'SUBDOMAIN_NAME_HYPHEN_AT_EDGE'],
    ['ab--cd', 'SUBDOMAIN_NAME_RESERVED_HYPHENS'],
    ['a'.repeat(64), 'SUBDOMAIN_NAME_LABEL_TOO_LONG'],
    ['disdik.jambikota.go.id', 'SUBDOMAIN_NAME_NOT_UNDER_TENANT_DOMAIN'],
    ['disdik.palukota.go.id.evil.com', 'SUBDOMAIN_NAME_NOT_UNDER_TENANT_DOMAIN'],
    ['disdikpalukota.go.id', 'SUBDOMAIN_NAME_NOT_UNDER_TENANT_DOMAIN'],
    ['api.disdik.palukota.go.id', 'SUBDOMAIN_NAME_NOT_SINGLE_LABEL'],
  ] as const;
  for (const [name, code] of invalid) {
    it(`Palu 14/2022 Ps 18(1): "${name}" under palukota.go.id is refused with ${code}`, () => {
      expect(validateSubdomainName(name, 'palukota.go.id')).toBe(code);
    });
  }

  it('Dumai 18/2019 Ps 15(5): a full name longer than 253 characters is refused', () => {
    const longDomain = `${'b'.repeat(62)}.${'c'.repeat(62)}.${'d'.repeat(62)}.go.id`; // 194 characters
    expect(validateSubdomainName('a'.repeat(63), longDomain)).toBe('SUBDOMAIN_NAME_TOO_LONG');
  });

  it('Jambi 10/2017 Ps 10(2): a tenant domain that is not a domain is reported as such', () => {
    expect(validateSubdomainName('disdik', 'jambikota')).toBe('SUBDOMAIN_TENANT_DOMAIN_INVALID');
    expect(validateSubdomainName('disdik', '')).toBe('SUBDOMAIN_TENANT_DOMAIN_INVALID');
  });

  it('Palu 14/2022 Ps 18(1): the label is what remains of a full name under the tenant domain', () => {
    expect(toSubdomainLabel(' Disdik.PaluKota.go.id. ', 'palukota.go.id')).toBe('disdik');
    expect(toSubdomainLabel('disdik', 'palukota.go.id')).toBe('disdik');
  });
});
