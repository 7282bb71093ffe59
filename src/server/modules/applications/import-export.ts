import { asc, and, eq } from 'drizzle-orm';
import type { DB } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { authorize, can } from '../../platform/policy/can';
import { defaultImportLimits, readSheet, type ImportLimits, type SheetRow } from '../../platform/excel/read-sheet';
import { writeSheet, writeTemplate } from '../../platform/excel/write-sheet';
import { changedFields, importRows, type RowParse } from '../../platform/excel/import-rows';
import { idColumn, type SheetColumn } from '../../platform/excel/columns';
import { issueCode } from '../../platform/validation-messages';
import { ApplicationInput, applicationHostings, applicationKinds, applicationPlatforms, applicationSuppliers, fundingSources, type ApplicationListQuery } from '../../../shared/applications';
import { commonApplicationCategoryCodes } from '../../../regulations/common-application-categories';
import { t } from '../../../i18n/server';
import { listAllAgencies } from '../agencies/service';
import { agencies } from '../agencies/tables';
import { applications } from './tables';
import { assertRegistrable, createApplicationInTx, listWhere, updateApplication } from './service';
import { findApplicationRules } from './rules-for-tenant';

/** The sheet's columns; the stages are the tenant's (Dumai 18/2019 and 67/2022 name different ones). */
function columnsFor(stages: readonly string[]): SheetColumn[] {
  return [
    idColumn,
    { key: 'name', headerKey: 'applications.field.name', required: true, width: 36 },
    { key: 'ownerAgencyCode', headerKey: 'applications.field.ownerAgencyCode', required: true, width: 14 },
    { key: 'kind', headerKey: 'applications.field.kind', required: true, width: 10, type: 'choice', choices: { codes: applicationKinds, labelKey: 'applications.kind.{code}' } },
    { key: 'businessFunction', headerKey: 'applications.field.businessFunction', required: true, width: 30 },
    { key: 'stage', headerKey: 'applications.field.stage', required: true, width: 18, type: 'choice', choices: { codes: stages, labelKey: 'applications.stage.{code}' } },
    { key: 'platforms', headerKey: 'applications.field.platforms', required: true, width: 14, type: 'choices', choices: { codes: applicationPlatforms, labelKey: 'applications.platform.{code}' } },
    { key: 'description', headerKey: 'applications.field.description', width: 40 },
    { key: 'operatorAgencyCode', headerKey: 'applications.field.operatorAgencyCode', width: 14 },
    { key: 'commonCategory', headerKey: 'applications.field.commonCategory', width: 20, type: 'choice', choices: { codes: commonApplicationCategoryCodes, labelKey: 'applications.commonCategory.{code}' } },
    { key: 'url', headerKey: 'applications.field.url', width: 30 },
    { key: 'subdomain', headerKey: 'applications.field.subdomain', width: 26 },
    { key: 'hosting', headerKey: 'applications.field.hosting', width: 22, type: 'choice', choices: { codes: applicationHostings, labelKey: 'applications.hosting.{code}' } },
    { key: 'repositoryLocation', headerKey: 'applications.field.repositoryLocation', width: 26 },
    { key: 'licence', headerKey: 'applications.field.licence', width: 16 },
    { key: 'copyrightOwner', headerKey: 'applications.field.copyrightOwner', width: 20 },
    { key: 'fundingSource', headerKey: 'applications.field.fundingSource', width: 12, type: 'choice', choices: { codes: fundingSources, labelKey: 'applications.funding.{code}' } },
    { key: 'supplier', headerKey: 'applications.field.supplier', width: 20, type: 'choice', choices: { codes: applicationSuppliers, labelKey: 'applications.supplier.{code}' } },
    { key: 'sso', headerKey: 'applications.field.sso', width: 8, type: 'boolean' },
    { key: 'ictOfficeSuperAdmin', headerKey: 'applications.field.ictOfficeSuperAdmin', width: 10, type: 'boolean' },
    { key: 'hasCertificate', headerKey: 'applications.field.hasCertificate', width: 10, type: 'boolean' },
    { key: 'certificateExpiresAt', headerKey: 'applications.field.certificateExpiresAt', width: 14, type: 'date' },
    { key: 'lastServiceEvaluationAt', headerKey: 'applications.field.lastServiceEvaluationAt', width: 14, type: 'date' },
    { key: 'duplicateJustification', headerKey: 'applications.field.duplicateJustification', width: 30 },
    { key: 'status', headerKey: 'applications.field.status', width: 10, type: 'choice', choices: { codes: ['active', 'retired'], labelKey: 'common.status.{code}' }, exportOnly: true },
  ];
}

