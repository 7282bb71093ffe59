import type { Locale } from '../../../i18n/format';
import { t } from '../../../i18n/server';
import type { Cadence, Citation, Finding, Regulation } from '../../../regulations/types';
import { regulations } from '../../../regulations/catalogue';
import { localizeParams } from './localize-params';

const regulationById = new Map<string, Regulation>(regulations.map((r) => [r.id, r]));

export function findRegulation(id: string): Regulation | undefined {
  return regulationById.get(id);
}

/** "Perwako Dumai 18/2019 Pasal 13 ayat (5) huruf b", or "… Lampiran I huruf D" for the annex. */
export function formatCitation(locale: Locale, citation: Citation) {
  const regulation = regulationById.get(citation.regulation)?.shortName ?? citation.regulation;
  const pasal = citation.pasal.startsWith('Lampiran') ? citation.pasal : t(locale, 'compliance-ui.citation.pasal', { pasal: citation.pasal });
  // the ayat as the file numbers it, with the note saying why it differs from its position
  const { asNumbered, ...plain } = citation;
  const ayatNumber = asNumbered?.ayat ?? citation.ayat;
  const ayat = ayatNumber ? t(locale, 'compliance-ui.citation.ayat', { ayat: ayatNumber }) : '';
  const huruf = citation.huruf ? t(locale, 'compliance-ui.citation.huruf', { huruf: citation.huruf }) : '';
  const note = asNumbered ? t(locale, asNumbered.noteKey) : '';
  return { ...plain, label: `${regulation} ${pasal}${ayat}${huruf}${note ? '*' : ''}`, ...(note ? { numberingNote: note } : {}) };
}

export function formatCadence(locale: Locale, cadence: Cadence | undefined): string | null {
  if (!cadence) return null;
  if (cadence.kind === 'every') return t(locale, 'compliance-ui.cadence.every', { months: cadence.months });
  if (cadence.kind === 'within') {
    const key = cadence.workingDays ? 'compliance-ui.cadence.withinWorkingDays' : 'compliance-ui.cadence.within';
    return t(locale, key, { days: cadence.days, after: cadence.after });
  }
  return t(locale, 'compliance-ui.cadence.once');
}

/** Who may see which findings: null for every agency, else the reader's own agencies. */
export type AgencyScope = ReadonlySet<string> | null;

/** A finding without an agency is a gap of the whole tenant, which every reader sees. */
export function isVisible(finding: Finding, scope: AgencyScope): boolean {
  return scope === null || !finding.agencyId || scope.has(finding.agencyId);
}

export function presentFinding(locale: Locale, finding: Finding, agencyNames: ReadonlyMap<string, string>) {
  return {
    kind: finding.messageKey,
    message: t(locale, finding.messageKey, localizeParams(locale, finding.params)),
    agencyId: finding.agencyId ?? null,
    agencyName: finding.agencyId ? (agencyNames.get(finding.agencyId) ?? null) : null,
    recordType: finding.recordType ?? null,
    recordId: finding.recordId ?? null,
  };
}

/** The findings of a result a reader may see, and how many concern other agencies. */
export function selectVisible(findings: readonly Finding[], scope: AgencyScope) {
  const visible = findings.filter((f) => isVisible(f, scope));
  return { visible, hidden: findings.length - visible.length };
}

export function shortenText(text: string, max = 180): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.lastIndexOf(' ', max);
  return `${plain.slice(0, cut > 0 ? cut : max)} …`;
}
