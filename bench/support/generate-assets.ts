import type { DB } from '../../src/server/platform/db/database';
import { newId } from '../../src/server/platform/ids';
import { agencies } from '../../src/server/modules/agencies/tables';
import { ictAssets } from '../../src/server/modules/ict-assets/tables';
import { createTenant } from '../../src/server/modules/tenants/service';
import { buildSetupInput } from '../../src/server/testing/factories';
import { ictAssetCategories, ictAssetConditions, ictAssetOrigins, type IctAssetCategory } from '../../src/shared/ict-assets';
import { fundingSources } from '../../src/shared/applications';

/** mulberry32: a small deterministic PRNG, so every run builds the same city. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Brands and models as an Indonesian city's inventory shows them, with a typical price per category. */
const catalogue: Record<IctAssetCategory, { share: number; price: [number, number]; items: [string, string[]][]; itemCode: string }> = {
  pc: { share: 30, price: [7_000_000, 15_000_000], itemCode: '1.3.2.10.02.01', items: [['Lenovo', ['ThinkCentre M70t', 'ThinkCentre neo 50s']], ['HP', ['ProDesk 400 G7', 'EliteDesk 800 G6']], ['Dell', ['OptiPlex 3080', 'OptiPlex 7090']], ['Acer', ['Veriton M4690G']], ['Asus', ['ExpertCenter D5']]] },
  laptop: { share: 22, price: [8_000_000, 22_000_000], itemCode: '1.3.2.10.02.02', items: [['Lenovo', ['ThinkPad E14', 'IdeaPad Slim 3']], ['HP', ['ProBook 440 G9', 'EliteBook 840']], ['Asus', ['VivoBook 14', 'ExpertBook B1']], ['Acer', ['TravelMate P214', 'Aspire 5']], ['Dell', ['Latitude 3420']]] },
  printer: { share: 16, price: [2_000_000, 9_000_000], itemCode: '1.3.2.10.02.05', items: [['Epson', ['L3210', 'L5290', 'WorkForce WF-C5790']], ['Canon', ['PIXMA G3010', 'imageCLASS MF445dw']], ['HP', ['LaserJet Pro M404dn', 'Smart Tank 515']], ['Brother', ['HL-L2375DW']]] },
  network_device: { share: 9, price: [1_500_000, 45_000_000], itemCode: '1.3.2.10.03.01', items: [['MikroTik', ['RB4011', 'CCR2004-1G-12S+2XS', 'hAP ac2']], ['Cisco', ['Catalyst 9200L', 'ISR 1100']], ['Ruijie', ['RG-S2910-24GT4XS']], ['TP-Link', ['TL-SG3428', 'EAP245']], ['Ubiquiti', ['UniFi AP AC Pro']]] },
  ups: { share: 7, price: [1_200_000, 35_000_000], itemCode: '1.3.2.10.03.09', items: [['APC', ['Back-UPS 1100VA', 'Smart-UPS SRT 3000']], ['ICA', ['CE1200', 'SE3100']], ['Prolink', ['PRO1201SFC']]] },
  cctv: { share: 6, price: [900_000, 6_000_000], itemCode: '1.3.2.10.03.07', items: [['Hikvision', ['DS-2CD1023G0E-I', 'DS-7608NI-K2']], ['Dahua', ['IPC-HFW1230S', 'NVR4108HS']], ['EZVIZ', ['C6N']]] },
  server: { share: 2, price: [60_000_000, 450_000_000], itemCode: '1.3.2.10.01.01', items: [['Dell', ['PowerEdge R750', 'PowerEdge R450']], ['HPE', ['ProLiant DL380 Gen10', 'ProLiant ML110 Gen10']], ['Lenovo', ['ThinkSystem SR650']]] },
  storage: { share: 2, price: [15_000_000, 250_000_000], itemCode: '1.3.2.10.01.04', items: [['Synology', ['DS1621+', 'RS1221+']], ['QNAP', ['TS-873A']], ['Dell', ['PowerVault ME5012']]] },
  software_licence: { share: 4, price: [1_500_000, 30_000_000], itemCode: '1.5.3.01.01.01', items: [['Microsoft', ['Office LTSC 2021 Standard', 'Windows 11 Pro', 'Microsoft 365 Business Standard']], ['Adobe', ['Creative Cloud Teams', 'Acrobat Pro']], ['ESET', ['PROTECT Entry']], ['CorelDRAW', ['Graphics Suite 2024']]] },
  other: { share: 2, price: [500_000, 12_000_000], itemCode: '1.3.2.10.02.99', items: [['Epson', ['EB-X500 Proyektor']], ['Logitech', ['Rally Bar']], ['Samsung', ['Smart Signage QB55']]] },
};
const fundingCycle: (typeof fundingSources)[number][] = ['apbd', 'apbd', 'apbd', 'apbd', 'apbd', 'apbd', 'apbn', 'grant', 'csr', 'other'];
const rooms = ['Ruang Kepala', 'Ruang Sekretariat', 'Ruang Rapat', 'Ruang Server', 'Ruang Pelayanan', 'Bidang Umum', 'Bidang Program', 'Gudang'];
const people = ['Andi Saputra', 'Siti Rahmawati', 'Budi Santoso', 'Dewi Lestari', 'Rudi Hartono', 'Nur Aisyah', 'Yusuf Maulana', 'Rina Marlina', 'Fajar Nugroho', 'Intan Permata'];
const agencyNames = ['Dinas Komunikasi dan Informatika', 'Badan Perencanaan Pembangunan Daerah', 'Inspektorat', 'Sekretariat Daerah', 'Badan Kepegawaian dan Pengembangan SDM', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'Bagian Organisasi', 'Dinas Pendidikan', 'Dinas Kesehatan', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Sosial', 'Dinas Perhubungan', 'Dinas Lingkungan Hidup', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Penanaman Modal dan PTSP'];
const specialRoles = ['ict_office', 'planning_office', 'inspectorate', 'regional_secretariat', 'hr_office', 'asset_office', 'organisation_bureau'];

