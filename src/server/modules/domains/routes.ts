import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/context';
import { IdParam, jsonBody, jsonOk, newRouter, problemResponses, sendXlsx, xlsxResponse } from '../../platform/http/route-helpers';
import { authorize } from '../../platform/policy/can';
import { RetireInput } from '../../../shared/common';
import { AuditEntryView } from '../../../shared/audit';
import {
  DomainInput,
  DomainRules,
  DomainUpdate,
  DomainView,
  MailboxInput,
  MailboxView,
  SubdomainInput,
  SubdomainListQuery,
  SubdomainPage,
  SubdomainUpdate,
  SubdomainView,
} from '../../../shared/domains';
import { findEntityHistory } from '../audit-trail/service';
import { createDomain, createMailbox, listDomains, listMailboxes, retireDomain, retireMailbox, updateDomain } from './service';
import { createSubdomain, findDomainRules, getSubdomain, listSubdomains, retireSubdomain, updateSubdomain } from './subdomain-service';
import { exportSubdomains } from './export';
// registers the subdomain request's completion effect with the requests module
import './request-effect';

export function domainRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(
      createRoute({ method: 'get', path: '/domains', tags: ['domains'], summary: "The tenant's domains with their live subdomain counts", responses: { 200: jsonOk(z.array(DomainView)), ...problemResponses } }),
      async (c) => c.json(await listDomains(deps.db, c.get('ctx')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/domains', tags: ['domains'], summary: 'Register a domain (ICT office)', request: jsonBody(DomainInput), responses: { 201: jsonOk(DomainView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createDomain(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'get', path: '/domains/rules', tags: ['domains'], summary: "The tenant's domain and whether each subdomain needs a decree (Jambi 10/2017 Ps 10(4))", responses: { 200: jsonOk(DomainRules), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        authorize(ctx.actor, 'domain.read');
        return c.json(await findDomainRules(deps.db, ctx.tenantId), 200);
      },
    )
    .openapi(
      createRoute({ method: 'patch', path: '/domains/{id}', tags: ['domains'], summary: 'Edit a domain', request: { params: IdParam, ...jsonBody(DomainUpdate) }, responses: { 200: jsonOk(DomainView), ...problemResponses } }),
      async (c) => c.json(await updateDomain(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/domains/{id}/retire', tags: ['domains'], summary: 'Retire a domain that has no live subdomains', request: { params: IdParam, ...jsonBody(RetireInput) }, responses: { 200: jsonOk(DomainView), ...problemResponses } }),
      async (c) => c.json(await retireDomain(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').reason), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/domains/{id}/mailboxes', tags: ['domains'], summary: 'Official mailboxes under a domain', request: { params: IdParam }, responses: { 200: jsonOk(z.array(MailboxView)), ...problemResponses } }),
      async (c) => c.json(await listMailboxes(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/mailboxes', tags: ['domains'], summary: 'Register an official mailbox', request: jsonBody(MailboxInput), responses: { 201: jsonOk(MailboxView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createMailbox(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'post', path: '/mailboxes/{id}/retire', tags: ['domains'], summary: 'Retire a mailbox', request: { params: IdParam, ...jsonBody(RetireInput) }, responses: { 200: jsonOk(MailboxView), ...problemResponses } }),
      async (c) => c.json(await retireMailbox(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').reason), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/subdomains', tags: ['domains'], summary: 'Subdomains: paging, filters, search', request: { query: SubdomainListQuery }, responses: { 200: jsonOk(SubdomainPage), ...problemResponses } }),
      async (c) => c.json(await listSubdomains(deps.db, c.get('ctx'), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/subdomains', tags: ['domains'], summary: 'Register a subdomain under a domain of the tenant', request: jsonBody(SubdomainInput), responses: { 201: jsonOk(SubdomainView, 'Created'), ...problemResponses } }),
      async (c) => c.json(await createSubdomain(deps.db, c.get('ctx'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({ method: 'get', path: '/subdomains/export', tags: ['domains'], summary: 'The filtered subdomain list as an Excel workbook', request: { query: SubdomainListQuery }, responses: { 200: xlsxResponse, ...problemResponses } }),
      async (c) => sendXlsx(c, await exportSubdomains(deps.db, c.get('ctx'), c.req.valid('query')), 'subdomain'),
    )
    .openapi(
      createRoute({ method: 'get', path: '/subdomains/{id}', tags: ['domains'], summary: 'One subdomain', request: { params: IdParam }, responses: { 200: jsonOk(SubdomainView), ...problemResponses } }),
      async (c) => c.json(await getSubdomain(deps.db, c.get('ctx'), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({ method: 'patch', path: '/subdomains/{id}', tags: ['domains'], summary: 'Edit a subdomain (target, owner, application, decree)', request: { params: IdParam, ...jsonBody(SubdomainUpdate) }, responses: { 200: jsonOk(SubdomainView), ...problemResponses } }),
      async (c) => c.json(await updateSubdomain(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({ method: 'post', path: '/subdomains/{id}/retire', tags: ['domains'], summary: 'Retire a subdomain with a reason', request: { params: IdParam, ...jsonBody(RetireInput) }, responses: { 200: jsonOk(SubdomainView), ...problemResponses } }),
      async (c) => c.json(await retireSubdomain(deps.db, c.get('ctx'), c.req.valid('param').id, c.req.valid('json').reason), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/subdomains/{id}/history', tags: ['domains'], summary: 'The audit trail of one subdomain, newest first', request: { params: IdParam }, responses: { 200: jsonOk(z.array(AuditEntryView)), ...problemResponses } }),
      async (c) => {
        const ctx = c.get('ctx');
        const s = await getSubdomain(deps.db, ctx, c.req.valid('param').id);
        return c.json(await findEntityHistory(deps.db, ctx.tenantId, 'subdomain', s.id), 200);
      },
    );
}
