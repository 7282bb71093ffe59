import type { RequestSnapshot } from '../../../workflow/types';
import type { RequestRow } from './queries';

export interface AgencyRow {
  id: string;
  name: string;
  specialRoles: string[];
  status: string;
  ictSelfReliant: boolean;
}

/** The request as the engine sees it. */
export function toSnapshot(row: RequestRow, agencies: ReadonlyMap<string, AgencyRow>, attachmentCount: number): RequestSnapshot {
  return {
    type: row.type,
    state: row.state,
    requesterUserId: row.requesterUserId,
    requesterAgencyId: row.requesterAgencyId,
    requesterAgencyIctSelfReliant: agencies.get(row.requesterAgencyId)?.ictSelfReliant ?? false,
    stewardAgencyId: row.stewardAgencyId,
    fields: row.fields as Record<string, unknown>,
    outcome: row.outcome as Record<string, unknown>,
    attachmentCount,
    dueAt: row.dueAt,
  };
}

// The field that names a request in a list, per type.
const titleFields: Record<string, string[]> = {
  data_access: ['requestedData', 'kind'],
  technical_recommendation: ['title'],
  subdomain: ['name'],
  site_unblock: ['url'],
};

/** A short line for lists: the field that names the request, or the first text field. */
export function describeRequest(type: string, fields: Record<string, unknown>): string {
  const path = titleFields[type];
  const named = path?.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), fields);
  const value = typeof named === 'string' ? named : Object.values(fields).find((v): v is string => typeof v === 'string');
  return (value ?? '').trim().slice(0, 200);
}
