import type { Queryable } from '../../platform/db/database';
import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import type { PublicTenant } from './tenant-resolution';
import { findPublicDataset, listPublicDatasetNames, listStewardOrganizations, searchPublicDatasets } from './public-queries';
import { parseFilterQuery, parsePaging, parseSort, toCkanOrganization, toCkanPackage } from './ckan';

export type CkanReply = { status: 200; result: unknown } | { status: 400 | 404 | 409; type: string; message: string };

export interface CkanCall {
  db: Queryable;
  tenant: PublicTenant;
  params: Record<string, string | undefined>;
  locale: Locale;
  downloadUrl: (datasetName: string, resourceId: string) => string;
}

const notFound = (locale: Locale): CkanReply => ({ status: 404, type: 'Not Found Error', message: t(locale, 'open-data.ckan.notFound') });
const invalid = (locale: Locale, field: string): CkanReply => ({ status: 409, type: 'Validation Error', message: t(locale, 'open-data.ckan.invalid', { field }) });

async function packageSearch({ db, tenant, params, locale, downloadUrl }: CkanCall): Promise<CkanReply> {
  const paging = parsePaging(params.rows, params.start);
  if (!paging) return invalid(locale, 'rows/start');
  const filter = parseFilterQuery(params.fq);
  let stewardAgencyId: string | null | undefined;
  if (filter.organization) {
    const orgs = await listStewardOrganizations(db, tenant.id);
    stewardAgencyId = orgs.find((o) => o.name === filter.organization)?.id ?? null;
  }
  const q = params.q && params.q !== '*:*' ? params.q : undefined;
  const { total, items } = await searchPublicDatasets(db, tenant.id, {
    q,
    category: filter.kategori,
    tags: filter.tags,
    format: filter.format,
    stewardAgencyId,
    limit: paging.rows,
    offset: paging.start,
    sort: parseSort(params.sort),
    downloadUrl,
  });
  return { status: 200, result: { count: total, sort: params.sort ?? 'title_string asc', facets: {}, search_facets: {}, results: items.map(toCkanPackage) } };
}

async function packageShow({ db, tenant, params, locale, downloadUrl }: CkanCall): Promise<CkanReply> {
  if (!params.id) return invalid(locale, 'id');
  const record = await findPublicDataset(db, tenant.id, params.id, downloadUrl);
  return record ? { status: 200, result: toCkanPackage(record) } : notFound(locale);
}

async function packageList({ db, tenant, params, locale }: CkanCall): Promise<CkanReply> {
  const paging = parsePaging(params.limit ?? '1000', params.offset);
  if (!paging) return invalid(locale, 'limit/offset');
  return { status: 200, result: await listPublicDatasetNames(db, tenant.id, paging.rows, paging.start) };
}

async function organizationList({ db, tenant, params }: CkanCall): Promise<CkanReply> {
  const orgs = await listStewardOrganizations(db, tenant.id);
  const allFields = params.all_fields === 'true' || params.all_fields === '1';
  return { status: 200, result: allFields ? orgs.map((o) => toCkanOrganization(o, true)) : orgs.map((o) => o.name) };
}

async function organizationShow({ db, tenant, params, locale }: CkanCall): Promise<CkanReply> {
  const orgs = await listStewardOrganizations(db, tenant.id);
  const org = orgs.find((o) => o.name === params.id || o.id === params.id);
  return org ? { status: 200, result: toCkanOrganization(org, true) } : notFound(locale);
}

const statusShow = async ({ tenant }: CkanCall): Promise<CkanReply> => ({
  status: 200,
  result: { ckan_version: '2.10.0', site_title: tenant.name, site_description: '', extensions: [] },
});

export const ckanActions: Record<string, (call: CkanCall) => Promise<CkanReply>> = {
  package_search: packageSearch,
  package_show: packageShow,
  package_list: packageList,
  organization_list: organizationList,
  organization_show: organizationShow,
  status_show: statusShow,
};
