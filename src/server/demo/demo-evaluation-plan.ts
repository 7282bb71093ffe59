import type { FrameworkId } from '../../evaluation';

/**
 * Who answers for which indicator, and what the demo city answers, per framework. PermenPANRB
 * 59/2020 is the framework for cycles up to 2025; PermenPANRB 8/2026 (Indeks Pemerintah
 * Digital) for cycles from 2026 (docs/evaluation.md).
 */
export function frameworkForYear(year: number): FrameworkId {
  return year >= 2026 ? 'permenpanrb-8-2026' : 'permenpanrb-59-2020';
}

/** Indicator number → the agency (by code) that answers for it. */
export const demoAssignments: Record<FrameworkId, Record<number, string>> = {
  'permenpanrb-59-2020': {
    // 1–10: the internal policies (Dumai 67/2022 Lampiran BAB II.A–J)
    1: 'BAPPEDA', 2: 'BAPPEDA', 3: 'DISKOMINFO', 4: 'DISKOMINFO', 5: 'DISKOMINFO', 6: 'DISKOMINFO', 7: 'DISKOMINFO', 8: 'DISKOMINFO', 9: 'INSPEKTORAT', 10: 'SETDA-ORG',
    // 11–20: strategy and planning, ICT, the coordination team
    11: 'BAPPEDA', 12: 'BAPPEDA', 13: 'BAPPEDA', 14: 'SETDA-ORG', 15: 'DISKOMINFO', 16: 'DISKOMINFO', 17: 'DISKOMINFO', 18: 'DISKOMINFO', 19: 'SETDA-ORG', 20: 'BAPPEDA',
    // 21–31: SPBE management and audits
    21: 'INSPEKTORAT', 22: 'DISKOMINFO', 23: 'DISKOMINFO', 24: 'BPKAD', 25: 'BKPSDM', 26: 'DISKOMINFO', 27: 'SETDA-ORG', 28: 'DISKOMINFO', 29: 'INSPEKTORAT', 30: 'INSPEKTORAT', 31: 'INSPEKTORAT',
    // 32–47: administrative and public services
    32: 'BAPPEDA', 33: 'BPKAD', 34: 'BPKAD', 35: 'SETDA-PBJ', 36: 'BKPSDM', 37: 'DISPUSIP', 38: 'BPKAD', 39: 'INSPEKTORAT', 40: 'SETDA-ORG', 41: 'BKPSDM',
    42: 'DISKOMINFO', 43: 'DISKOMINFO', 44: 'SETDA-HUKUM', 45: 'DPMPTSP', 46: 'DISDUKCAPIL', 47: 'DINKES',
  },
  'permenpanrb-8-2026': {
    1: 'DISKOMINFO', 2: 'DISKOMINFO', 3: 'BKPSDM', 4: 'BAPPEDA', 5: 'DISKOMINFO', 6: 'DPUPR', 7: 'DISKOMINFO', 8: 'SETDA-HUKUM', 9: 'INSPEKTORAT', 10: 'DISKOMINFO',
    11: 'DISKOMINFO', 12: 'DISKOMINFO', 13: 'DISKOMINFO', 14: 'DISKOMINFO', 15: 'SETDA-ORG', 16: 'DISKOMINFO', 17: 'DPMPTSP', 18: 'DISDUKCAPIL',
    // 19 (user support) and 20 (user satisfaction) are not assigned yet in the year's cycle
    19: 'DISKOMINFO', 20: 'SETDA-ORG',
  },
};

/**
 * Levels of a completed cycle, by indicator, for indicators the register does not decide.
 * (59/2020 indicators 1–10 come from the internal-policy register as it stood at the end of
 * the cycle's year: no decree 1, a decree 2, a decree reviewed since 3.)
 */
