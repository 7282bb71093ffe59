import type { z } from 'zod';
import type { DB } from '../platform/db/database';
import type { RequestContext } from '../platform/context';
import { IctAssetInput } from '../../shared/ict-assets';
import { createIctAsset } from '../modules/ict-assets/service';

let counter = 0;

/** A laptop of `agencyId` bought in 2023, good condition; overrides for the rest. */
export function buildIctAssetInput(agencyId: string, overrides: Partial<z.input<typeof IctAssetInput>> = {}): IctAssetInput {
  const n = ++counter;
  return IctAssetInput.parse({
    agencyId,
    category: 'laptop',
    brand: 'Lenovo',
    model: 'ThinkPad E14 Gen 5',
    serialNumber: `PF4U${String(n).padStart(5, '0')}`,
    itemCode: '1.3.2.10.02.03.001',
    registerNumber: String(n).padStart(4, '0'),
    acquiredOn: '2023-03-15',
    acquisitionValue: 14_500_000,
    fundingSource: 'apbd',
    condition: 'good',
    ...overrides,
  });
}

export async function createTestIctAsset(db: DB, ctx: RequestContext, agencyId: string, overrides: Partial<z.input<typeof IctAssetInput>> = {}) {
  return createIctAsset(db, ctx, buildIctAssetInput(agencyId, overrides));
}
