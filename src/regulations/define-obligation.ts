import type { Obligation, RegulationId } from './types';

export type ObligationInput = Omit<Obligation, 'id' | 'citation'> & { pasal: string; ayat?: string; huruf?: string };

/**
 * Builds an obligation with its citation and its stable id `<regulation>/<pasal>-<ayat>-<huruf>`
 * (ayat and huruf only when the article has them).
 */
export function defineObligations(regulation: RegulationId, inputs: ObligationInput[]): Obligation[] {
  return inputs.map(({ pasal, ayat, huruf, ...rest }) => ({
    id: `${regulation}/${[pasal, ayat, huruf].filter(Boolean).join('-')}`,
    citation: { regulation, pasal, ...(ayat ? { ayat } : {}), ...(huruf ? { huruf } : {}) },
    ...rest,
  }));
}
