/**
 * A requested subdomain is one DNS label under the tenant's domain: Palu 14/2022 Ps 18(1)
 * ("sub domain dari palukota.go.id"), Jambi 10/2017 Ps 10(3) ("terintegrasi dengan domain
 * jambikota.go.id"), Dumai 18/2019 Ps 15(5) ("terintegrasi dengan domain dumaikota.go.id").
 * The syntax is the host-name rule of RFC 1123 §2.1 (letters, digits, hyphens; no hyphen
 * at either end; at most 63 characters a label, 253 a name).
 */

export const subdomainNameErrors = [
  'SUBDOMAIN_NAME_EMPTY',
  'SUBDOMAIN_NAME_INVALID_CHARACTERS',
  'SUBDOMAIN_NAME_HYPHEN_AT_EDGE',
  'SUBDOMAIN_NAME_RESERVED_HYPHENS',
  'SUBDOMAIN_NAME_LABEL_TOO_LONG',
  'SUBDOMAIN_NAME_TOO_LONG',
  'SUBDOMAIN_NAME_NOT_UNDER_TENANT_DOMAIN',
  'SUBDOMAIN_NAME_NOT_SINGLE_LABEL',
  'SUBDOMAIN_TENANT_DOMAIN_INVALID',
] as const;

export type SubdomainNameError = (typeof subdomainNameErrors)[number];

const maxLabelLength = 63;
const maxNameLength = 253;
const labelCharacters = /^[a-z0-9-]+$/;

/** Trim, lower-case (DNS names are case-insensitive) and drop a trailing root dot. */
function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** The label a person asked for, whether they typed "disdik" or "disdik.palukota.go.id". */
export function toSubdomainLabel(name: string, tenantDomain: string): string {
  const n = normalise(name);
  const suffix = `.${normalise(tenantDomain)}`;
  return n.endsWith(suffix) ? n.slice(0, -suffix.length) : n;
}

export function validateSubdomainName(name: string, tenantDomain: string): SubdomainNameError | null {
  const domain = normalise(tenantDomain);
  if (domain === '' || !domain.includes('.') || domain.split('.').some((l) => checkLabel(l) !== null)) {
    return 'SUBDOMAIN_TENANT_DOMAIN_INVALID';
  }
  const n = normalise(name);
  if (n === '' || n === domain) return 'SUBDOMAIN_NAME_EMPTY';
  if (n.includes('.') && !n.endsWith(`.${domain}`)) return 'SUBDOMAIN_NAME_NOT_UNDER_TENANT_DOMAIN';
  const label = toSubdomainLabel(n, domain);
  if (label.includes('.')) return 'SUBDOMAIN_NAME_NOT_SINGLE_LABEL';
  const labelError = checkLabel(label);
  if (labelError) return labelError;
  if (label.length + 1 + domain.length > maxNameLength) return 'SUBDOMAIN_NAME_TOO_LONG';
  return null;
}

function checkLabel(label: string): SubdomainNameError | null {
  if (label === '') return 'SUBDOMAIN_NAME_EMPTY';
  if (label.length > maxLabelLength) return 'SUBDOMAIN_NAME_LABEL_TOO_LONG';
  if (!labelCharacters.test(label)) return 'SUBDOMAIN_NAME_INVALID_CHARACTERS';
  if (label.startsWith('-') || label.endsWith('-')) return 'SUBDOMAIN_NAME_HYPHEN_AT_EDGE';
  // RFC 5891 §4.2.3.1: "--" in the third and fourth places is kept for IDN A-labels (xn--).
  if (label.slice(2, 4) === '--') return 'SUBDOMAIN_NAME_RESERVED_HYPHENS';
  return null;
}
