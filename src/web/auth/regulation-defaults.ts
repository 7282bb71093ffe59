import type { regulationIds } from '../../shared/tenants';

type RegulationId = (typeof regulationIds)[number];

/** The regulations' own dates, offered as defaults on first-run setup. */
export const regulationDefaults: Record<RegulationId, { effectiveFrom: string; effectiveUntil: string | null }> = {
  // Dumai 18/2019: in force on promulgation 29 April 2019, revoked by Dumai 67/2022 Ps 34
  'dumai-18-2019': { effectiveFrom: '2019-04-29', effectiveUntil: '2022-06-30' },
  'palu-14-2022': { effectiveFrom: '2022-01-01', effectiveUntil: null },
  'dumai-67-2022': { effectiveFrom: '2022-07-01', effectiveUntil: null },
  'jambi-10-2017': { effectiveFrom: '2017-03-27', effectiveUntil: null },
};
