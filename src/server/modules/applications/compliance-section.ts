import type { ReadApplication } from '../../../regulations/types';
import { defineReadModelProvider } from '../compliance/read-model-providers';
import { findAllApplications, findHandoverPresence } from './queries';

type SpecificConditions = ReadApplication['specificConditions'];

/**
 * The application registry's section of the compliance read model: every application with
 * its handover checklist, in two queries per tenant (the checklist aggregated per application). A document counts as present once it
 * is uploaded or marked delivered on paper (handover-service.ts).
 */
export const applicationsSection = defineReadModelProvider({
  section: 'applications',
  load: async (db, { tenantId }) => {
    const [rows, documents] = await Promise.all([findAllApplications(db, tenantId), findHandoverPresence(db, tenantId)]);
    const byApplication = new Map(documents.map((d) => [d.applicationId, d.codes.map((code, i) => ({ code, present: d.present[i] }))]));
    return rows.map(
      (row): ReadApplication => ({
        id: row.id,
        name: row.name,
        ownerAgencyId: row.ownerAgencyId,
        operatorAgencyId: row.operatorAgencyId,
        kind: row.kind,
        commonCategory: row.commonCategory,
        businessFunction: row.businessFunction,
        stage: row.stage,
        platforms: row.platforms,
        url: row.url,
        subdomain: row.subdomain,
        hosting: row.hosting,
        repositoryLocation: row.repositoryLocation,
        licence: row.licence,
        copyrightOwner: row.copyrightOwner,
        fundingSource: row.fundingSource,
        supplier: row.supplier,
        sso: row.sso,
        ictOfficeSuperAdmin: row.ictOfficeSuperAdmin,
        certificateExpiresAt: row.certificateExpiresAt,
        hasCertificate: row.hasCertificate,
        handoverDocuments: byApplication.get(row.id) ?? [],
        lastServiceEvaluationAt: row.lastServiceEvaluationAt,
        duplicateJustification: row.duplicateJustification,
        specificConditions: (row.specificConditions as SpecificConditions) ?? null,
        recommendationId: row.recommendationRef,
        status: row.status,
      }),
    );
  },
});
