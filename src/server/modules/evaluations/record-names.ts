import { and, eq, inArray } from 'drizzle-orm';
import { t } from '../../../i18n/server';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { evaluationCycles } from './tables';

// Evaluation cycles are readable by everyone signed in (evaluation.read).
export const evaluationRecordNames: RecordNameProvider = {
  entityType: 'evaluation',
  async findNames(db, ctx, ids) {
    const rows = await db.select({ id: evaluationCycles.id, year: evaluationCycles.year }).from(evaluationCycles).where(and(eq(evaluationCycles.tenantId, ctx.tenantId), inArray(evaluationCycles.id, ids)));
    return new Map(rows.map((r) => [r.id, t(ctx.locale, 'audit.name.evaluation', { year: r.year })]));
  },
};
