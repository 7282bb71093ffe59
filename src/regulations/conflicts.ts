import type { ObligationConflict } from './types';

/**
 * Obligations in force that contradict each other (types.ts: ObligationConflict). Dumai
 * 18/2019 and Jambi 10/2017 contain none: their slips (two "BAB III", Dumai Ps 8(3) huruf
 * b repeated as c, Ps 13(5)a citing "ayat (4)" for the SDLC of ayat (3)) are numbering or
 * copying errors, not contradictory duties, and they never bind the same tenant.
 */
export const conflicts: readonly ObligationConflict[] = [];
