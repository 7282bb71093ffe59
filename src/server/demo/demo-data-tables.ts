import type { DataTable } from './demo-data-files';
import type { Prng } from './prng';

/**
 * The contents of the demo's data files: the tables a city's agencies publish, with
 * realistic columns and invented numbers of a plausible size for a city of about 300,000
 * people. Every number comes from the seeded PRNG, so every run writes the same files.
 */

// Kota Dumai's seven kecamatan with their Kemendagri codes and a rough share of the population
export const demoKecamatan = [
  { code: '14.72.01', name: 'Dumai Barat', share: 0.14 },
  { code: '14.72.02', name: 'Dumai Timur', share: 0.2 },
  { code: '14.72.03', name: 'Bukit Kapur', share: 0.16 },
  { code: '14.72.04', name: 'Sungai Sembilan', share: 0.1 },
  { code: '14.72.05', name: 'Medang Kampai', share: 0.05 },
  { code: '14.72.06', name: 'Dumai Kota', share: 0.15 },
  { code: '14.72.07', name: 'Dumai Selatan', share: 0.2 },
] as const;

const vary = (prng: Prng, value: number, spread = 0.08) => Math.round(value * (1 - spread + prng.next() * 2 * spread));

export function populationByKecamatan(prng: Prng, year: number, semester: 1 | 2): DataTable {
  const total = 318_000 + (year - 2024) * 4_200;
  return {
    columns: ['kode_wilayah', 'kecamatan', 'laki_laki', 'perempuan', 'jumlah', 'tahun', 'semester'],
    rows: demoKecamatan.map((k) => {
      const people = vary(prng, total * k.share, 0.03);
      const men = Math.round(people * (0.505 + prng.next() * 0.01));
      return [k.code, k.name, men, people - men, people, year, semester];
    }),
  };
}

export function populationByAgeGroup(prng: Prng, year: number): DataTable {
  const groups = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75+'];
  const weights = [9.2, 9.0, 8.8, 8.6, 8.4, 8.3, 8.1, 7.9, 7.3, 6.5, 5.6, 4.5, 3.4, 2.3, 1.4, 1.2];
  return {
    columns: ['kelompok_umur', 'laki_laki', 'perempuan', 'jumlah', 'tahun'],
    rows: groups.map((group, i) => {
      const people = vary(prng, 3_230 * weights[i], 0.04);
      const men = Math.round(people * (0.5 + prng.next() * 0.02));
      return [group, men, people - men, people, year];
    }),
  };
}

export function healthFacilities(prng: Prng): DataTable {
  const rows: DataTable['rows'] = [];
  for (const k of demoKecamatan) {
    rows.push([`Puskesmas ${k.name}`, 'Puskesmas', k.name, `Jalan Contoh Raya No. ${prng.int(1, 120)}`, k.share > 0.12 ? 'Rawat inap' : 'Non rawat inap', 0]);
    if (k.share > 0.15) rows.push([`Puskesmas ${k.name} II`, 'Puskesmas', k.name, `Jalan Contoh Baru No. ${prng.int(1, 90)}`, 'Non rawat inap', 0]);
    rows.push([`Klinik Pratama Contoh ${k.name}`, 'Klinik pratama', k.name, `Jalan Contoh No. ${prng.int(1, 60)}`, 'Rawat jalan', 0]);
  }
  rows.push(['RSUD Kota Dumai', 'Rumah sakit umum daerah', 'Dumai Selatan', 'Jalan Contoh Sehat No. 1', 'Rawat inap', 200 + prng.int(0, 40)]);
  rows.push(['Rumah Sakit Swasta Contoh', 'Rumah sakit umum', 'Dumai Kota', 'Jalan Contoh Merdeka No. 8', 'Rawat inap', 90 + prng.int(0, 30)]);
  return { columns: ['nama_fasilitas', 'jenis', 'kecamatan', 'alamat', 'layanan', 'jumlah_tempat_tidur'], rows };
}

export function immunisationCoverage(prng: Prng, year: number): DataTable {
  return {
    columns: ['puskesmas', 'sasaran_bayi', 'imunisasi_dasar_lengkap', 'persentase', 'tahun'],
    rows: demoKecamatan.map((k) => {
      const target = vary(prng, 6_100 * k.share * 1.05);
      const done = Math.round(target * (0.82 + prng.next() * 0.15));
      return [`Puskesmas ${k.name}`, target, done, Number(((done / target) * 100).toFixed(1)), year];
    }),
  };
}

