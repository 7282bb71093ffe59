import { t, hasMessage } from '../../../i18n/server';
import type { DB } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import type { SheetColumn } from '../../platform/excel/columns';
import { writeSheet } from '../../platform/excel/write-sheet';
import type { RecordNameProvider } from './record-names';
import { findAllAuditEntries, type AuditFilterInput } from './service';

// a year of a busy tenant fits; beyond it the reader narrows the dates
const maxRows = 50_000;

const columns: SheetColumn[] = [
  { key: 'seq', headerKey: 'audit.export.seq', width: 8 },
  { key: 'at', headerKey: 'audit.export.at', type: 'datetime', width: 20 },
  { key: 'actor', headerKey: 'audit.export.actor', width: 28 },
  { key: 'action', headerKey: 'audit.export.action', width: 40 },
  { key: 'entityType', headerKey: 'audit.export.entityType', width: 24 },
  { key: 'record', headerKey: 'audit.export.record', width: 40 },
  { key: 'agency', headerKey: 'audit.export.agency', width: 36 },
  { key: 'actionCode', headerKey: 'audit.export.actionCode', width: 28 },
  { key: 'entityId', headerKey: 'audit.export.entityId', width: 38 },
];

/** The instant as the reader's clock showed it: Excel dates carry no time zone. */
function wallClock(iso: string, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return new Date(Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second));
}

function labelOr(locale: RequestContext['locale'], key: string, fallback: string) {
  return hasMessage(locale, key) ? t(locale, key) : fallback;
}

/** The filtered trail as a workbook: actions and record types in words, real Excel dates. */
export async function exportAuditEntries(db: DB, ctx: RequestContext, providers: readonly RecordNameProvider[], filter: AuditFilterInput, timeZone: string): Promise<Buffer> {
  const entries = await findAllAuditEntries(db, ctx, providers, filter, maxRows);
  return writeSheet({
    sheetName: t(ctx.locale, 'audit.export.sheet'),
    columns,
    locale: ctx.locale,
    rows: entries.map((e) => ({
      seq: e.seq,
      at: wallClock(e.at, timeZone),
      actor: e.actorLabel,
      action: labelOr(ctx.locale, `audit.action.${e.action}`, e.action),
      entityType: labelOr(ctx.locale, `audit.entity.${e.entityType}`, e.entityType),
      record: e.recordName ?? null,
      agency: e.agencyName ?? null,
      actionCode: e.action,
      entityId: e.entityId,
    })),
  });
}
