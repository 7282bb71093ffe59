import type { Capability, Cadence, ComplianceReadModel, CheckResult, Citation, Obligation, RegulationId, Subject, Topic } from './types';

/**
 * For regulations quoted chapter by chapter (Palu 14/2022, Dumai 67/2022): one obligation as
 * written in the file, before its id and citation are derived
 * from `ref`: "18-1" (Pasal 18 ayat 1), "45-7-a" (Pasal 45 ayat 7 huruf a), "21" (a Pasal
 * without ayat), or "lampiran-I-D-repository" (section D of the Lampiran, named by a slug
 * because its paragraphs carry no numbers; "lampiran-I-ten-policies" outside any section).
 */
export interface ObligationSpec {
  ref: string;
  text: string;
  binds: Subject;
  about: Topic;
  needs: Capability;
  cadence?: Cadence;
  check?: (model: ComplianceReadModel) => CheckResult;
  /** a reading the text does not state (types.ts Obligation.interpretationKey) */
  interpretationKey?: string;
  /** the file's own number for the ayat, where it differs from the ref (types.ts Citation.asNumbered) */
  asNumbered?: Citation['asNumbered'];
}

export function citeRef(regulation: RegulationId, ref: string): Citation {
  if (ref.startsWith('lampiran-')) {
    const [, lampiran, section] = ref.split('-');
    // a section letter (A-J) when the duty stands in one of the policies, none for the introduction
    return { regulation, pasal: `Lampiran ${lampiran}`, ...(/^[A-Z]$/.test(section) ? { huruf: section } : {}) };
  }
  const [pasal, ayat, huruf] = ref.split('-');
  return { regulation, pasal, ...(ayat ? { ayat } : {}), ...(huruf ? { huruf } : {}) };
}

export function defineChapterObligations(regulation: RegulationId, chapter: string, specs: readonly ObligationSpec[]): Obligation[] {
  return specs.map(({ ref, asNumbered, ...spec }) => ({
    id: `${regulation}/${ref}`,
    citation: { ...citeRef(regulation, ref), ...(asNumbered ? { asNumbered } : {}) },
    chapter,
    ...spec,
  }));
}
