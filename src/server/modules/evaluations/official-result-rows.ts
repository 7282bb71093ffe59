import type { EvaluationFramework } from '../../../evaluation';
import type { RowError } from '../../platform/excel/import-rows';

/** What one row of the official results names: an indicator's level, a domain or aspect index, the index, or the predicate. */
export type OfficialEntry =
  | { kind: 'indicator'; number: number; level: number }
  | { kind: 'domain'; number: number; value: number }
  | { kind: 'aspect'; number: number; value: number }
  | { kind: 'index'; value: number }
  | { kind: 'predicate'; key: string };

/** A number as the portal's files write it: "2,85" (Indonesian decimal comma) or "2.85". */
function parseNumber(text: string): number | null {
  const normal = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

const indexPattern = /^(indeks|index)( spbe| pemerintah digital)?$/;
const predicatePattern = /^(predikat|predicate)$/;
const domainPattern = /^(d|domain)\s*0*(\d+)$/;
const aspectPattern = /^(a|aspek|aspect)\s*0*(\d+)$/;
const indicatorPattern = /^(indikator|indicator)?\s*0*(\d+)$/;

/**
 * Reads one row of an official results file: `kode` names what the row gives — an indicator by
 * its framework code (I01) or number, a domain (D1, "Domain 1"), an aspect (A1, "Aspek 1"), the
 * index (INDEKS) or the predicate (PREDIKAT) — and `nilai` its value: a level 1–5 for an
 * indicator, an index 0–5 for a domain, an aspect or the whole, a predicate's name.
 */
export function parseOfficialRow(framework: EvaluationFramework, code: string | null, value: string | null): { entry: OfficialEntry; key: string } | { errors: RowError[] } {
  const c = (code ?? '').trim().toLowerCase();
  if (!c) return { errors: [{ column: 'code', code: 'OFFICIAL_RESULT_CODE_REQUIRED' }] };
  if (value === null || value.trim() === '') return { errors: [{ column: 'value', code: 'OFFICIAL_RESULT_VALUE_REQUIRED', params: { code: code! } }] };
  const index = (v: string) => {
    const n = parseNumber(v);
    return n === null || n > 5 ? null : n;
  };
  if (predicatePattern.test(c)) {
    const v = value.trim().toLowerCase();
    const band = framework.predicates.find((p) => p.key.toLowerCase() === v || p.name.toLowerCase() === v);
    if (!band) return { errors: [{ column: 'value', code: 'OFFICIAL_RESULT_BAD_PREDICATE', params: { value, allowed: framework.predicates.map((p) => p.name).join(', ') } }] };
    return { entry: { kind: 'predicate', key: band.key }, key: 'predicate' };
  }
  if (indexPattern.test(c)) {
    const n = index(value);
    if (n === null) return { errors: [{ column: 'value', code: 'OFFICIAL_RESULT_BAD_INDEX', params: { value } }] };
    return { entry: { kind: 'index', value: n }, key: 'index' };
  }
  const domain = domainPattern.exec(c);
  if (domain) {
    const number = Number(domain[2]);
    if (!(framework.domains ?? []).some((d) => d.number === number)) return { errors: [{ column: 'code', code: 'OFFICIAL_RESULT_UNKNOWN_CODE', params: { code: code! } }] };
    const n = index(value);
    if (n === null) return { errors: [{ column: 'value', code: 'OFFICIAL_RESULT_BAD_INDEX', params: { value } }] };
    return { entry: { kind: 'domain', number, value: n }, key: `domain.${number}` };
  }
  const aspect = aspectPattern.exec(c);
  if (aspect) {
    const number = Number(aspect[2]);
    if (!framework.aspects.some((a) => a.number === number)) return { errors: [{ column: 'code', code: 'OFFICIAL_RESULT_UNKNOWN_CODE', params: { code: code! } }] };
    const n = index(value);
    if (n === null) return { errors: [{ column: 'value', code: 'OFFICIAL_RESULT_BAD_INDEX', params: { value } }] };
    return { entry: { kind: 'aspect', number, value: n }, key: `aspect.${number}` };
  }
  const byNumber = indicatorPattern.exec(c);
  const indicator = framework.indicators.find((i) => i.code.toLowerCase() === c || (byNumber !== null && i.number === Number(byNumber[2])));
  if (!indicator) return { errors: [{ column: 'code', code: 'OFFICIAL_RESULT_UNKNOWN_CODE', params: { code: code! } }] };
  const level = parseNumber(value);
  if (level === null || !Number.isInteger(level) || level < 1 || level > 5) return { errors: [{ column: 'value', code: 'OFFICIAL_RESULT_BAD_LEVEL', params: { value, indicator: indicator.code } }] };
  return { entry: { kind: 'indicator', number: indicator.number, level }, key: `indicator.${indicator.number}` };
}