// the words people type for the two kinds, besides the labels and codes the sheet accepts anyway
const kindAliases: Record<string, 'common' | 'specific'> = { umum: 'common', khusus: 'specific' };

// which input field each sheet column fills, where the names differ
const fieldOf: Record<string, string> = { ownerAgencyCode: 'ownerAgencyId', operatorAgencyCode: 'operatorAgencyId' };

function bool(value: string | null): boolean | undefined | 'invalid' {
  if (value === null) return undefined;
  return value === 'true' ? true : value === 'false' ? false : 'invalid';
}

export async function exportApplications(db: DB, ctx: RequestContext, query: ApplicationListQuery): Promise<Buffer> {
  authorize(ctx.actor, 'application.read');
  const owner = agencies;
  const rows = await db
    .select({ app: applications, ownerCode: owner.code })
    .from(applications)
    .innerJoin(owner, and(eq(owner.tenantId, applications.tenantId), eq(owner.id, applications.ownerAgencyId)))
    .where(listWhere({ ...ctx, actor: ctx.actor }, query))
    .orderBy(asc(applications.name));
  const all = await listAllAgencies(db, ctx.tenantId);
  const codeOf = new Map(all.map((a) => [a.id, a.code]));
  const rules = await findApplicationRules(db, ctx.tenantId);
  return writeSheet({
    sheetName: t(ctx.locale, 'applications.title'),
    columns: columnsFor(rules.stages),
    locale: ctx.locale,
    rows: rows.map(({ app, ownerCode }) => ({
      ...app,
      ownerAgencyCode: ownerCode,
      operatorAgencyCode: app.operatorAgencyId ? codeOf.get(app.operatorAgencyId) : null,
    })),
  });
}

export async function applicationTemplate(db: DB, ctx: RequestContext): Promise<Buffer> {
  authorize(ctx.actor, 'application.import');
  const rules = await findApplicationRules(db, ctx.tenantId);
  return writeTemplate({ sheetName: t(ctx.locale, 'applications.title'), columns: columnsFor(rules.stages), locale: ctx.locale });
}

