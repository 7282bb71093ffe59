import { regulations } from '../../../regulations/catalogue';
import { conflicts } from '../../../regulations/conflicts';
import { applyAttestations } from '../../../regulations/apply-attestations';
import { evaluateCompliance, type ObligationResult } from '../../../regulations/engine';
import { regulationsInForce } from '../../../regulations/profiles';
import type { RegulationId } from '../../../regulations/types';
import type { Queryable } from '../../platform/db/database';
import { assembleReadModel, type TenantReadModel } from './read-model';

export interface TenantEvaluation extends TenantReadModel {
  inForce: RegulationId[];
  results: ObligationResult[];
}

/**
 * Every obligation in force for the tenant on `asOf`, evaluated over its read model; then an
 * obligation no data can show takes its accepted attestations (apply-attestations.ts).
 */
export async function evaluateTenant(db: Queryable, tenantId: string, asOf: string): Promise<TenantEvaluation> {
  const read = await assembleReadModel(db, tenantId, asOf);
  const results = applyAttestations(evaluateCompliance({ profile: read.profile, model: read.model, regulations, conflicts }), read.model);
  return { ...read, inForce: regulationsInForce(read.profile, asOf), results };
}

/** Today as the compliance pages default to it (YYYY-MM-DD). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
