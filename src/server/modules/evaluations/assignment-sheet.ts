import ExcelJS from 'exceljs';
import type { DB, Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { authorize } from '../../platform/policy/can';
import { t } from '../../../i18n/server';
import { headerOf, type SheetColumn } from '../../platform/excel/columns';
import { readSheet, type SheetRow } from '../../platform/excel/read-sheet';
import { importRows, type RowParse } from '../../platform/excel/import-rows';
import { listAllAgencies } from '../agencies/service';
import { assignIndicatorsInTx } from './service';
import { findIndicators } from './queries';
import { loadCycle } from './load-cycle';

const columns: SheetColumn[] = [
  { key: 'code', headerKey: 'evaluations.assignSheet.code', required: true, width: 12 },
  { key: 'aspect', headerKey: 'evaluations.column.aspect', width: 34 },
  { key: 'indicator', headerKey: 'evaluations.column.indicator', width: 60 },
  { key: 'agency', headerKey: 'evaluations.assignSheet.agency', required: true, width: 60 },
];

/** How an agency is written in the template's drop-down: code, a dash, the name. */
const agencyLabel = (a: { code: string; name: string }) => `${a.code} — ${a.name}`;

/**
 * The assignment template: one row per indicator with its code, aspect and name, and the
 * responsible agency chosen from a drop-down of the tenant's agencies (a list on a second sheet),
 * filled with the assignments as they stand.
 */
export async function exportAssignmentTemplate(db: Queryable, ctx: RequestContext, cycleId: string) {
  const loaded = await loadCycle(db, ctx, cycleId);
  authorize(ctx.actor, 'evaluation.manage', loaded.record);
  const [agencies, rows] = await Promise.all([listAllAgencies(db, ctx.tenantId), findIndicators(db, ctx.tenantId, cycleId)]);
  const active = agencies.filter((a) => a.status === 'active');
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const assigned = new Map(rows.map((r) => [r.indicatorNumber, r.agencyId]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Simpul';
  const ws = wb.addWorksheet(t(ctx.locale, 'evaluations.assignSheet.sheet', { year: loaded.cycle.year }).slice(0, 31));
  const list = wb.addWorksheet(t(ctx.locale, 'evaluations.assignSheet.agencies').slice(0, 31));
  list.columns = [{ header: headerOf(columns[3], ctx.locale), key: 'agency', width: 60 }];
  for (const a of active) list.addRow({ agency: agencyLabel(a) });
  ws.columns = columns.map((c) => ({ header: headerOf(c, ctx.locale), key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const fw = loaded.framework.id;
  for (const i of loaded.framework.indicators) {
    const agencyId = assigned.get(i.number);
    const agency = agencyId ? byId.get(agencyId) : undefined;
    const row = ws.addRow({ code: i.code, aspect: `${i.aspect}. ${t(ctx.locale, `evaluation.aspect.${fw}.${i.aspect}`)}`, indicator: `${i.number}. ${i.name}`, agency: agency ? agencyLabel(agency) : null });
    row.getCell('agency').dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'${list.name}'!$A$2:$A$${Math.max(2, active.length + 1)}`],
      showErrorMessage: true,
      errorTitle: t(ctx.locale, 'evaluations.assignSheet.agency'),
      error: t(ctx.locale, 'evaluations.assignSheet.pick'),
    };
  }
  return { year: loaded.cycle.year, content: Buffer.from(await wb.xlsx.writeBuffer()) };
}

/**
 * Assignments from the template: each row names an indicator by code (or number) and an agency
 * by code, "code — name" or name; an empty agency takes the indicator off any agency. Checked
 * row by row first; saved only with `commit`, each row one assignment with its audit entry.
 */
export async function importAssignments(db: DB, ctx: RequestContext, cycleId: string, content: Buffer, commit: boolean) {
  const loaded = await loadCycle(db, ctx, cycleId);
  authorize(ctx.actor, 'evaluation.manage', loaded.record);
  const rows = await readSheet(content, columns);
  const agencies = await listAllAgencies(db, ctx.tenantId);
  const findAgency = (text: string) => {
    const code = text.split(' — ')[0].trim().toLowerCase();
    return agencies.find((a) => a.code.toLowerCase() === code || a.name.toLowerCase() === text.trim().toLowerCase());
  };
  const indicatorOf = (text: string) => {
    const v = text.trim().toLowerCase();
    return loaded.framework.indicators.find((i) => i.code.toLowerCase() === v || String(i.number) === v.replace(/^0+/, ''));
  };
  type Assignment = { indicator: number; agencyId: string | null };
  const parse = async (row: SheetRow): Promise<RowParse<Assignment>> => {
    const v = row.values;
    const indicator = v.code ? indicatorOf(v.code) : undefined;
    const agency = v.agency ? findAgency(v.agency) : undefined;
    const label = `${v.code ?? ''} ${v.agency ?? '–'}`.trim();
    const errors = [];
    if (!indicator) errors.push({ column: 'code', code: 'EVALUATION_UNKNOWN_INDICATOR', params: { indicator: v.code ?? '' } });
    if (v.agency && !agency) errors.push({ column: 'agency', code: 'EVALUATION_AGENCY_UNKNOWN', params: { agency: v.agency } });
    if (errors.length > 0 || !indicator) return { ok: false, label, errors };
    return { ok: true, label, value: { indicator: indicator.number, agencyId: agency?.id ?? null } };
  };
  return importRows({ db, rows, locale: ctx.locale, commit, parse, save: (tx, value) => assignIndicatorsInTx(tx, ctx, cycleId, { assignments: [value] }) });
}
