import type { Queryable } from '../../platform/db/database';
import type { Actor } from '../../platform/policy/actor';
import { can } from '../../platform/policy/can';
import { findEntityHistory } from '../audit-trail/service';
import type { DatasetRow } from './presenter';

// What the record view withholds from a reader without dataset.readContent, and so the history does too.
const contentFields = ['identifierSamples'] as const;

function withoutContent(state: unknown): unknown {
  if (!state || typeof state !== 'object' || Array.isArray(state)) return state;
  const copy = { ...(state as Record<string, unknown>) };
  for (const field of contentFields) delete copy[field];
  return copy;
}

/**
 * A dataset's audit trail with the same permission as the record read: a reader who may not
 * see the content (Dumai 18/2019 Ps 11(7)) sees that resources changed, not their names,
 * addresses, files or SHA-256, nor the identifier samples.
 */
export async function findDatasetHistory(db: Queryable, tenantId: string, dataset: DatasetRow, actor: Actor | null) {
  const entries = await findEntityHistory(db, tenantId, 'dataset', dataset.id);
  if (can(actor, 'dataset.readContent', dataset)) return entries;
  return entries.map(withholdDatasetContent);
}

/** An entry of a dataset as a reader without dataset.readContent sees it (the history and the whole trail alike). */
export function withholdDatasetContent<E extends { action: string; before: unknown; after: unknown }>(entry: E): E {
  return entry.action.startsWith('dataset.resource.')
    ? { ...entry, before: null, after: null }
    : { ...entry, before: withoutContent(entry.before), after: withoutContent(entry.after) };
}