export const demoLevels: Record<FrameworkId, Record<number, number>> = {
  'permenpanrb-59-2020': {
    11: 3, 12: 2, 13: 2, 14: 2, 15: 3, 16: 3, 17: 3, 18: 2, 19: 3, 20: 2,
    21: 2, 22: 3, 23: 2, 24: 2, 25: 2, 26: 1, 27: 2, 28: 2, 29: 1, 30: 1, 31: 1,
    32: 3, 33: 3, 34: 3, 35: 4, 36: 3, 37: 2, 38: 3, 39: 2, 40: 3, 41: 3, 42: 3, 43: 3, 44: 3, 45: 3, 46: 4, 47: 2,
  },
  'permenpanrb-8-2026': {
    1: 3, 2: 2, 3: 2, 4: 2, 5: 3, 6: 2, 7: 2, 8: 1, 9: 2, 10: 3, 11: 2, 12: 2, 13: 3, 14: 3, 15: 2, 16: 2, 17: 3, 18: 2, 19: 2, 20: 2,
  },
};

/** Indicators that improved by one level in the later of two completed years (what the year comparison shows). */
export const demoImprovements: Record<FrameworkId, number[]> = {
  'permenpanrb-59-2020': [12, 13, 18, 22, 23, 27, 29, 37, 43],
  'permenpanrb-8-2026': [2, 4, 12, 16],
};

/** Where the assessors set a level lower than the agency's, with the note that says why. */
export const demoAdjustments: Record<FrameworkId, Record<number, string>> = {
  'permenpanrb-59-2020': {
    28: 'Katalog layanan SPBE belum ditetapkan; bukti hanya daftar aplikasi. Tingkat diturunkan satu.',
    35: 'Integrasi SPSE dengan SiRUP dan e-Katalog belum dibuktikan dengan log transaksi. Tingkat diturunkan satu.',
    40: 'Bukti e-SAKIP belum memuat evaluasi kinerja tahun berjalan. Tingkat diturunkan satu.',
  },
  'permenpanrb-8-2026': {
    5: 'Keputusan penetapan Walidata dan daftar data belum dilampirkan; tingkat diturunkan satu sampai bukti dilengkapi.',
    10: 'Hasil uji kerentanan terakhir lebih dari setahun lalu; tingkat diturunkan satu.',
  },
};

/** The application an indicator's answer cites as evidence, by name in the application catalogue. */
export const demoApplicationEvidence: Record<FrameworkId, Record<number, string>> = {
  'permenpanrb-59-2020': {
    15: 'Single Sign-On ASN', 33: 'SIPD RI — Penganggaran dan Penatausahaan', 35: 'LPSE Kota Dumai (SPSE)', 36: 'SIMPEG Kota Dumai', 37: 'SRIKANDI',
    40: 'e-SAKIP Kota Dumai', 41: 'e-Kinerja ASN', 42: 'SP4N-LAPOR!', 43: 'Satu Data Kota Dumai', 44: 'JDIH Kota Dumai',
  },
  'permenpanrb-8-2026': { 13: 'Single Sign-On ASN', 16: 'Single Sign-On ASN', 17: 'Portal Resmi Pemerintah Kota Dumai', 18: 'Sistem Hak Akses Data Kependudukan' },
};

/**
 * Internal policies an 8/2026 answer cites (59/2020 indicators 1–10 cite theirs by
 * policy-indicators.ts): governance cites the architecture, data governance the data policy.
 */
export const demoPolicyEvidence: Record<FrameworkId, Record<number, string>> = {
  'permenpanrb-59-2020': {},
  'permenpanrb-8-2026': { 1: 'architecture', 5: 'data_management', 10: 'information_security', 14: 'data_center' },
};

/** In the year's cycle (in progress): the indicators answered so far, those verified, and those left unassigned. */
export const demoProgress = {
  answered: [1, 2, 3, 5, 7, 8, 9, 10, 13, 14, 16, 17],
  agreed: [1, 3, 13, 14],
  unassigned: [19, 20],
  /** saved by the agency, not sent to the assessors yet */
  drafts: [17],
  /** returned by an assessor with a note: 8 waits for the agency, 2 was answered and sent again */
  returned: { 8: 'Lampirkan Perwal JDIH yang sudah diundangkan, bukan rancangannya.', 2: 'Bukti rencana induk belum memuat tahun 2026; mohon dilengkapi.' } as Record<number, string>,
  resubmitted: { 2: 'Rencana induk revisi 2026 sudah dilampirkan.' } as Record<number, string>,
};