export function schoolsByKecamatan(prng: Prng, year: number): DataTable {
  return {
    columns: ['kecamatan', 'sd_negeri', 'sd_swasta', 'smp_negeri', 'smp_swasta', 'tahun_ajaran'],
    rows: demoKecamatan.map((k) => [k.name, vary(prng, 130 * k.share), vary(prng, 40 * k.share), vary(prng, 32 * k.share), vary(prng, 18 * k.share), `${year}/${year + 1}`]),
  };
}

export function studentsByLevel(prng: Prng, year: number): DataTable {
  return {
    columns: ['kecamatan', 'jenjang', 'laki_laki', 'perempuan', 'jumlah', 'tahun_ajaran'],
    rows: demoKecamatan.flatMap((k) =>
      (['SD', 'SMP'] as const).map((level) => {
        const pupils = vary(prng, (level === 'SD' ? 38_000 : 17_000) * k.share);
        const boys = Math.round(pupils * (0.49 + prng.next() * 0.03));
        return [k.name, level, boys, pupils - boys, pupils, `${year}/${year + 1}`];
      }),
    ),
  };
}

/** Realisation of the regional budget by agency: ceilings and spending in rupiah. */
export function budgetRealisation(prng: Prng, agencies: readonly { code: string; name: string }[], year: number, quarter: number): DataTable {
  return {
    columns: ['kode_perangkat_daerah', 'perangkat_daerah', 'pagu_anggaran', 'realisasi', 'persentase', 'tahun', 'triwulan'],
    rows: agencies.map((a) => {
      const ceiling = prng.int(4, 180) * 1_000_000_000 + prng.int(0, 999) * 1_000_000;
      const share = Math.min(0.98, quarter * 0.22 + prng.next() * 0.08);
      const spent = Math.round((ceiling * share) / 1000) * 1000;
      return [a.code, a.name, ceiling, spent, Number(((spent / ceiling) * 100).toFixed(2)), year, quarter];
    }),
  };
}

const monthNames = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** Local revenue by tax (UU 1/2022: PBJT and the other regional taxes), per month up to `months`. */
export function localTaxRevenue(prng: Prng, year: number, months: number): DataTable {
  const taxes: [string, number][] = [
    ['PBJT atas Makanan dan/atau Minuman', 4_100_000_000],
    ['PBJT atas Jasa Perhotelan', 1_300_000_000],
    ['PBJT atas Tenaga Listrik', 5_200_000_000],
    ['PBJT atas Jasa Parkir', 420_000_000],
    ['PBJT atas Jasa Kesenian dan Hiburan', 380_000_000],
    ['Pajak Reklame', 610_000_000],
    ['Pajak Air Tanah', 150_000_000],
    ['Pajak Bumi dan Bangunan Perdesaan dan Perkotaan', 2_400_000_000],
    ['Bea Perolehan Hak atas Tanah dan Bangunan', 1_900_000_000],
  ];
  const rows: DataTable['rows'] = [];
  for (let m = 0; m < months; m++) for (const [tax, base] of taxes) rows.push([year, monthNames[m], tax, Math.round(vary(prng, base / 12, 0.25) / 1000) * 1000]);
  return { columns: ['tahun', 'bulan', 'jenis_pajak', 'realisasi_rupiah'], rows };
}

export function touristVisits(prng: Prng, year: number, months: number): DataTable {
  const rows: DataTable['rows'] = [];
  for (let m = 0; m < months; m++) rows.push([year, monthNames[m], vary(prng, 21_000, 0.3), vary(prng, 900, 0.4)]);
  return { columns: ['tahun', 'bulan', 'wisatawan_nusantara', 'wisatawan_mancanegara'], rows };
}

export function foodPrices(prng: Prng, weekOf: string): DataTable {
  const commodities: [string, string, number][] = [
    ['Beras medium', 'kg', 13_500],
    ['Gula pasir', 'kg', 18_000],
    ['Minyak goreng kemasan', 'liter', 19_000],
    ['Cabai merah keriting', 'kg', 48_000],
    ['Bawang merah', 'kg', 38_000],
    ['Daging ayam ras', 'kg', 36_000],
    ['Telur ayam ras', 'kg', 29_000],
  ];
  const markets = ['Pasar Kota (contoh)', 'Pasar Bukit Kapur (contoh)', 'Pasar Sungai Sembilan (contoh)'];
  return {
    columns: ['minggu_mulai', 'pasar', 'komoditas', 'satuan', 'harga_rata_rata'],
    rows: markets.flatMap((market) => commodities.map(([item, unit, price]) => [weekOf, market, item, unit, Math.round(vary(prng, price, 0.1) / 100) * 100])),
  };
}

