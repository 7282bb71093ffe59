import type { DB } from '../platform/db/database';
import type { RequestContext } from '../platform/context';
import { setHandoverItem } from '../modules/applications/handover-service';
import { requiredHandoverDocuments } from '../../regulations/handover-documents';
import type { RegulationId } from '../../regulations/types';

/** Dumai's profile: 18/2019 from 29 April 2019, revoked by 67/2022 from 1 July 2022 (Dumai 67/2022 Ps 34). */
export const dumaiRegulations = [
  { regulation: 'dumai-18-2019' as const, effectiveFrom: '2019-04-29', effectiveUntil: null },
  { regulation: 'dumai-67-2022' as const, effectiveFrom: '2022-07-01', effectiveUntil: null },
];

/** Marks handover documents delivered on paper, through the registry's own service. */
export async function deliverHandoverDocuments(db: DB, ctx: RequestContext, applicationId: string, codes: readonly string[], deliveredAt = '2024-01-02') {
  for (const code of codes) await setHandoverItem(db, ctx, applicationId, code, { delivered: true, deliveredAt, note: null });
}

/** Every handover document the given regulations require, except `except`. */
export function handoverCodesExcept(regulations: readonly RegulationId[], except: readonly string[] = []): string[] {
  return requiredHandoverDocuments(regulations).filter((code) => !except.includes(code));
}