export async function importApplications(db: DB, ctx: RequestContext, content: Buffer, commit: boolean, limits: ImportLimits = defaultImportLimits) {
  authorize(ctx.actor, 'application.import');
  const actor = ctx.actor;
  const columns = columnsFor((await findApplicationRules(db, ctx.tenantId)).stages);
  const rows = await readSheet(content, columns, limits);
  const all = await listAllAgencies(db, ctx.tenantId);
  const idByCode = new Map(all.filter((a) => a.status === 'active').map((a) => [a.code.toLowerCase(), a.id]));
  const current = new Map((await db.select().from(applications).where(eq(applications.tenantId, ctx.tenantId))).map((a) => [a.id, a]));
  const parse = async (row: SheetRow, tx: Parameters<typeof assertRegistrable>[0]): Promise<RowParse<ApplicationInput>> => {
    const v = row.values;
    const label = v.name ?? '';
    const errors: { column: string; code: string }[] = [];
    const ownerAgencyId = v.ownerAgencyCode ? idByCode.get(v.ownerAgencyCode.toLowerCase()) : undefined;
    if (v.ownerAgencyCode && !ownerAgencyId) errors.push({ column: 'ownerAgencyCode', code: 'UNKNOWN_AGENCY' });
    const operatorAgencyId = v.operatorAgencyCode ? idByCode.get(v.operatorAgencyCode.toLowerCase()) : null;
    if (v.operatorAgencyCode && !operatorAgencyId) errors.push({ column: 'operatorAgencyCode', code: 'UNKNOWN_AGENCY' });
    const flags: Record<string, boolean | undefined> = {};
    for (const key of ['sso', 'ictOfficeSuperAdmin', 'hasCertificate']) {
      const b = bool(v[key]);
      if (b === 'invalid') errors.push({ column: key, code: 'BOOLEAN_FORMAT' });
      else flags[key] = b;
    }
    const candidate = {
      name: v.name ?? undefined,
      description: v.description ?? undefined,
      ownerAgencyId: ownerAgencyId ?? '00000000-0000-0000-0000-000000000000',
      operatorAgencyId: operatorAgencyId ?? null,
      kind: v.kind ? (kindAliases[v.kind.toLowerCase()] ?? v.kind) : undefined,
      commonCategory: v.commonCategory,
      businessFunction: v.businessFunction ?? undefined,
      stage: v.stage ?? undefined,
      platforms: (v.platforms ?? '').split(',').map((p) => p.trim().toLowerCase()).filter(Boolean),
      url: v.url,
      subdomain: v.subdomain,
      hosting: v.hosting,
      repositoryLocation: v.repositoryLocation,
      licence: v.licence,
      copyrightOwner: v.copyrightOwner,
      fundingSource: v.fundingSource,
      supplier: v.supplier,
      ...flags,
      certificateExpiresAt: v.certificateExpiresAt,
      lastServiceEvaluationAt: v.lastServiceEvaluationAt,
      duplicateJustification: v.duplicateJustification,
    };
    const parsed = ApplicationInput.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ column: String(issue.path[0] ?? '_'), code: issueCode(issue, candidate) });
    }
    const existing = v.id ? current.get(v.id) : undefined;
    if (v.id && !existing) errors.push({ column: 'id', code: 'IMPORT_ID_UNKNOWN' });
    if (errors.length > 0 || !parsed.success) return { ok: false, label, errors };
    if (existing) {
      // only the sheet's columns are compared and written: a column left out changes nothing
      const wanted: Record<string, unknown> = {};
      for (const key of row.present) {
        const column = columns.find((c) => c.key === key);
        if (!column || column.exportOnly || column.hidden) continue;
        const field = fieldOf[key] ?? key;
        wanted[field] = (parsed.data as Record<string, unknown>)[field];
      }
      const changes = changedFields(wanted, existing);
      if (Object.keys(changes).length > 0 && !can(actor, 'application.update', existing)) return { ok: false, label, errors: [{ column: 'id', code: 'FORBIDDEN' }] };
      return { ok: true, label, value: parsed.data, match: { id: existing.id, changes } };
    }
    if (!can(actor, 'application.create', { ownerAgencyId: parsed.data.ownerAgencyId })) {
      return { ok: false, label, errors: [{ column: 'ownerAgencyCode', code: 'FORBIDDEN' }] };
    }
    try {
      await assertRegistrable(tx, ctx.tenantId, parsed.data);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return { ok: false, label, errors: [{ column: Object.keys(err.fields)[0] ?? '_', code: err.code, params: err.params }] };
    }
    return { ok: true, label, value: parsed.data };
  };
  return importRows({
    db,
    rows,
    locale: ctx.locale,
    commit,
    parse,
    save: async (tx, value) => void (await createApplicationInTx(tx, ctx, value)),
    // the service checks the merged record against the registry rules and writes the audit entry
    update: async (tx, match) => void (await updateApplication(tx as unknown as DB, ctx, match.id, match.changes)),
  });
}