export function fisheryProduction(prng: Prng, year: number): DataTable {
  const species: [string, number][] = [['Tongkol', 820], ['Tenggiri', 310], ['Kakap merah', 190], ['Bawal', 140], ['Udang', 260], ['Kepiting bakau', 95], ['Teri', 430]];
  return {
    columns: ['tahun', 'jenis_ikan', 'produksi_ton', 'nilai_juta_rupiah'],
    rows: species.map(([name, tonnes]) => {
      const produced = vary(prng, tonnes, 0.15);
      // a price of Rp18.000–95.000 per kg: a tonne is worth Rp18–95 million
      return [year, name, produced, produced * prng.int(18, 95)];
    }),
  };
}

export function jobSeekers(prng: Prng, year: number, semester: 1 | 2): DataTable {
  const levels = ['SD', 'SMP', 'SMA/SMK', 'Diploma', 'Sarjana'];
  return {
    columns: ['tahun', 'semester', 'pendidikan', 'laki_laki', 'perempuan', 'jumlah'],
    rows: levels.map((level, i) => {
      const men = vary(prng, [120, 260, 1_450, 380, 720][i]);
      const women = vary(prng, [80, 190, 1_210, 420, 860][i]);
      return [year, semester, level, men, women, men + women];
    }),
  };
}

export function roadConditions(prng: Prng, year: number): DataTable {
  return {
    columns: ['kecamatan', 'baik_km', 'sedang_km', 'rusak_ringan_km', 'rusak_berat_km', 'tahun'],
    rows: demoKecamatan.map((k) => [k.name, ...[210, 70, 35, 18].map((km) => Number((km * k.share * (0.8 + prng.next() * 0.4)).toFixed(1))), year]),
  };
}

/** Flood-prone spots (tidal floods and inundation) in the coastal kecamatan, around Dumai's coordinates. */
export function floodProneSpots(prng: Prng) {
  const coastal = ['Dumai Barat', 'Dumai Timur', 'Dumai Kota', 'Sungai Sembilan', 'Medang Kampai'];
  return Array.from({ length: 12 }, (_, i) => ({
    name: `Titik rawan genangan ${i + 1}`,
    longitude: Number((101.38 + prng.next() * 0.14).toFixed(5)),
    latitude: Number((1.63 + prng.next() * 0.07).toFixed(5)),
    properties: { kecamatan: coastal[i % coastal.length], jenis: prng.chance(0.6) ? 'banjir rob' : 'genangan hujan', tingkat_kerawanan: prng.pick(['rendah', 'sedang', 'tinggi']) },
  }));
}

export function satisfactionIndex(prng: Prng, year: number, units: readonly string[]): DataTable {
  return {
    columns: ['unit_layanan', 'jumlah_responden', 'nilai_ikm', 'mutu_pelayanan', 'tahun'],
    rows: units.map((unit) => {
      const score = Number((76 + prng.next() * 16).toFixed(2));
      return [unit, prng.int(150, 600), score, score >= 88.31 ? 'A (Sangat Baik)' : score >= 76.61 ? 'B (Baik)' : 'C (Kurang Baik)', year];
    }),
  };
}

export function civilServantsByGrade(prng: Prng, agencies: readonly { code: string; name: string }[], year: number): DataTable {
  return {
    columns: ['perangkat_daerah', 'golongan_i', 'golongan_ii', 'golongan_iii', 'golongan_iv', 'pppk', 'tahun'],
    rows: agencies.map((a) => [a.name, prng.int(0, 4), prng.int(3, 40), prng.int(10, 120), prng.int(2, 30), prng.int(0, 60), year]),
  };
}

export function smallBusinessesByKecamatan(prng: Prng, year: number): DataTable {
  return {
    columns: ['kecamatan', 'usaha_mikro', 'usaha_kecil', 'usaha_menengah', 'tahun'],
    rows: demoKecamatan.map((k) => [k.name, vary(prng, 19_000 * k.share), vary(prng, 2_100 * k.share), vary(prng, 240 * k.share), year]),
  };
}
