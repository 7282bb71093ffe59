import type { ApplicationInput } from '../../shared/applications';
import { buildApplicationInput } from '../testing/factories';
import type { DemoApplication } from './application-spec';
import { demoCity } from './demo-city';
import { addDays } from './demo-dates';
import type { Prng } from './prng';

export interface DemoApplicationContext {
  agencyIds: Map<string, string>;
  mailboxes: Map<string, string>;
  /** stages of the regulation in force (Dumai 67/2022 Ps 18(3)) */
  stages: readonly string[];
  today: string;
  prng: Prng;
}

const weightedStages: [string, number][] = [
  ['maintenance', 50],
  ['implementation', 25],
  ['evaluation', 8],
  ['feasibility_test', 7],
  ['design_build', 6],
  ['needs_study', 4],
];

function pickWeighted<T>(prng: Prng, items: [T, number][]): T {
  let roll = prng.int(1, items.reduce((sum, [, w]) => sum + w, 0));
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return items[items.length - 1][0];
}

function pickStage(spec: DemoApplication, c: DemoApplicationContext): string {
  if (spec.retiredReason || spec.nationalOwner) return c.stages.includes('maintenance') ? 'maintenance' : c.stages[c.stages.length - 1];
  const stage = pickWeighted(c.prng, weightedStages);
  return c.stages.includes(stage) ? stage : c.stages[0];
}

function pickHosting(spec: DemoApplication, prng: Prng): NonNullable<ApplicationInput['hosting']> {
  if (spec.hosting) return spec.hosting;
  if (spec.nationalOwner) return 'national_data_center';
  return pickWeighted(prng, [
    ['regional_data_center_vps', 60],
    ['regional_data_center_colocation', 25],
    ['third_party_cloud', 8],
    ['agency_server', 7],
  ]);
}

function pickCertificate(spec: DemoApplication, c: DemoApplicationContext): Pick<ApplicationInput, 'hasCertificate' | 'certificateExpiresAt'> {
  const gaps = spec.gaps ?? [];
  if (gaps.includes('noCertificate')) return { hasCertificate: false, certificateExpiresAt: null };
  if (gaps.includes('certificateExpired')) return { hasCertificate: true, certificateExpiresAt: addDays(c.today, -c.prng.int(10, 240)) };
  if (gaps.includes('certificateExpiring')) return { hasCertificate: true, certificateExpiresAt: addDays(c.today, c.prng.int(5, 28)) };
  if (spec.nationalOwner || c.prng.chance(0.2)) return { hasCertificate: false, certificateExpiresAt: null };
  return { hasCertificate: true, certificateExpiresAt: addDays(c.today, c.prng.int(45, 720)) };
}

function pickLastEvaluation(spec: DemoApplication, c: DemoApplicationContext): string | null {
  const gaps = spec.gaps ?? [];
  if (gaps.includes('neverEvaluated')) return null;
  if (gaps.includes('evaluationStale')) return addDays(c.today, -c.prng.int(400, 900));
  const roll = c.prng.next();
  if (roll < 0.1) return null;
  if (roll < 0.2) return addDays(c.today, -c.prng.int(380, 800));
  return addDays(c.today, -c.prng.int(20, 330));
}

function pickLicence(spec: DemoApplication, prng: Prng): string | null {
  if (spec.gaps?.includes('noLicence')) return null;
  if (spec.nationalOwner) return `Aplikasi ${spec.nationalOwner}, dipakai tanpa biaya lisensi`;
  if (spec.vendor) return 'Lisensi pakai dari penyedia sesuai kontrak';
  return prng.chance(0.8) ? 'Hak cipta Pemerintah Daerah (kode sumber milik daerah)' : 'Sumber terbuka (GPL-3.0)';
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Turns one catalogue entry into the registry's input, through the factory the tests use.
 * The PRNG fills in what the entry leaves open, in catalogue order, so every run builds the
 * same registry; dates are counted from `today` so expired and due-soon entries stay so.
 */
export function buildDemoApplication(spec: DemoApplication, tenantName: string, c: DemoApplicationContext): ApplicationInput {
  const ownerAgencyId = c.agencyIds.get(spec.agency);
  if (!ownerAgencyId) throw new Error(`demo catalogue names an unknown agency: ${spec.agency}`);
  const national = !!spec.nationalOwner;
  const ownBuild = !national && !spec.vendor;
  const owner = national ? spec.nationalOwner! : spec.vendor ? 'Penyedia (kontrak pengembangan)' : tenantName;
  const hasRepository = ownBuild && !spec.gaps?.includes('noRepository') && c.prng.chance(0.85);
  return buildApplicationInput(ownerAgencyId, {
    name: spec.name,
    description: spec.description,
    operatorAgencyId: spec.operator ? (c.agencyIds.get(spec.operator) ?? null) : null,
    kind: spec.kind ?? 'specific',
    commonCategory: spec.category ?? null,
    businessFunction: spec.businessFunction,
    stage: pickStage(spec, c),
    platforms: spec.platforms ?? ['web'],
    url: spec.url ?? (spec.host ? `https://${spec.host}.${demoCity.domain}` : null),
    subdomain: spec.host ? `${spec.host}.${demoCity.domain}` : null,
    hosting: pickHosting(spec, c.prng),
    repositoryLocation: hasRepository ? `https://git.${demoCity.domain}/${c.mailboxes.get(spec.agency)}/${slug(spec.name)}` : null,
    licence: pickLicence(spec, c.prng),
    copyrightOwner: owner,
    fundingSource: spec.fundingSource ?? (national ? 'apbn' : 'apbd'),
    // a ministry's application is supplied by the central government; a vendor's build here is contracted at the city's cost
    supplier: spec.supplier ?? (national ? 'central_government' : 'pemda'),
    sso: !national && c.prng.chance(0.45),
    ictOfficeSuperAdmin: !spec.gaps?.includes('noSuperAdmin'),
    ...pickCertificate(spec, c),
    apisProvided: spec.apisProvided ?? [],
    apisUsed: spec.apisUsed ?? [],
    lastServiceEvaluationAt: pickLastEvaluation(spec, c),
    recommendationRef: ownBuild && spec.agency !== 'DISKOMINFO' && c.prng.chance(0.5) ? `REK-DEMO/${c.prng.int(100, 999)}/DISKOMINFO` : null,
    duplicateJustification: spec.duplicateJustification ?? null,
    specificConditions: spec.specificConditions ?? null,
  });
}
