import { formatDay, type Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import type { RegulationProfile } from '../../../regulations/profiles';
import { revocations } from '../../../regulations/revocations';
import type { RegulationId } from '../../../regulations/types';
import { findRegulation, formatCitation } from './present-findings';

/**
 * The revocation of a regulation the tenant's profile records (e.g. Dumai 67/2022 Ps 34 revokes
 * Dumai 18/2019), said on each of the revoked regulation's obligations: by which regulation, its
 * article, and from which day; null when nothing in the profile revokes it.
 */
export function presentRevocation(locale: Locale, regulation: RegulationId, profile: RegulationProfile): string | null {
  for (const revocation of revocations.filter((r) => r.revoked === regulation)) {
    const starts = profile.entries.filter((e) => e.regulation === revocation.revoking).map((e) => e.effectiveFrom.slice(0, 10));
    const from = starts.sort()[0];
    if (!from) continue;
    return t(locale, 'compliance-ui.revokedBy', {
      regulation: findRegulation(regulation)?.shortName ?? regulation,
      revoking: findRegulation(revocation.revoking)?.shortName ?? revocation.revoking,
      citation: formatCitation(locale, revocation.citation).label,
      date: formatDay(locale, from),
    });
  }
  return null;
}
