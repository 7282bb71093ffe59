import type { z } from 'zod';
import type { RegulationEntry } from '../../shared/tenants';

/**
 * The city the demo imitates: Kota Dumai (Kemendagri code 14.72, domain dumaikota.go.id),
 * with its two SPBE regulations. The structure is the city's; every application, account
 * and date in the demo is fictional.
 */
export const demoCity = {
  name: '[DEMO] Pemerintah Kota Dumai',
  kind: 'kota' as const,
  regionCode: '14.72',
  domain: 'dumaikota.go.id',
  /** seed of the PRNG that varies hosting, dates and funding: the same demo on every run */
  seed: 1472,
};

/**
 * The profile at setup: Dumai 18/2019 alone. Dumai 67/2022 is then added as its replacement
 * (demo-settings.ts), which ends 18/2019 on 30 June 2022 (Dumai 67/2022 Ps 34).
 */
export const demoRegulations: z.infer<typeof RegulationEntry>[] = [{ regulation: 'dumai-18-2019', effectiveFrom: '2019-04-29', effectiveUntil: null }];

export const demoEmail = (mailbox: string) => `${mailbox}@${demoCity.domain}`;
