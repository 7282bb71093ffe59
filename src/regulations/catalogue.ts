import { dumai182019 } from './dumai-18-2019';
import { dumai672022 } from './dumai-67-2022';
import { jambi102017 } from './jambi-10-2017';
import { palu142022 } from './palu-14-2022';
import type { Obligation, Regulation } from './types';

/** Every regulation Simpul knows, with its obligations. */
export const regulations: readonly Regulation[] = [dumai182019, palu142022, dumai672022, jambi102017];

const obligationsById = new Map<string, Obligation>(regulations.flatMap((r) => r.obligations.map((o) => [o.id, o] as const)));

export function findObligation(id: string): Obligation | undefined {
  return obligationsById.get(id);
}
