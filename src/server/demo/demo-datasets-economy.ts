import { toCsvUpload, toGeoJsonUpload, toXlsxUpload } from './demo-data-files';
import * as tables from './demo-data-tables';
import { fictional, lastSemester, lastQuarter, lastYear, month, openLicence, year, type DemoDataset } from './demo-dataset-spec';

/** Public data about the economy, finance, territory and infrastructure, with generated CSV, XLSX and GeoJSON files. */
export const openEconomyDatasets: readonly DemoDataset[] = [
  {
    producer: 'BPKAD',
    flow: 'edited_after_publish',
    sourceApplication: 'SIPD RI — Penganggaran dan Penatausahaan',
    updatedDaysAgo: 30,
    metadata: {
      title: 'Realisasi Anggaran Belanja per Perangkat Daerah',
      description: `Pagu dan realisasi belanja APBD per perangkat daerah, triwulanan. ${fictional}`,
      classification: 'public',
      category: 'finance',
      updateFrequency: 'quarterly',
      unitOfMeasure: 'rupiah; persen',
      areaCoverage: 'Kota Dumai',
      storageLocation: 'data_warehouse',
      licence: openLicence,
      tags: ['APBD', 'anggaran', 'realisasi'],
    },
    // the producer corrects the description after publication: the record goes back to the steward
    revision: { description: `Pagu dan realisasi belanja APBD per perangkat daerah, triwulanan, setelah pergeseran anggaran. ${fictional}` },
    files: async ({ prng, updatedOn, agencies }) => {
      const [y, q] = lastQuarter(updatedOn);
      return [await toXlsxUpload(`realisasi-belanja-${y}-tw${q}.xlsx`, `Triwulan ${q}`, tables.budgetRealisation(prng, agencies, y, q), updatedOn)];
    },
  },
  {
    producer: 'BAPENDA',
    flow: 'published',
    sourceApplication: 'e-Pajak Daerah',
    updatedDaysAgo: 15,
    metadata: {
      title: 'Realisasi Pajak Daerah per Bulan menurut Jenis Pajak',
      description: `Penerimaan pajak daerah per bulan menurut jenis pajak (UU 1/2022). ${fictional}`,
      classification: 'public',
      category: 'finance',
      updateFrequency: 'monthly',
      unitOfMeasure: 'rupiah',
      areaCoverage: 'Kota Dumai',
      storageLocation: 'regional_data_center',
      licence: openLicence,
      tags: ['pajak daerah', 'PAD'],
    },
    files: ({ prng, updatedOn }) => {
      const [y, months] = month(updatedOn) === 1 ? [year(updatedOn) - 1, 12] : [year(updatedOn), month(updatedOn) - 1];
      return [toCsvUpload(`realisasi-pajak-daerah-${y}.csv`, tables.localTaxRevenue(prng, y, months))];
    },
  },
  {
    producer: 'SETDA-TAPEM',
    flow: 'published',
    updatedDaysAgo: 420,
    metadata: {
      title: 'Kode dan Nama Wilayah Kecamatan Kota Dumai',
      description: 'Kode wilayah administrasi pemerintahan (Kemendagri) dan nama kecamatan di Kota Dumai, sebagai kode referensi bagi data perangkat daerah.',
      classification: 'public',
      category: 'territory',
      isReferenceData: true,
      updateFrequency: 'irregular',
      areaCoverage: 'Kota Dumai',
      storageLocation: 'data_warehouse',
      licence: openLicence,
      tags: ['kode wilayah', 'kecamatan', 'referensi'],
    },
    files: () => [toCsvUpload('kode-wilayah-kecamatan.csv', { columns: ['kode_wilayah', 'kecamatan'], rows: tables.demoKecamatan.map((k) => [k.code, k.name]) })],
  },
  {
    producer: 'BPBD',
    flow: 'published',
    sourceApplication: 'Sistem Informasi Kebencanaan Daerah',
    updatedDaysAgo: 180,
    metadata: {
      title: 'Titik Rawan Banjir Rob dan Genangan',
      description: `Lokasi rawan banjir rob dan genangan hujan di kecamatan pesisir, dengan tingkat kerawanan. ${fictional}`,
      classification: 'public',
      category: 'territory',
      updateFrequency: 'annual',
      format: 'GeoJSON',
      areaCoverage: 'Kota Dumai',
      licence: openLicence,
      tags: ['bencana', 'banjir', 'peta'],
    },
    files: ({ prng }) => [toGeoJsonUpload('titik-rawan-banjir.geojson', tables.floodProneSpots(prng))],
  },
  {
    producer: 'DISPAR',
    flow: 'published',
    updatedDaysAgo: 125,
    metadata: {
      title: 'Jumlah Kunjungan Wisatawan per Bulan',
      description: `Kunjungan wisatawan nusantara dan mancanegara ke objek wisata Kota Dumai per bulan. ${fictional}`,
      classification: 'public',
      category: 'tourism_hospitality',
      updateFrequency: 'monthly',
      unitOfMeasure: 'kunjungan',
      areaCoverage: 'Kota Dumai',
      licence: openLicence,
      tags: ['pariwisata', 'wisatawan'],
    },
    files: ({ prng, updatedOn }) => {
      const [y, months] = month(updatedOn) === 1 ? [year(updatedOn) - 1, 12] : [year(updatedOn), month(updatedOn) - 1];
      return [toCsvUpload(`kunjungan-wisatawan-${y}.csv`, tables.touristVisits(prng, y, months))];
    },
  },
  {
    producer: 'DISDAG',
    flow: 'published',
    sourceApplication: 'Sistem Informasi Harga Bahan Pokok',
    updatedDaysAgo: 3,
    metadata: {
      title: 'Harga Rata-rata Bahan Pokok di Pasar Tradisional',
      description: `Harga rata-rata mingguan tujuh bahan pokok di tiga pasar tradisional, bahan pengendalian inflasi daerah. ${fictional}`,
      classification: 'public',
      category: 'trade',
      updateFrequency: 'weekly',
      unitOfMeasure: 'rupiah per satuan',
      areaCoverage: 'Kota Dumai',
      licence: openLicence,
      tags: ['harga', 'bahan pokok', 'inflasi'],
    },
    files: ({ prng, updatedOn }) => [toCsvUpload(`harga-bahan-pokok-${updatedOn}.csv`, tables.foodPrices(prng, updatedOn))],
  },
  {
    producer: 'DISKAN',
    flow: 'published',
    sourceApplication: 'Sistem Informasi Produksi Perikanan',
    updatedDaysAgo: 150,
    metadata: {
      title: 'Produksi Perikanan Tangkap menurut Jenis Ikan',
      description: `Volume dan nilai produksi perikanan tangkap nelayan Kota Dumai menurut jenis ikan. ${fictional}`,
      classification: 'public',
      category: 'fisheries_livestock',
      updateFrequency: 'annual',
      unitOfMeasure: 'ton; juta rupiah',
      areaCoverage: 'Kota Dumai',
      licence: openLicence,
      tags: ['perikanan', 'nelayan'],
    },
    files: ({ prng, updatedOn }) => [toCsvUpload(`produksi-perikanan-${lastYear(updatedOn)}.csv`, tables.fisheryProduction(prng, lastYear(updatedOn)))],
  },
  {
    producer: 'DISNAKER',
    flow: 'published',
    sourceApplication: 'Kartu Pencari Kerja Daring',
    updatedDaysAgo: 60,
    metadata: {
      title: 'Pencari Kerja Terdaftar menurut Pendidikan',
      description: `Pencari kerja yang terdaftar (kartu AK/I) per semester menurut tingkat pendidikan dan jenis kelamin. ${fictional}`,
      classification: 'public',
      category: 'employment',
      updateFrequency: 'semiannual',
      unitOfMeasure: 'orang',
      areaCoverage: 'Kota Dumai',
      licence: openLicence,
      tags: ['ketenagakerjaan', 'pencari kerja'],
    },
    files: ({ prng, updatedOn }) => {
      const [y, s] = lastSemester(updatedOn);
      return [toCsvUpload(`pencari-kerja-${y}-s${s}.csv`, tables.jobSeekers(prng, y, s))];
    },
  },
  {
    producer: 'DPUPR',
    flow: 'published',
    sourceApplication: 'Sistem Informasi Jalan dan Jembatan',
    updatedDaysAgo: 210,
    metadata: {
      title: 'Panjang Jalan Kota menurut Kondisi',
      description: `Panjang jalan kota per kecamatan menurut kondisi permukaan. ${fictional}`,
      classification: 'public',
      category: 'urban_infrastructure',
      updateFrequency: 'annual',
      unitOfMeasure: 'km',
      areaCoverage: 'Kota Dumai',
      licence: openLicence,
      tags: ['jalan', 'infrastruktur'],
    },
    files: async ({ prng, updatedOn }) => [await toXlsxUpload(`kondisi-jalan-${lastYear(updatedOn)}.xlsx`, 'Kondisi Jalan', tables.roadConditions(prng, lastYear(updatedOn)), updatedOn)],
  },
  {
    producer: 'DISHUB',
    flow: 'published',
    updatedDaysAgo: 300,
    metadata: {
      title: 'Trayek Angkutan Kota',
      description: 'Daftar trayek angkutan kota dengan rute dan jumlah armada, ditautkan dari peta trayek Dinas Perhubungan.',
      classification: 'public',
      category: 'transportation',
      updateFrequency: 'irregular',
      areaCoverage: 'Kota Dumai',
      licence: openLicence,
      tags: ['angkutan kota', 'trayek'],
    },
    links: [{ name: 'Peta trayek angkutan kota', url: 'https://dishub.dumaikota.go.id/trayek', format: 'HTML', description: 'Halaman peta trayek pada website Dinas Perhubungan.' }],
  },
];
