import type { Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { t } from '../../../i18n/server';
import { writeWorkbook } from '../../platform/excel/write-workbook';
import type { SheetColumn } from '../../platform/excel/columns';
import { findFramework, type FrameworkId } from '../../../evaluation';
import { findEvidence } from './queries';
import { loadReportData } from './report-data';
import { evidenceCode } from './evidence-code';
import { getOfficialComparison } from './official-comparison';

const columns: SheetColumn[] = [
  { key: 'number', headerKey: 'evaluations.column.number', width: 8 },
  { key: 'domain', headerKey: 'evaluations.column.domain', width: 24 },
  { key: 'aspect', headerKey: 'evaluations.column.aspect', width: 28 },
  { key: 'indicator', headerKey: 'evaluations.column.indicator', width: 40 },
  { key: 'question', headerKey: 'evaluations.column.question', width: 50 },
  { key: 'level', headerKey: 'evaluations.column.selfLevel', width: 10 },
  { key: 'explanation', headerKey: 'evaluations.column.explanation', width: 50 },
  { key: 'evidence', headerKey: 'evaluations.column.evidence', width: 50 },
  { key: 'verifiedLevel', headerKey: 'evaluations.column.verifiedLevel', width: 12 },
  { key: 'note', headerKey: 'evaluations.column.note', width: 40 },
  { key: 'uncertain', headerKey: 'evaluations.column.uncertain', width: 50 },
];

/** Self-assessed, verified and official levels side by side (docs/evaluation.md: official results). */
const comparisonColumns: SheetColumn[] = [
  { key: 'code', headerKey: 'evaluation-portal.compare.column.code', width: 12 },
  { key: 'self', headerKey: 'evaluations.column.selfLevel', width: 14 },
  { key: 'verified', headerKey: 'evaluations.column.verifiedLevel', width: 14 },
  { key: 'official', headerKey: 'evaluation-portal.compare.column.official', width: 14 },
  { key: 'difference', headerKey: 'evaluation-portal.compare.column.difference', width: 14 },
];

/**
 * The answers in the layout of the national questionnaire (PermenPANRB 59/2020 Lampiran Bab II
 * huruf E): indicator number, domain, aspect, question, level, explanation, evidence links,
 * then the verified level and the assessor's note.
 */
export async function exportEvaluationWorkbook(db: Queryable, ctx: RequestContext, id: string) {
  const { cycle } = await loadReportData(db, ctx, id);
  const framework = findFramework(cycle.frameworkId as FrameworkId);
  const [evidence, official] = await Promise.all([findEvidence(db, ctx.tenantId, id), getOfficialComparison(db, ctx, id)]);
  const codeOf = (n: number) => framework.indicators.find((f) => f.number === n)?.code ?? String(n);
  const fw = cycle.frameworkId;
  const E = (key: string) => t(ctx.locale, `evaluation.${key}`);
  const linkOf = (e: (typeof evidence)[number]) =>
    `${evidenceCode(codeOf(e.evidence.indicatorNumber), e.evidence.level, e.evidence.itemNumber)} ` +
    (e.evidence.kind === 'file'
      ? `${e.evidence.label} — /api/v1/evaluations/${id}/indicators/${e.evidence.indicatorNumber}/evidence/${e.evidence.id}/file (sha256 ${e.sha256})`
      : e.evidence.kind === 'url'
        ? `${e.evidence.label} — ${e.evidence.url}`
        : `${e.evidence.label} — ${e.evidence.recordType}:${e.evidence.recordId}`);
  const summaryRows = official.imported
    ? [
        { code: t(ctx.locale, 'evaluation-portal.compare.index'), self: null, verified: official.index.simpul, official: official.index.official, difference: official.index.difference },
        {
          code: t(ctx.locale, 'evaluation-portal.compare.predicate'),
          self: null,
          verified: E(`predicate.${official.predicate.simpul}`),
          official: official.predicate.official ? E(`predicate.${official.predicate.official}`) : null,
          difference: null,
        },
      ]
    : [];
  const questionnaire = {
    sheetName: t(ctx.locale, 'evaluations.xlsx.sheet', { year: cycle.year }),
    columns,
    rows: cycle.indicators.map((i) => ({
      number: i.number,
      domain: i.domain === null ? '' : `${i.domain}. ${E(`domain.${fw}.${i.domain}`)}`,
      aspect: `${i.aspect}. ${E(`aspect.${fw}.${i.aspect}`)}`,
      indicator: i.name,
      question: framework.indicators.find((f) => f.number === i.number)?.question ?? '',
      level: i.selfLevel,
      explanation: i.explanation ?? '',
      evidence: evidence.filter((e) => e.evidence.indicatorNumber === i.number).map(linkOf).join('\n'),
      verifiedLevel: i.verifiedLevel,
      note: i.verificationNote ?? '',
      // the framework data's own mark (PermenPANRB 8/2026 from secondary sources), with its reason
      uncertain: i.uncertain ? `${E('uncertain.label')} (${i.uncertain.confidence}): ${i.uncertain.reason[ctx.locale]}` : '',
    })),
  };
  // the comparison sheet is there once official results are imported; the levels then the index and predicate
  const comparison = {
    sheetName: t(ctx.locale, 'evaluation-portal.compare.sheet'),
    columns: comparisonColumns,
    rows: [...official.indicators.map((i) => ({ code: i.code, self: i.selfLevel, verified: i.verifiedLevel, official: i.officialLevel, difference: i.difference })), ...summaryRows],
  };
  const content = await writeWorkbook({ sheets: official.imported ? [questionnaire, comparison] : [questionnaire], locale: ctx.locale });
  return { year: cycle.year, content };
}
