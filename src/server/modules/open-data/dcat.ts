/**
 * The catalogue as DCAT (W3C Data Catalog Vocabulary v3) in JSON-LD, with Dublin Core terms, in
 * the DCAT-AP profile that European and many national harvesters read. Frequencies use the EU
 * Publications Office frequency authority table.
 */
import type { PublicRecord } from './public-queries';

const frequencyUri: Record<string, string> = {
  daily: 'DAILY',
  weekly: 'WEEKLY',
  monthly: 'MONTHLY',
  quarterly: 'QUARTERLY',
  semiannual: 'ANNUAL_2',
  annual: 'ANNUAL',
  biennial: 'BIENNIAL',
  irregular: 'IRREG',
  once: 'NEVER',
};

const context = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  spdx: 'http://spdx.org/rdf/terms#',
};

const agent = (name: string) => ({ '@type': 'foaf:Agent', 'foaf:name': name });
const date = (value: string | null) => (value ? { '@value': value.slice(0, 10), '@type': 'xsd:date' } : undefined);

function toDcatDataset(d: PublicRecord, landingPage: string) {
  return {
    '@id': landingPage,
    '@type': 'dcat:Dataset',
    'dct:identifier': d.id,
    'dct:title': d.title,
    'dct:description': d.description,
    'dcat:keyword': d.tags,
    'dcat:theme': d.category ?? undefined,
    'dct:creator': agent(d.producer.title),
    'dct:publisher': agent(d.steward?.title ?? d.producer.title),
    'dct:issued': date(d.publishedAt),
    'dct:modified': date(d.modifiedAt),
    'dct:accessRights': 'public',
    'dct:license': d.licence ?? undefined,
    'dcat:landingPage': { '@id': landingPage },
    'dct:accrualPeriodicity': d.updateFrequency
      ? { '@id': `http://publications.europa.eu/resource/authority/frequency/${frequencyUri[d.updateFrequency] ?? 'UNKNOWN'}` }
      : undefined,
    'dct:temporal':
      d.timeCoverageStart || d.timeCoverageEnd
        ? { '@type': 'dct:PeriodOfTime', 'dcat:startDate': date(d.timeCoverageStart), 'dcat:endDate': date(d.timeCoverageEnd) }
        : undefined,
    'dct:spatial': d.areaCoverage ?? undefined,
    'dcat:distribution': d.resources.map((r) => ({
      '@type': 'dcat:Distribution',
      'dct:title': r.name,
      'dct:description': r.description ?? undefined,
      'dcat:accessURL': { '@id': r.url },
      'dcat:downloadURL': r.sha256 ? { '@id': r.url } : undefined,
      'dct:format': r.format ?? undefined,
      'dcat:byteSize': r.size ?? undefined,
      'spdx:checksum': r.sha256
        ? { '@type': 'spdx:Checksum', 'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' }, 'spdx:checksumValue': r.sha256 }
        : undefined,
    })),
  };
}

export function buildDcatCatalog(opts: { catalogUrl: string; portalUrl: string; tenantName: string; datasets: PublicRecord[] }) {
  return {
    '@context': context,
    '@id': opts.catalogUrl,
    '@type': 'dcat:Catalog',
    'dct:title': opts.tenantName,
    'dct:publisher': agent(opts.tenantName),
    'dct:language': 'id',
    'foaf:homepage': { '@id': opts.portalUrl },
    'dcat:dataset': opts.datasets.map((d) => toDcatDataset(d, `${opts.portalUrl}/${d.name}`)),
  };
}
