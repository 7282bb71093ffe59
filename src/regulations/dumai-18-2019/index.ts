import type { Regulation } from '../types';
import { financingSupervisionObligations } from './financing-supervision';
import { informationApplicationObligations } from './information-applications';
import { informationDataObligations } from './information-data';
import { infrastructureObligations } from './infrastructure';
import { organisationObligations } from './organisation';
import { planningPolicyObligations } from './planning-policy';

/** Peraturan Walikota Dumai 18/2019, in force 29 April 2019, revoked by Dumai 67/2022 Ps 34. */
export const dumai182019: Regulation = {
  id: 'dumai-18-2019',
  title: 'Peraturan Walikota Dumai Nomor 18 Tahun 2019 tentang Tata Kelola Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di Lingkungan Pemerintah Kota Dumai',
  shortName: 'Perwako Dumai 18/2019',
  sourceFile: '000_bcd32a35b9edb7c4.txt',
  obligations: [
    ...planningPolicyObligations,
    ...organisationObligations,
    ...informationDataObligations,
    ...informationApplicationObligations,
    ...infrastructureObligations,
    ...financingSupervisionObligations,
  ],
};
