import type { RouteCase, WalkFixtures } from './route-table';
import { buildWorkbook, fileForm } from './problems';
import { buildIctAssetInput, createTestIctAsset } from '../../src/server/testing/ict-asset-factories';

type Target = 'own agency' | 'other agency';
const targets: Target[] = ['own agency', 'other agency'];
const agencyOf = (f: WalkFixtures, t: Target) => (t === 'own agency' ? f.ownAgency : f.otherAgency);

/** A fresh asset of the target agency, registered by the admin, for each call. */
async function assetOf(f: WalkFixtures, t: Target) {
  return (await createTestIctAsset(f.db, f.admin, agencyOf(f, t).id)).id;
}

function forEachTarget(make: (t: Target) => RouteCase): RouteCase[] {
  return targets.map((t) => ({ ...make(t), target: t }));
}

async function assetSheet(f: WalkFixtures) {
  return buildWorkbook(['agencyCode', 'category', 'brand', 'model', 'acquiredOn', 'acquisitionValue', 'condition'], [[f.ownAgency.code, 'laptop', 'Acer', 'TravelMate P2', '2024-01-10', '11000000', 'good']]);
}

/** The ICT asset registry's routes (docs/ict-assets.md § API). */
export const ictAssetRouteTable: Record<string, RouteCase[]> = {
  'GET /api/v1/ict-assets': [{ permission: 'ictAsset.read', request: async () => ({ path: '/api/v1/ict-assets' }) }],
  'POST /api/v1/ict-assets': forEachTarget((t) => ({
    permission: 'ictAsset.create',
    record: (f) => ({ agencyId: agencyOf(f, t).id }),
    request: async (f) => ({ path: '/api/v1/ict-assets', body: buildIctAssetInput(agencyOf(f, t).id) }),
  })),
  'GET /api/v1/ict-assets/export': [{ permission: 'ictAsset.read', request: async () => ({ path: '/api/v1/ict-assets/export' }) }],
  'GET /api/v1/ict-assets/template': [{ permission: 'ictAsset.import', request: async () => ({ path: '/api/v1/ict-assets/template' }) }],
  'POST /api/v1/ict-assets/import': [
    { permission: 'ictAsset.import', audits: 0, request: async (f) => ({ path: '/api/v1/ict-assets/import?commit=false', body: fileForm('aset.xlsx', await assetSheet(f)) }) },
  ],
  'GET /api/v1/ict-assets/useful-life': [{ permission: 'ictAsset.read', request: async () => ({ path: '/api/v1/ict-assets/useful-life' }) }],
  'PUT /api/v1/ict-assets/useful-life': [{ permission: 'ictAsset.configure', request: async () => ({ path: '/api/v1/ict-assets/useful-life', body: { years: { server: 6 } } }) }],
  'GET /api/v1/ict-assets/replacement-forecast': [{ permission: 'ictAsset.read', request: async () => ({ path: '/api/v1/ict-assets/replacement-forecast' }) }],
  'GET /api/v1/ict-assets/{id}': forEachTarget((t) => ({
    permission: 'ictAsset.read',
    record: (f) => ({ agencyId: agencyOf(f, t).id }),
    request: async (f) => ({ path: `/api/v1/ict-assets/${await assetOf(f, t)}` }),
  })),
  'PATCH /api/v1/ict-assets/{id}': forEachTarget((t) => ({
    permission: 'ictAsset.update',
    record: (f) => ({ agencyId: agencyOf(f, t).id }),
    request: async (f) => ({ path: `/api/v1/ict-assets/${await assetOf(f, t)}`, body: { location: 'Ruang server lantai 3' } }),
  })),
  'POST /api/v1/ict-assets/{id}/dispose': forEachTarget((t) => ({
    permission: 'ictAsset.dispose',
    record: (f) => ({ agencyId: agencyOf(f, t).id }),
    request: async (f) => ({ path: `/api/v1/ict-assets/${await assetOf(f, t)}/dispose`, body: { disposedOn: '2026-01-05', reason: 'rusak berat, dihapuskan' } }),
  })),
  'GET /api/v1/ict-assets/{id}/history': forEachTarget((t) => ({
    permission: 'ictAsset.read',
    record: (f) => ({ agencyId: agencyOf(f, t).id }),
    request: async (f) => ({ path: `/api/v1/ict-assets/${await assetOf(f, t)}/history` }),
  })),
};
