import type { RegulationId } from './types';

/**
 * Application lifecycle (SDLC) stages as each regulation names them. The stage list a
 * tenant uses comes from the regulation in force (see profiles.ts); labels live in the
 * i18n namespace `applications` under `stage.<code>`.
 */
export const sdlcStagesByRegulation: Partial<Record<RegulationId, readonly string[]>> = {
  // Dumai 18/2019 Ps 13(3) huruf a–f
  'dumai-18-2019': [
    'requirements_analysis',
    'system_design',
    'system_build',
    'system_trial',
    'system_implementation',
    'system_maintenance',
  ],
  // Dumai 67/2022 Ps 18(3) huruf a–f
  'dumai-67-2022': ['needs_study', 'design_build', 'implementation', 'feasibility_test', 'maintenance', 'evaluation'],
};

/**
 * Palu 14/2022 and Jambi 10/2017 name no SDLC stages; a tenant under them gets this
 * generic list (no citation: it is Simpul's default, replaceable in the tenant profile).
 */
export const defaultSdlcStages: readonly string[] = ['planning', 'development', 'testing', 'production', 'maintenance'];

export const allSdlcStages: readonly string[] = [
  ...new Set([...Object.values(sdlcStagesByRegulation).flat(), ...defaultSdlcStages]),
];
