/**
 * The subdomain request's completion effect (src/workflow/types/subdomain.ts, `register_subdomain`):
 * on approval the label becomes a subdomain of the requesting agency, in the same transaction,
 * with the decree the ICT office recorded where Jambi 10/2017 Ps 10(4) asks for one. A name taken
 * in the meantime refuses the approval (SUBDOMAIN_TAKEN).
 */
import { registerRequestEffectHandler } from '../requests/effects';
import { registerSubdomainFromRequest } from './subdomain-service';

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);

registerRequestEffectHandler('register_subdomain', async (tx, ctx, request) => {
  const row = await registerSubdomainFromRequest(tx, ctx, {
    requestId: request.id,
    ownerAgencyId: request.requesterAgencyId,
    name: String(request.fields.name),
    usage: text(request.fields.usage),
    description: text(request.fields.description),
    applicationId: text(request.fields.applicationId),
    decreeRef: text(request.outcome.decreeRef),
  });
  return { subdomainId: row.id, fqdn: row.fqdn };
});
