import type { Regulation } from '../types';
import { dataPeopleObligations } from './data-people';
import { infrastructureApplicationObligations } from './infrastructure-applications';
import { securityReportingObligations } from './security-reporting';

/** Peraturan Walikota Jambi 10/2017, in force 27 March 2017. */
export const jambi102017: Regulation = {
  id: 'jambi-10-2017',
  title: 'Peraturan Walikota Jambi Nomor 10 Tahun 2017 tentang Pemanfaatan Teknologi Informasi dan Komunikasi',
  shortName: 'Perwal Jambi 10/2017',
  sourceFile: '003_40a6ac163353e416.txt',
  obligations: [...infrastructureApplicationObligations, ...dataPeopleObligations, ...securityReportingObligations],
};
