import type { IctAssetCategory, IctAssetInput } from '../../shared/ict-assets';
import { createIctAssetInTx, disposeIctAsset } from '../modules/ict-assets/service';
import { setUsefulLives } from '../modules/ict-assets/useful-life-service';
import type { DemoWorld } from './demo-world';

interface Model {
  category: IctAssetCategory;
  brand: string;
  model: string;
  /** Rupiah, what the city paid */
  value: number;
  /** illustrative kode barang (Alat Pengolah Data / Alat Komunikasi groups); fictional numbering */
  itemCode: string;
}

const endUser: readonly Model[] = [
  { category: 'pc', brand: 'HP', model: 'ProDesk 400 G7', value: 11_750_000, itemCode: '1.3.2.10.02.01.001' },
  { category: 'pc', brand: 'Lenovo', model: 'ThinkCentre M70t', value: 12_400_000, itemCode: '1.3.2.10.02.01.001' },
  { category: 'laptop', brand: 'Lenovo', model: 'ThinkPad E14 Gen 5', value: 14_500_000, itemCode: '1.3.2.10.02.02.001' },
  { category: 'laptop', brand: 'Asus', model: 'ExpertBook B1400', value: 10_900_000, itemCode: '1.3.2.10.02.02.001' },
  { category: 'printer', brand: 'Epson', model: 'L3210', value: 2_350_000, itemCode: '1.3.2.10.02.03.003' },
  { category: 'printer', brand: 'Canon', model: 'imageCLASS MF244dw', value: 4_800_000, itemCode: '1.3.2.10.02.03.003' },
  { category: 'ups', brand: 'APC', model: 'Back-UPS 1100VA', value: 1_950_000, itemCode: '1.3.2.10.02.04.001' },
];

/** The ICT office's own equipment: the data room, the backbone, CCTV and the licences it holds for the city. */
const ictOffice: readonly (Model & { location: string; receivedFrom?: IctAssetInput['receivedFrom'] })[] = [
  { category: 'server', brand: 'Dell', model: 'PowerEdge R750', value: 185_000_000, itemCode: '1.3.2.10.01.02.004', location: 'Ruang Server Diskominfo, Rak A' },
  { category: 'server', brand: 'Dell', model: 'PowerEdge R740', value: 162_000_000, itemCode: '1.3.2.10.01.02.004', location: 'Ruang Server Diskominfo, Rak A' },
  { category: 'server', brand: 'HPE', model: 'ProLiant DL380 Gen10', value: 148_500_000, itemCode: '1.3.2.10.01.02.004', location: 'Ruang Server Diskominfo, Rak B' },
  { category: 'server', brand: 'HPE', model: 'ProLiant DL360 Gen9', value: 121_000_000, itemCode: '1.3.2.10.01.02.004', location: 'Ruang Server Diskominfo, Rak B' },
  { category: 'storage', brand: 'Synology', model: 'RackStation RS3621xs+', value: 96_000_000, itemCode: '1.3.2.10.01.02.006', location: 'Ruang Server Diskominfo, Rak B' },
  { category: 'network_device', brand: 'MikroTik', model: 'CCR2004-16G-2S+', value: 9_800_000, itemCode: '1.3.2.05.01.05.013', location: 'Ruang Server Diskominfo, Rak C' },
  { category: 'network_device', brand: 'Cisco', model: 'Catalyst 9200L-24T', value: 38_500_000, itemCode: '1.3.2.05.01.05.013', location: 'Ruang Server Diskominfo, Rak C' },
  { category: 'network_device', brand: 'Fortinet', model: 'FortiGate 100F', value: 74_000_000, itemCode: '1.3.2.05.01.05.013', location: 'Ruang Server Diskominfo, Rak C' },
  { category: 'network_device', brand: 'Ubiquiti', model: 'airFiber 5XHD', value: 16_200_000, itemCode: '1.3.2.05.01.05.013', location: 'Menara BTS Kantor Wali Kota' },
  { category: 'ups', brand: 'APC', model: 'Smart-UPS SRT 10kVA', value: 88_000_000, itemCode: '1.3.2.10.02.04.001', location: 'Ruang Server Diskominfo' },
  { category: 'cctv', brand: 'Hikvision', model: 'DS-2CD2143G2-I', value: 3_400_000, itemCode: '1.3.2.06.02.01.042', location: 'Simpang Jalan Sudirman–Jalan Ombak' },
  { category: 'cctv', brand: 'Dahua', model: 'IPC-HFW2431S', value: 2_900_000, itemCode: '1.3.2.06.02.01.042', location: 'Pelabuhan Dumai, Gerbang Utama' },
  // Dumai 18/2019 Ps 20(6): equipment handed over by the province, to be integrated by the ICT office
  { category: 'server', brand: 'Lenovo', model: 'ThinkSystem SR650', value: 134_000_000, itemCode: '1.3.2.10.01.02.004', location: 'Ruang Server Diskominfo, Rak A', receivedFrom: 'provincial_government' },
  { category: 'software_licence', brand: 'Microsoft', model: 'Windows Server 2022 Standard (16 core)', value: 14_200_000, itemCode: '1.5.3.01.01.01.001', location: 'Ruang Server Diskominfo' },
  { category: 'software_licence', brand: 'VMware', model: 'vSphere Standard (2 CPU)', value: 27_600_000, itemCode: '1.5.3.01.01.01.001', location: 'Ruang Server Diskominfo' },
];

