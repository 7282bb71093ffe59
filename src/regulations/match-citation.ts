/** A citation typed into a search: "Ps 13", "pasal 13 ayat (2)", "Ps. 13(2)", "Lampiran II". */
export interface TypedCitation {
  pasal: string;
  ayat?: string;
  /** the words typed besides the citation ("palu ps 13" leaves "palu") */
  rest: string[];
}

const pasalPattern = /\b(?:pasal|psl|ps)\.?\s*(\d+)(?:\s*(?:ayat\s*)?\(?\s*(\d+)\s*\)?)?/;
const annexPattern = /\blampiran\s+([ivx]+)\b/;

/** The citation in a folded search text, or null when it names none. */
export function parseTypedCitation(folded: string): TypedCitation | null {
  const pasal = folded.match(pasalPattern);
  if (pasal) return { pasal: pasal[1], ...(pasal[2] ? { ayat: pasal[2] } : {}), rest: wordsOutside(folded, pasal) };
  const annex = folded.match(annexPattern);
  if (annex) return { pasal: `Lampiran ${annex[1].toUpperCase()}`, rest: wordsOutside(folded, annex) };
  return null;
}

function wordsOutside(text: string, match: RegExpMatchArray): string[] {
  const index = match.index ?? 0;
  return `${text.slice(0, index)} ${text.slice(index + match[0].length)}`.split(/\s+/).filter(Boolean);
}

/** Whether an obligation's citation is the one typed: the same pasal, and the same ayat when one was typed. */
export function citationMatches(citation: { pasal: string; ayat?: string; asNumbered?: { ayat: string } }, typed: TypedCitation): boolean {
  if (citation.pasal !== typed.pasal) return false;
  if (!typed.ayat) return true;
  return citation.ayat === typed.ayat || citation.asNumbered?.ayat === typed.ayat;
}
