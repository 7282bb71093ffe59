import { formatDay, type Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import type { RegulationProfile } from '../../../regulations/profiles';
import type { Obligation, ProfileParams } from '../../../regulations/types';

/**
 * The reading an obligation's check makes that its text does not state, in the reader's
 * language, or null: a "secara periodik" cadence says how many months Simpul reads and whose
 * reading that is (the default, or the administrator's with who and when); other readings
 * come from the obligation's interpretationKey.
 */
export function presentInterpretation(locale: Locale, obligation: Obligation, profile: RegulationProfile, params: ProfileParams): string | null {
  if (obligation.cadence?.kind === 'every' && obligation.cadence.periodic) {
    const reading = profile.periodicReading;
    const source =
      reading?.setByName && reading.setAt
        ? t(locale, 'compliance-ui.interpretation.source.set', { name: reading.setByName, date: formatDay(locale, reading.setAt) })
        : t(locale, 'compliance-ui.interpretation.source.default');
    return t(locale, 'compliance-ui.interpretation.periodic', { months: params.periodicReadingMonths, source });
  }
  return obligation.interpretationKey ? t(locale, obligation.interpretationKey) : null;
}
