import type { Queryable } from '../../platform/db/database';
import { findRegulationProfile } from '../tenants/service';
import { regulationsInForce } from '../../../regulations/profiles';
import { deriveRequestTypeParams, findRequestType, listRequestTypes, type RequestTypeParams } from '../../../workflow/types/index';
import type { RequestTypeDefinition } from '../../../workflow/types';
import { AppError } from '../../platform/errors';

/** The request types as the tenant's regulations in force on `date` shape them. */
export async function findRequestTypeParams(db: Queryable, tenantId: string, date: string): Promise<RequestTypeParams> {
  const profile = await findRegulationProfile(db, tenantId);
  return deriveRequestTypeParams(regulationsInForce(profile, date), profile.cityDomain);
}

export async function listTenantRequestTypes(db: Queryable, tenantId: string, date: string): Promise<RequestTypeDefinition[]> {
  return listRequestTypes(await findRequestTypeParams(db, tenantId, date));
}

export async function findTenantRequestType(db: Queryable, tenantId: string, code: string, date: string): Promise<RequestTypeDefinition> {
  const def = findRequestType(code, await findRequestTypeParams(db, tenantId, date));
  if (!def) throw new AppError('REQUEST_TYPE_UNKNOWN', 422, { type: code }, { type: 'REQUEST_TYPE_UNKNOWN' });
  return def;
}

/** Letter number prefixes, one per type (surat permohonan numbering); REQ for any other. */
const numberPrefixes: Record<string, string> = {
  data_access: 'PPD',
  technical_recommendation: 'PRT',
  subdomain: 'PSD',
  site_unblock: 'PAS',
};

export function numberPrefixOf(type: string): string {
  return numberPrefixes[type] ?? 'REQ';
}
