import type { ProfileParams, RegulationId } from './types';

/**
 * Parameters each regulation sets beyond SDLC stages and handover documents (which have
 * their own tables), e.g. its ICT audit cadence. resolveParams takes the stricter value
 * over the regulations in force. Dumai 18/2019 and Jambi 10/2017 set no audit cadence.
 */
export const regulationParams: Partial<Record<RegulationId, Partial<ProfileParams>>> = {};
