import type { Cadence, Capability, Citation, Regulation, Subject, Topic } from './types';

export interface ListedObligation {
  id: string;
  citation: Citation;
  text: string;
  binds: Subject;
  about: Topic;
  cadence: Cadence | null;
  needs: Capability;
  measurable: boolean;
}

/** Plain JSON for `simpul obligations --json`: every obligation, with whether Simpul can check it. */
export function listObligations(regulations: readonly Regulation[]): ListedObligation[] {
  return regulations.flatMap((r) =>
    r.obligations.map((o) => ({
      id: o.id,
      citation: o.citation,
      text: o.text,
      binds: o.binds,
      about: o.about,
      cadence: o.cadence ?? null,
      needs: o.needs,
      measurable: o.check !== undefined,
    })),
  );
}
