import { regulations } from '../../../regulations/catalogue';
import { citationMatches, parseTypedCitation } from '../../../regulations/match-citation';
import { regulationsInForce } from '../../../regulations/profiles';
import { foldText } from '../../platform/db/text-match';
import { can } from '../../platform/policy/can';
import type { SearchProvider } from '../search/provider';
import { findRegulationProfile } from '../tenants/service';
import { today } from './evaluate-tenant';
import { formatCitation } from './present-findings';

const detailLength = 140;

function shorten(text: string) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= detailLength ? flat : `${flat.slice(0, detailLength - 1).trimEnd()}…`;
}

/**
 * Obligations of the regulations in force for the tenant today (its regulation profile, read
 * from the catalogue in memory), by citation ("Ps 13", "pasal 13 ayat 2") and by the words
 * of the article, its chapter and the regulation's name; for whoever reads compliance.
 */
export const obligationSearch: SearchProvider = {
  group: 'obligation',
  async find(db, ctx, terms, limit) {
    if (!can(ctx.actor, 'compliance.read')) return [];
    const inForce = new Set(regulationsInForce(await findRegulationProfile(db, ctx.tenantId), today()));
    const typed = parseTypedCitation(foldText(terms.text));
    const words = typed ? typed.rest : terms.words;
    const hits = [];
    for (const regulation of regulations) {
      if (!inForce.has(regulation.id)) continue;
      for (const o of regulation.obligations) {
        if (typed && !citationMatches(o.citation, typed)) continue;
        const citation = formatCitation(ctx.locale, o.citation);
        const haystack = foldText(`${citation.label} ${regulation.title} ${o.chapter} ${o.text}`);
        if (!words.every((w) => haystack.includes(w))) continue;
        hits.push({ id: o.id, title: citation.label, detail: shorten(o.text), path: `/compliance/obligations/${o.id}` });
        if (hits.length >= limit) return hits;
      }
    }
    return hits;
  },
};
