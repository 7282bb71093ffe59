import type { Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { calculateIndex, type EvaluationFramework, type IndexResult, type IndicatorLevels, type Level } from '../../../evaluation';
import type { OfficialComparison } from '../../../shared/evaluation-official';
import { findFile } from '../../platform/files/store-file';
import { can } from '../../platform/policy/can';
import { findUserById } from '../people/queries';
import { findIndicators } from './queries';
import { loadCycle } from './load-cycle';
import { finalLevel, scoreCycle, type IndicatorScore } from './cycle-levels';
import { findOfficialResult } from './official-results-service';
import type { evaluationOfficialResults } from './tables';

type OfficialRow = typeof evaluationOfficialResults.$inferSelect;

/** official minus Simpul, to two decimals (index values are reported to two, levels are whole) */
const differenceOf = (official: number | null | undefined, simpul: number | null) => (official === null || official === undefined || simpul === null ? null : Math.round((official - simpul) * 100) / 100);

/**
 * The comparison maths, pure: per indicator the agency's level, the verified level, the official
 * level and the difference official − the level Simpul counts (verified, else the agency's own);
 * the index, predicate, domain and aspect indices against Simpul's final result. When the file
 * gave no index (or no domain/aspect values) but every indicator's official level, they are
 * computed from those levels with the same calculator, and marked computed.
 */
export function compareWithOfficial(framework: EvaluationFramework, rows: readonly IndicatorScore[], official: Pick<OfficialRow, 'levels' | 'domains' | 'aspects' | 'officialIndex' | 'predicate'> | null) {
  const score = scoreCycle(framework, rows);
  const byNumber = new Map(rows.map((r) => [r.indicatorNumber, r]));
  const levels = official?.levels ?? {};
  const complete = framework.indicators.every((i) => levels[i.number] !== undefined);
  const computed: IndexResult | null = official && complete ? calculateIndex(framework, Object.fromEntries(framework.indicators.map((i) => [i.number, levels[i.number] as Level])) as IndicatorLevels) : null;
  const indicators = framework.indicators.map((i) => {
    const row = byNumber.get(i.number);
    const counted = row ? finalLevel(row) : null;
    const officialLevel = levels[i.number] ?? null;
    return { number: i.number, code: i.code, selfLevel: row?.selfLevel ?? null, verifiedLevel: row?.verifiedLevel ?? null, finalLevel: counted, officialLevel, difference: differenceOf(officialLevel, counted) };
  });
  const node = (simpul: IndexResult['domains'], given: Record<string, number>, fallback: IndexResult['domains'] | undefined) =>
    simpul.map((n) => {
      const value = given[n.number] ?? fallback?.find((f) => f.number === n.number)?.value.reported ?? null;
      return { number: n.number, simpul: n.value.reported, official: value, difference: differenceOf(value, n.value.reported) };
    });
  const officialIndex = official?.officialIndex ?? computed?.index.reported ?? null;
  const compared = indicators.filter((i) => i.difference !== null);
  return {
    indicators,
    index: { simpul: score.final.index.reported, official: officialIndex, computed: official?.officialIndex === null && computed !== null, difference: differenceOf(officialIndex, score.final.index.reported) },
    predicate: { simpul: score.final.predicate.key, official: official?.predicate ?? computed?.predicate.key ?? null },
    domains: node(score.final.domains, official?.domains ?? {}, computed?.domains),
    aspects: node(score.final.aspects, official?.aspects ?? {}, computed?.aspects),
    summary: {
      compared: compared.length,
      same: compared.filter((i) => i.difference === 0).length,
      officialHigher: compared.filter((i) => i.difference! > 0).length,
      officialLower: compared.filter((i) => i.difference! < 0).length,
    },
  };
}

/** The comparison of a cycle with its imported official results (every reader of the cycle may see it). */
export async function getOfficialComparison(db: Queryable, ctx: RequestContext, cycleId: string): Promise<OfficialComparison> {
  const { cycle, framework, record } = await loadCycle(db, ctx, cycleId);
  const [rows, official] = await Promise.all([findIndicators(db, ctx.tenantId, cycleId), findOfficialResult(db, ctx.tenantId, cycleId)]);
  let imported: OfficialComparison['imported'] = null;
  if (official) {
    const [file, user] = await Promise.all([findFile(db, ctx.tenantId, official.fileId), findUserById(db, ctx.tenantId, official.importedBy)]);
    imported = { at: official.updatedAt.toISOString(), byName: user?.name ?? '', fileId: file.id, fileName: file.fileName };
  }
  return { cycleId, year: cycle.year, imported, ...compareWithOfficial(framework, rows, official), abilities: { import: can(ctx.actor, 'evaluation.manage', record) } };
}
