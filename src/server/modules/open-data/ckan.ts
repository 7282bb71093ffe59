/**
 * The CKAN Action API v3 shapes (docs.ckan.org, "API guide"), so that the national Satu Data
 * portal (katalog.data.go.id runs CKAN) and provincial CKAN portals can harvest a tenant's
 * public datasets. The Satu Data CKAN extension (ckanext-sdi) shows `organization` as
 * "Walidata" and adds a `kategori` field: the organization is the steward agency, and the
 * Jambi 10/2017 Ps 11(3) group goes in `kategori`. Satu Data metadata with no CKAN field
 * goes in `extras`.
 */
import type { PublicRecord, PublicSort } from './public-queries';

export interface CkanOrganization {
  id: string;
  name: string;
  title: string;
  display_name: string;
  description: string;
  type: 'organization';
  is_organization: true;
  state: 'active';
  image_url: string;
  package_count?: number;
}

export function toCkanOrganization(org: { id: string; name: string; title: string; packageCount?: number }, withCount: boolean): CkanOrganization {
  return {
    id: org.id,
    name: org.name,
    title: org.title,
    display_name: org.title,
    description: '',
    type: 'organization',
    is_organization: true,
    state: 'active',
    image_url: '',
    ...(withCount && { package_count: org.packageCount ?? 0 }),
  };
}

const extra = (key: string, value: string | boolean | null) => (value === null || value === '' ? [] : [{ key, value: String(value) }]);

export function toCkanPackage(d: PublicRecord) {
  const organization = d.steward && d.stewardId ? toCkanOrganization({ id: d.stewardId, name: d.steward.name, title: d.steward.title }, false) : null;
  return {
    id: d.id,
    name: d.name,
    title: d.title,
    notes: d.description,
    type: 'dataset',
    state: 'active',
    private: false,
    url: '',
    version: null,
    license_id: d.licence ?? '',
    license_title: d.licence ?? '',
    author: d.producer.title,
    maintainer: d.steward?.title ?? '',
    owner_org: organization?.id ?? null,
    organization,
    kategori: d.category ?? '',
    metadata_created: d.publishedAt ?? d.createdAt,
    metadata_modified: d.modifiedAt,
    num_resources: d.resources.length,
    num_tags: d.tags.length,
    tags: d.tags.map((name) => ({ name, display_name: name, state: 'active', vocabulary_id: null })),
    groups: [],
    resources: d.resources.map((r, position) => ({
      id: r.id,
      package_id: d.id,
      name: r.name,
      description: r.description ?? '',
      url: r.url,
      format: r.format ?? '',
      hash: r.sha256 ? `sha256:${r.sha256}` : '',
      size: r.size,
      state: 'active',
      position,
    })),
    extras: [
      ...extra('produsen_data', d.producer.title),
      ...extra('walidata', d.steward?.title ?? null),
      ...extra('kategori', d.category),
      ...extra('data_induk', d.isMasterData),
      ...extra('data_referensi', d.isReferenceData),
      ...extra('frekuensi_pemutakhiran', d.updateFrequency),
      ...extra('jadwal_rilis_berikutnya', d.nextReleaseAt),
      ...extra('pemutakhiran_terakhir', d.lastUpdatedAt),
      ...extra('format', d.format),
      ...extra('satuan', d.unitOfMeasure),
      ...extra('konsep_definisi', d.concept),
      ...extra('cakupan_waktu_awal', d.timeCoverageStart),
      ...extra('cakupan_waktu_akhir', d.timeCoverageEnd),
      ...extra('cakupan_wilayah', d.areaCoverage),
    ],
  };
}

export interface CkanFilter {
  organization?: string;
  tags: string[];
  format?: string;
  kategori?: string;
}

/**
 * The `fq` filter query, Solr syntax as CKAN passes it: `field:value` terms joined by spaces
 * or AND, values optionally quoted. The fields harvesters use are read (organization, tags,
 * res_format, kategori); others are ignored, as a CKAN without the field would match nothing
 * new either.
 */
export function parseFilterQuery(fq: string | undefined): CkanFilter {
  const filter: CkanFilter = { tags: [] };
  if (!fq) return filter;
  const terms = fq.matchAll(/\+?([a-z_]+):("([^"]*)"|[^\s"]+)/gi);
  for (const m of terms) {
    const field = m[1].toLowerCase();
    const value = m[3] ?? m[2];
    if (field === 'organization') filter.organization = value;
    else if (field === 'tags') filter.tags.push(value);
    else if (field === 'res_format') filter.format = value;
    else if (field === 'kategori') filter.kategori = value;
  }
  return filter;
}

/** CKAN sort strings to ours; unknown ones fall back to relevance-free title order. */
export function parseSort(sort: string | undefined): PublicSort {
  const s = (sort ?? '').trim().toLowerCase();
  if (s.startsWith('metadata_modified')) return 'modified_desc';
  if (s.startsWith('metadata_created')) return 'created_desc';
  if (s.startsWith('name')) return 'name';
  return 'title';
}

/** `rows` and `start` as CKAN checks them: integers, rows at most 1000. Null when invalid. */
export function parsePaging(rows: string | undefined, start: string | undefined): { rows: number; start: number } | null {
  const r = rows === undefined || rows === '' ? 10 : Number(rows);
  const s = start === undefined || start === '' ? 0 : Number(start);
  if (!Number.isInteger(r) || !Number.isInteger(s) || r < 0 || s < 0) return null;
  return { rows: Math.min(r, 1000), start: s };
}