const weighted = ictAssetCategories.flatMap((c) => Array.from({ length: catalogue[c].share }, () => c));

/**
 * A city's ICT inventory for the benchmark: `agencyCount` agencies of very different sizes
 * (a few large ones such as education and health, many small ones), and `assetCount` assets
 * over them and over every category, condition, funding source and origin, with brands,
 * models, item codes, register numbers and serial numbers as a KIB shows them, acquired
 * over the last twelve years. Deterministic (seeded PRNG).
 *
 * This is a benchmark fixture, not the write path: rows go in bulk through the module's table
 * definitions, without the service's validation, savepoints or audit entries.
 */
export async function generateAssetCity(db: DB, opts: { agencyCount: number; assetCount: number; seed?: number; tenantName?: string }) {
  const random = prng(opts.seed ?? 20261203);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const { tenantId, adminUserId } = await createTenant(
    db,
    buildSetupInput({ name: opts.tenantName ?? `Kota Aset ${Date.now().toString(36)}`, primaryDomain: 'dumaikota.go.id' }),
  );
  const agencyRows = Array.from({ length: opts.agencyCount }, (_, i) => ({
    tenantId,
    id: newId(),
    code: `PD${String(i + 1).padStart(3, '0')}`,
    name: i < agencyNames.length ? agencyNames[i] : `Kecamatan/Kelurahan ${i + 1 - agencyNames.length}`,
    kind: 'dinas',
    specialRoles: i < specialRoles.length ? [specialRoles[i]] : [],
  }));
  await db.insert(agencies).values(agencyRows);
  // agency sizes: weight 1/(rank+1)^0.8, so PD008 (education) holds several thousand and a kelurahan a few hundred
  const weights = agencyRows.map((_, i) => 1 / Math.pow(((i + 7) % agencyRows.length) + 1, 0.8));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0);
  const pickAgency = () => {
    const r = random();
    const i = cumulative.findIndex((c) => r <= c);
    return i < 0 ? agencyRows.length - 1 : i;
  };
  const registerByAgencyCode = new Map<string, number>();
  const now = new Date();
  const assets = Array.from({ length: opts.assetCount }, (_, n) => {
    const a = pickAgency();
    const category = pick(weighted);
    const entry = catalogue[category];
    const [brand, models] = pick(entry.items);
    const ageDays = Math.floor(random() * 12 * 365) + 1;
    const acquired = new Date(now.getTime() - ageDays * 86_400_000);
    const acquiredOn = acquired.toISOString().slice(0, 10);
    const oldness = ageDays / (12 * 365);
    const r = random();
    const condition = r < 0.75 - oldness * 0.4 ? ictAssetConditions[0] : r < 0.93 - oldness * 0.1 ? ictAssetConditions[1] : ictAssetConditions[2];
    const key = `${a}|${entry.itemCode}`;
    const register = (registerByAgencyCode.get(key) ?? 0) + 1;
    registerByAgencyCode.set(key, register);
    const [low, high] = entry.price;
    const disposed = condition === 'major_damage' && random() < 0.3;
    return {
      tenantId,
      id: newId(),
      agencyId: agencyRows[a].id,
      category,
      brand,
      model: pick(models),
      serialNumber: random() < 0.85 ? `${brand.slice(0, 2).toUpperCase()}${acquired.getFullYear()}${String(n).padStart(7, '0')}` : null,
      itemCode: random() < 0.9 ? entry.itemCode : null,
      registerNumber: String(register).padStart(6, '0'),
      acquiredOn,
      acquisitionValue: Math.round((low + random() * (high - low)) / 1000) * 1000,
      fundingSource: random() < 0.95 ? fundingCycle[n % fundingCycle.length] : null,
      location: random() < 0.8 ? `${pick(rooms)}, Lt. ${1 + Math.floor(random() * 3)}` : null,
      responsiblePerson: random() < 0.7 ? pick(people) : null,
      condition,
      performanceNote: condition === 'good' ? null : random() < 0.5 ? 'Kinerja menurun, perlu perawatan' : null,
      receivedFrom: random() < 0.06 ? pick(ictAssetOrigins) : null,
      status: disposed ? ('disposed' as const) : ('active' as const),
      disposedOn: disposed ? now.toISOString().slice(0, 10) : null,
      disposalReason: disposed ? 'Rusak berat, tidak ekonomis diperbaiki' : null,
    };
  });
  for (let i = 0; i < assets.length; i += 1000) await db.insert(ictAssets).values(assets.slice(i, i + 1000));
  return { tenantId, adminUserId, agencies: agencyRows, assets: assets.length };
}
