import type { AgencySpecialRole, agencyKinds } from '../platform/policy/roles';

/**
 * The demo city's Perangkat Daerah: the usual structure of an Indonesian city government
 * (Sekretariat Daerah and its bagian, Sekretariat DPRD, Inspektorat, badan, dinas,
 * kecamatan). `mailbox` is the local part of the agency's and its accounts' e-mail
 * addresses; `headTitle` names the head's account by office, never by person.
 */
export interface DemoAgency {
  code: string;
  name: string;
  kind: (typeof agencyKinds)[number];
  parent?: string;
  specialRoles?: AgencySpecialRole[];
  mailbox: string;
  headTitle?: string;
  /** Palu 14/2022 Ps 51: Perangkat Daerah Mandiri TIK, by decree (fictional decree numbers) */
  ictSelfRelianceDecree?: string;
}

const kecamatan = (code: string, name: string): DemoAgency => ({
  code: `KEC-${code}`,
  name: `Kecamatan ${name}`,
  kind: 'kecamatan',
  mailbox: `kec.${code.toLowerCase()}`,
  headTitle: `Camat ${name}`,
});

const bagian = (code: string, name: string, extra: Partial<DemoAgency> = {}): DemoAgency => ({
  code: `SETDA-${code}`,
  name: `Bagian ${name}`,
  kind: 'bagian',
  parent: 'SETDA',
  mailbox: `bag.${code.toLowerCase()}`,
  headTitle: `Kepala Bagian ${name}`,
  ...extra,
});

export const demoAgencies: readonly DemoAgency[] = [
  { code: 'SETDA', name: 'Sekretariat Daerah', kind: 'sekretariat', specialRoles: ['regional_secretariat'], mailbox: 'setda', headTitle: 'Sekretaris Daerah' },
  bagian('TAPEM', 'Tata Pemerintahan'),
  bagian('KESRA', 'Kesejahteraan Rakyat'),
  bagian('HUKUM', 'Hukum'),
  bagian('EKON', 'Perekonomian dan Sumber Daya Alam'),
  bagian('ADPEM', 'Administrasi Pembangunan'),
  bagian('PBJ', 'Pengadaan Barang dan Jasa'),
  bagian('UMUM', 'Umum'),
  bagian('ORG', 'Organisasi', { specialRoles: ['organisation_bureau'] }),
  bagian('PROKOPIM', 'Protokol dan Komunikasi Pimpinan'),
  { code: 'SETWAN', name: 'Sekretariat DPRD', kind: 'sekretariat', mailbox: 'setwan', headTitle: 'Sekretaris DPRD' },
  { code: 'INSPEKTORAT', name: 'Inspektorat', kind: 'inspektorat', specialRoles: ['inspectorate'], mailbox: 'inspektorat', headTitle: 'Inspektur' },
  { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', kind: 'badan', specialRoles: ['planning_office'], mailbox: 'bappeda' },
  { code: 'BPKAD', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', kind: 'badan', specialRoles: ['asset_office'], mailbox: 'bpkad' },
  { code: 'BAPENDA', name: 'Badan Pendapatan Daerah', kind: 'badan', mailbox: 'bapenda' },
  { code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', kind: 'badan', specialRoles: ['hr_office'], mailbox: 'bkpsdm' },
  { code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', kind: 'badan', mailbox: 'bpbd', headTitle: 'Kepala Pelaksana BPBD' },
  { code: 'KESBANGPOL', name: 'Badan Kesatuan Bangsa dan Politik', kind: 'badan', mailbox: 'kesbangpol' },
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', kind: 'dinas', specialRoles: ['ict_office'], mailbox: 'diskominfo' },
  { code: 'DISDIK', name: 'Dinas Pendidikan', kind: 'dinas', mailbox: 'disdik' },
  { code: 'DINKES', name: 'Dinas Kesehatan', kind: 'dinas', mailbox: 'dinkes' },
  {
    code: 'RSUD',
    name: 'Rumah Sakit Umum Daerah Kota Dumai',
    kind: 'rsud',
    parent: 'DINKES',
    mailbox: 'rsud',
    headTitle: 'Direktur RSUD Kota Dumai',
    ictSelfRelianceDecree: 'Keputusan Wali Kota Dumai Nomor 000.8/DEMO-01/2023 (contoh fiktif)',
  },
  {
    code: 'DISDUKCAPIL',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    kind: 'dinas',
    mailbox: 'disdukcapil',
    ictSelfRelianceDecree: 'Keputusan Wali Kota Dumai Nomor 000.8/DEMO-02/2024 (contoh fiktif)',
  },
  { code: 'DPMPTSP', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', kind: 'dinas', mailbox: 'dpmptsp' },
  { code: 'DINSOS', name: 'Dinas Sosial', kind: 'dinas', mailbox: 'dinsos' },
  { code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', kind: 'dinas', mailbox: 'dpupr' },
  { code: 'DISHUB', name: 'Dinas Perhubungan', kind: 'dinas', mailbox: 'dishub' },
  { code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', kind: 'lainnya', mailbox: 'satpolpp', headTitle: 'Kepala Satuan Polisi Pamong Praja' },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup', kind: 'dinas', mailbox: 'dlh' },
  { code: 'DISPAR', name: 'Dinas Pariwisata', kind: 'dinas', mailbox: 'dispar' },
  { code: 'DISDAG', name: 'Dinas Perdagangan', kind: 'dinas', mailbox: 'disdag' },
  { code: 'DISNAKER', name: 'Dinas Tenaga Kerja', kind: 'dinas', mailbox: 'disnaker' },
  { code: 'DISTAN', name: 'Dinas Pertanian', kind: 'dinas', mailbox: 'distan' },
  { code: 'DISKAN', name: 'Dinas Perikanan', kind: 'dinas', mailbox: 'diskan' },
  { code: 'DISPUSIP', name: 'Dinas Perpustakaan dan Kearsipan', kind: 'dinas', mailbox: 'dispusip' },
  { code: 'DP3A', name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', kind: 'dinas', mailbox: 'dp3a' },
  { code: 'DISKOPUKM', name: 'Dinas Koperasi dan Usaha Kecil Menengah', kind: 'dinas', mailbox: 'diskopukm' },
  { code: 'DPPKB', name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana', kind: 'dinas', mailbox: 'dppkb' },
  // the seven kecamatan of Kota Dumai
  kecamatan('BKP', 'Bukit Kapur'),
  kecamatan('DB', 'Dumai Barat'),
  kecamatan('DK', 'Dumai Kota'),
  kecamatan('DS', 'Dumai Selatan'),
  kecamatan('DT', 'Dumai Timur'),
  kecamatan('MK', 'Medang Kampai'),
  kecamatan('SS', 'Sungai Sembilan'),
];

/** The head's account title: "Kepala <agency>" unless the office has its own title. */
export function headTitleOf(agency: DemoAgency): string {
  return agency.headTitle ?? `Kepala ${agency.name}`;
}
