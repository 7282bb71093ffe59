import { toDay } from './checks/dates';
import { requiredHandoverDocuments } from './handover-documents';
import { defaultPeriodicReadingMonths } from './periodic-reading';
import { coordinatingRoles, regulationParams } from './regulation-params';
import { revocations } from './revocations';
import { defaultSdlcStages, sdlcStagesByRegulation } from './sdlc-stages';
import type { ProfileParams, RegulationId } from './types';

export interface RegulationProfileEntry {
  regulation: RegulationId;
  /** ISO date the regulation starts to bind the tenant */
  effectiveFrom: string;
  /** last ISO date it binds (inclusive); null while in force */
  effectiveUntil: string | null;
}

/** How many months the tenant's administrator reads "secara periodik" as, recorded with who and when. */
export interface PeriodicReading {
  months: number;
  setByName: string | null;
  setAt: string | null;
}

/** The regulations a tenant follows, with their dates (GLOSSARY: regulationProfile). */
export interface RegulationProfile {
  entries: RegulationProfileEntry[];
  cityDomain: string;
  /** the tenant's reading of "secara periodik", with who set it and when; absent: Simpul's default */
  periodicReading?: PeriodicReading | null;
  overrides?: Partial<ProfileParams>;
}

/**
 * The day a revocation in the profile ends an entry: a revoked regulation stops where the
 * revoking one starts, even when the profile gives it no end date (Dumai 67/2022 Ps 34).
 */
function findRevocationStart(profile: RegulationProfile, regulation: RegulationId): string | undefined {
  const starts = revocations
    .filter((r) => r.revoked === regulation)
    .flatMap((r) => profile.entries.filter((e) => e.regulation === r.revoking).map((e) => toDay(e.effectiveFrom)));
  return starts.sort()[0];
}

function isInForce(profile: RegulationProfile, entry: RegulationProfileEntry, day: string): boolean {
  if (toDay(entry.effectiveFrom) > day) return false;
  if (entry.effectiveUntil !== null && toDay(entry.effectiveUntil) < day) return false;
  const revokedFrom = findRevocationStart(profile, entry.regulation);
  return revokedFrom === undefined || day < revokedFrom;
}

/** The regulations binding the tenant on `isoDate`, most recently started first. */
export function regulationsInForce(profile: RegulationProfile, isoDate: string): RegulationId[] {
  const day = toDay(isoDate);
  const entries = profile.entries.filter((e) => isInForce(profile, e, day));
  entries.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0));
  return [...new Set(entries.map((e) => e.regulation))];
}

/** Stricter of two cadences: the smaller number of months. */
function mergeAuditCadence(inForce: RegulationId[], table: typeof regulationParams): ProfileParams['auditCadenceMonths'] {
  const merged: ProfileParams['auditCadenceMonths'] = {};
  for (const regulation of inForce) {
    const cadence = table[regulation]?.auditCadenceMonths ?? {};
    for (const [scope, months] of Object.entries(cadence) as [keyof typeof cadence, number][]) {
      const current = merged[scope];
      merged[scope] = current === undefined ? months : Math.min(current, months);
    }
  }
  return merged;
}

/** The roles every regulation in force names for each area; where two name different roles, all are needed. */
export function mergeCoordinatingRoles(inForce: readonly RegulationId[], table = coordinatingRoles): ProfileParams['coordinatingRoles'] {
  const merged: Record<string, string[]> = {};
  for (const regulation of inForce) {
    for (const [area, entry] of Object.entries(table[regulation] ?? {})) {
      if (!entry) continue;
      merged[area] = [...new Set([...(merged[area] ?? []), ...entry.roles])];
    }
  }
  return merged;
}

/**
 * The parameters the checks read on `isoDate`: SDLC stages from the regulation in force
 * that names them (the most recent one if several do; Simpul's default list otherwise),
 * the union of required handover documents, the stricter audit cadence and the coordinating
 * units per area, and the tenant's reading of "secara periodik". Profile overrides win.
 * `table` is the per-regulation parameter table (replaceable in tests).
 */
export function resolveParams(profile: RegulationProfile, isoDate: string, table = regulationParams, roles = coordinatingRoles): ProfileParams {
  const inForce = regulationsInForce(profile, isoDate);
  const stagesFrom = inForce.find((r) => sdlcStagesByRegulation[r]);
  return {
    cityDomain: profile.cityDomain,
    sdlcStages: [...((stagesFrom && sdlcStagesByRegulation[stagesFrom]) || defaultSdlcStages)],
    requiredHandoverDocuments: requiredHandoverDocuments(inForce),
    auditCadenceMonths: mergeAuditCadence(inForce, table),
    coordinatingRoles: mergeCoordinatingRoles(inForce, roles),
    periodicReadingMonths: profile.periodicReading?.months ?? defaultPeriodicReadingMonths,
    ...profile.overrides,
  };
}
