import type { RegulationProfile } from '../profiles';

/** Dumai: 18/2019 from 29 April 2019 with no end date; 67/2022 from 1 July 2022 revokes it (Ps 34). */
export const dumaiProfile: RegulationProfile = {
  entries: [
    { regulation: 'dumai-18-2019', effectiveFrom: '2019-04-29', effectiveUntil: null },
    { regulation: 'dumai-67-2022', effectiveFrom: '2022-07-01', effectiveUntil: null },
  ],
  cityDomain: 'dumaikota.go.id',
};

export const jambiProfile: RegulationProfile = {
  entries: [{ regulation: 'jambi-10-2017', effectiveFrom: '2017-03-27', effectiveUntil: null }],
  cityDomain: 'jambikota.go.id',
};

/** Dumai as profiled before 67/2022 was entered: 18/2019 alone, so it is in force on any later date. */
export const dumai2019Profile: RegulationProfile = {
  entries: [{ regulation: 'dumai-18-2019', effectiveFrom: '2019-04-29', effectiveUntil: null }],
  cityDomain: 'dumaikota.go.id',
};
