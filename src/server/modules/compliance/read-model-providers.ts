import type { ComplianceReadModel } from '../../../regulations/types';
import type { Queryable } from '../../platform/db/database';
import { applicationsSection } from '../applications/compliance-section';
import { attestationsSection } from '../attestations/compliance-section';
import { datasetsSection } from '../datasets/compliance-section';
import { domainsSection } from '../domains/compliance-section';
import { evaluationsSection } from '../evaluations/compliance-section';
import { internalPoliciesSection } from '../internal-policies/compliance-section';
import { periodicReportsSection } from '../periodic-reports/compliance-section';
import { requestsSection } from '../requests/compliance-section';
import { emptyRegistryDeclarationsSection } from './empty-registry-declarations';

/** The read-model sections a registry may contribute; absent ones make their checks not measurable. */
export type ReadModelSection = Exclude<keyof ComplianceReadModel, 'asOf' | 'params' | 'tenant' | 'agencies'>;

export interface ReadModelScope {
  tenantId: string;
  /** the day the evaluation is asked for */
  asOf: string;
}

/**
 * How a registry makes obligations measurable: it loads its section of the read model for
 * one tenant in a handful of set-based queries (never one query per record). Returning
 * undefined leaves the section absent, e.g. while the tenant has not started the registry.
 */
export interface ReadModelProvider<K extends ReadModelSection = ReadModelSection> {
  section: K;
  load: (db: Queryable, scope: ReadModelScope) => Promise<ComplianceReadModel[K]>;
}

/** Type-checks a provider against the section it fills. */
export function defineReadModelProvider<K extends ReadModelSection>(provider: ReadModelProvider<K>): ReadModelProvider<K> {
  return provider;
}

/** One line per registry (docs/compliance.md: adding a provider). */
export const readModelProviders: readonly ReadModelProvider[] = [
  applicationsSection,
  datasetsSection,
  domainsSection,
  evaluationsSection,
  internalPoliciesSection,
  periodicReportsSection,
  attestationsSection,
  requestsSection,
  emptyRegistryDeclarationsSection,
];
