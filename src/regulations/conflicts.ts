import type { ObligationConflict } from './types';

/**
 * Obligations in force that contradict each other (types.ts: ObligationConflict). The engine
 * evaluates the stricter one and reports the weaker one with its status, showing both
 * citations. Dumai 18/2019 and Jambi 10/2017 contain none: their slips (two "BAB III", Dumai
 * Ps 8(3) huruf b repeated as c, Ps 13(5)a citing "ayat (4)" for the SDLC of ayat (3)) are
 * numbering or copying errors, not contradictory duties, and they never bind the same tenant.
 * Palu 14/2022 contains none either (its Ps 13 and Ps 19 repeat each other without
 * contradiction). Dumai 67/2022's body and its Lampiran disagree in five places.
 */
export const conflicts: readonly ObligationConflict[] = [
  {
    // Dumai 67/2022 Ps 31(3): ICT audit at least once in 2 years; Lampiran I: "Audit TIK dilaksanakan setiap tahun"
    id: 'dumai-67-2022/ict-audit-cadence',
    stricter: 'dumai-67-2022/lampiran-I-I-annual-audit',
    weaker: 'dumai-67-2022/31-3',
    noteKey: 'reg-dumai-67-2022.conflict.ictAuditCadence',
  },
  {
    // Ps 31(1)-(2): an auditor team set by mayor's decree under the internal-control unit (Inspektorat);
    // Lampiran I: the ICT unit coordinates, together with the Inspektorat. The decree-appointed team
    // under the Inspektorat is the more demanding arrangement.
    id: 'dumai-67-2022/ict-audit-coordination',
    stricter: 'dumai-67-2022/31-1',
    weaker: 'dumai-67-2022/lampiran-I-I-coordination',
    noteKey: 'reg-dumai-67-2022.conflict.ictAuditCoordination',
  },
  {
    // Ps 33(5): an internal assessor team "dibentuk" by decree; Lampiran J: the team "dapat membentuk" one
    id: 'dumai-67-2022/assessor-team',
    stricter: 'dumai-67-2022/33-5',
    weaker: 'dumai-67-2022/lampiran-I-J-assessor-team',
    noteKey: 'reg-dumai-67-2022.conflict.assessorTeam',
  },
  {
    // Ps 17(1): the national data centre must be used once available; Lampiran E: the city's data
    // centre may be self-run "dan/ atau" use the national one
    id: 'dumai-67-2022/national-data-center',
    stricter: 'dumai-67-2022/17-1',
    weaker: 'dumai-67-2022/lampiran-I-E-provision',
    noteKey: 'reg-dumai-67-2022.conflict.nationalDataCenter',
  },
  {
    // Ps 18(3): six SDLC stages ending in feasibility testing, maintenance and evaluation;
    // Lampiran D: five (planning, analysis, design, implementation, maintenance) with no testing.
    // The body's list, which includes testing and evaluation, governs the stages on record.
    id: 'dumai-67-2022/sdlc-stages',
    stricter: 'dumai-67-2022/18-3',
    weaker: 'dumai-67-2022/lampiran-I-D-guideline-content',
    noteKey: 'reg-dumai-67-2022.conflict.sdlcStages',
  },
];
