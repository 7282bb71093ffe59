import type { z } from 'zod';
import { MailboxInput, SubdomainInput } from '../../shared/domains';

let counter = 0;

/** A subdomain of the tenant's own domain, owned by `ownerAgencyId`. */
export function buildSubdomainInput(ownerAgencyId: string, overrides: Partial<z.input<typeof SubdomainInput>> = {}): SubdomainInput {
  const n = ++counter;
  return SubdomainInput.parse({ name: `layanan${n}`, ownerAgencyId, usage: 'spbe_application', description: `Layanan uji ${n}`, ...overrides });
}

/** An official mailbox under `domainId`. */
export function buildMailboxInput(domainId: string, ownerAgencyId: string, overrides: Partial<z.input<typeof MailboxInput>> = {}): z.infer<typeof MailboxInput> {
  const n = ++counter;
  return MailboxInput.parse({ domainId, localPart: `kotak${n}`, ownerAgencyId, holderName: null, ...overrides });
}
