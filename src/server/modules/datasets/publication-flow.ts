import type { PublicationStatus } from '../../../shared/datasets';

export type PublicationAction = 'submit' | 'publish' | 'return' | 'retire';

/**
 * The producer → steward → portal flow of Perpres 39/2019: the producer hands data and
 * metadata to the steward (Ps 22(1) huruf c), the steward checks it against the Satu Data
 * principles (Ps 21(1) huruf a) and either disseminates it (Ps 21(1) huruf b) or returns it
 * with notes; a returned record goes back to the producer. Publishing again after an edit
 * goes through the steward again. Retiring ends the record's life from any live state.
 */
const transitions: Record<PublicationAction, { from: readonly PublicationStatus[]; to: PublicationStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'in_review' },
  publish: { from: ['in_review'], to: 'published' },
  return: { from: ['in_review'], to: 'returned' },
  retire: { from: ['draft', 'in_review', 'returned', 'published'], to: 'retired' },
};

/** The next status, or null when the action is not open from `status`. */
export function nextPublicationStatus(status: PublicationStatus, action: PublicationAction): PublicationStatus | null {
  const t = transitions[action];
  return t.from.includes(status) ? t.to : null;
}

/** A producer's edit of a published record takes it back to review: the portal shows only checked data. */
export function statusAfterEdit(status: PublicationStatus): PublicationStatus {
  return status === 'published' ? 'in_review' : status;
}