/** Agencies whose staff offices the demo equips, with how many end-user devices each. */
const equipped: readonly [string, number][] = [
  ['SETDA', 8], ['BAPPEDA', 6], ['BPKAD', 7], ['BAPENDA', 6], ['BKPSDM', 5], ['INSPEKTORAT', 4], ['DISDIK', 7], ['DINKES', 7],
  ['RSUD', 6], ['DISDUKCAPIL', 8], ['DPMPTSP', 6], ['DINSOS', 4], ['DPUPR', 5], ['DISHUB', 4], ['SATPOLPP', 3], ['DLH', 3], ['DISKOMINFO', 6],
];

const rooms = ['Ruang Sekretariat', 'Ruang Kepala', 'Ruang Bidang Program', 'Ruang Pelayanan', 'Ruang Umum dan Kepegawaian', 'Ruang Rapat'];
const people = ['Rahmat Hidayat', 'Siti Aisyah', 'Fitri Handayani', 'Andi Saputra', 'Dedi Kurniawan', 'Nurul Fadilah', 'Yusuf Maulana', 'Rina Oktaviani'];

/**
 * The ICT asset registry of the demo city (Dumai 18/2019 Ps 19(5), 20(4)): each agency's
 * end-user devices registered by its operator, the ICT office's data room, backbone, CCTV and
 * licences, a server handed over by the province, ages from new to past their useful life (so
 * the replacement forecast has something in each year), a few broken devices, two disposals,
 * and the ICT office's own useful life for servers.
 */
export async function createDemoIctAssets(world: DemoWorld) {
  const prng = world.prng('ict-assets');
  const pick = <T>(items: readonly T[]) => items[prng.int(0, items.length - 1)];
  const condition = (): IctAssetInput['condition'] => (prng.chance(0.08) ? 'major_damage' : prng.chance(0.15) ? 'minor_damage' : 'good');
  const register = new Map<string, number>();
  const nextRegister = (code: string) => {
    const n = (register.get(code) ?? 0) + 1;
    register.set(code, n);
    return String(n).padStart(4, '0');
  };
  await setUsefulLives(world.db, world.admin, { years: { server: 6, network_device: 6 } });
  const created: { id: string; agency: string; category: IctAssetCategory }[] = [];
  const add = async (agency: string, input: IctAssetInput) => {
    const ctx = agency === 'DISKOMINFO' ? world.admin : world.operator(agency);
    const row = await world.db.transaction((tx) => createIctAssetInTx(tx, ctx, input));
    created.push({ id: row.id, agency, category: row.category });
  };
  for (const [agency, count] of equipped) {
    for (let i = 0; i < count; i++) {
      const m = pick(endUser);
      const daysAgo = prng.int(60, 3300);
      const c = condition();
      await add(agency, {
        agencyId: world.agencyId(agency),
        category: m.category,
        brand: m.brand,
        model: m.model,
        serialNumber: `${m.brand.slice(0, 2).toUpperCase()}${prng.int(10_000_000, 99_999_999)}`,
        itemCode: m.itemCode,
        registerNumber: nextRegister(m.itemCode),
        acquiredOn: world.clock.date(-daysAgo),
        acquisitionValue: m.value,
        fundingSource: prng.chance(0.9) ? 'apbd' : 'grant',
        location: `${world.agencyNames.get(agency)}, ${pick(rooms)}`,
        responsiblePerson: pick(people),
        condition: c,
        performanceNote: c === 'major_damage' ? 'Tidak menyala; biaya perbaikan melebihi nilai wajar.' : c === 'minor_damage' ? 'Berfungsi, tetapi lambat dan sering perlu dimulai ulang.' : null,
        receivedFrom: null,
      });
    }
  }
  for (const m of ictOffice) {
    await add('DISKOMINFO', {
      agencyId: world.agencyId('DISKOMINFO'),
      category: m.category,
      brand: m.brand,
      model: m.model,
      serialNumber: m.category === 'software_licence' ? null : `${m.brand.slice(0, 3).toUpperCase()}-${prng.int(100_000, 999_999)}`,
      itemCode: m.itemCode,
      registerNumber: nextRegister(m.itemCode),
      acquiredOn: world.clock.date(-prng.int(200, 2900)),
      acquisitionValue: m.value,
      fundingSource: m.receivedFrom ? null : 'apbd',
      location: m.location,
      responsiblePerson: 'Andi Saputra',
      condition: condition(),
      performanceNote: m.category === 'server' ? 'Beban CPU rata-rata 45% pada jam kerja.' : null,
      receivedFrom: m.receivedFrom ?? null,
    });
  }
  // two disposals (penghapusan) decided by the agency heads
  const disposals = created.filter((c) => c.agency !== 'DISKOMINFO' && (c.category === 'printer' || c.category === 'pc')).slice(0, 2);
  for (const d of disposals) {
    await disposeIctAsset(world.db, world.head(d.agency), d.id, { disposedOn: world.clock.date(-prng.int(10, 40)), reason: 'Rusak berat dan tidak ekonomis diperbaiki; diusulkan penghapusan ke BPKAD.' });
  }
  return { assets: created.length, disposed: disposals.length };
}
