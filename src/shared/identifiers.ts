/**
 * The two key identifiers the regulations name for regional databases:
 * - NIP for the staffing database (Palu 14/2022 Ps 12(4); Jambi 10/2017 Ps 11(5));
 * - NIK for the population database (Palu 14/2022 Ps 12(5); Jambi 10/2017 Ps 11(6)).
 * The regulations name the identifiers; their structure comes from the national rules cited
 * beside each check. A structural check catches typing slips and swapped identifiers; it does
 * not prove that a number was ever issued.
 */

export const keyIdentifierKinds = ['nip', 'nik', 'other'] as const;
export type KeyIdentifierKind = (typeof keyIdentifierKinds)[number];

export type IdentifierError =
  | 'NIK_FORMAT'
  | 'NIK_REGION'
  | 'NIK_BIRTH_DATE'
  | 'NIK_SERIAL'
  | 'NIP_FORMAT'
  | 'NIP_BIRTH_DATE'
  | 'NIP_APPOINTMENT_DATE'
  | 'NIP_GENDER'
  | 'NIP_SERIAL';

/**
 * Province codes of the Kemendagri region-code list (kode wilayah administrasi pemerintahan),
 * which the first two digits of a NIK carry: Sumatra 11–19 and 21, Java 31–36, Bali–Nusa
 * Tenggara 51–53, Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–97.
 */
const provinceCodes = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96', '97',
]);

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

const digitsOnly = (value: string) => value.replace(/[\s.\-]/g, '');

/**
 * NIK, 16 digits (UU 23/2006 Ps 13 as amended by UU 24/2013; structure as published by the
 * Ditjen Dukcapil Kemendagri): 2 digits province, 2 regency/city, 2 district (the region where
 * the NIK was first issued); 6 digits birth date DDMMYY, with 40 added to the day for women;
 * 4 digits serial from 0001.
 */
export function validateNik(raw: string): IdentifierError | null {
  const value = digitsOnly(raw);
  if (!/^\d{16}$/.test(value)) return 'NIK_FORMAT';
  const [province, regency, district] = [value.slice(0, 2), value.slice(2, 4), value.slice(4, 6)];
  if (!provinceCodes.has(province) || regency === '00' || district === '00') return 'NIK_REGION';
  let day = Number(value.slice(6, 8));
  if (day > 40) day -= 40;
  const month = Number(value.slice(8, 10));
  const yy = Number(value.slice(10, 12));
  // two-digit year: valid if the date exists in either century (29 Feb in 1900 vs 2000)
  if (!isCalendarDate(1900 + yy, month, day) && !isCalendarDate(2000 + yy, month, day)) return 'NIK_BIRTH_DATE';
  if (value.slice(12) === '0000') return 'NIK_SERIAL';
  return null;
}

/**
 * NIP, 18 digits (Peraturan Kepala BKN Nomor 22 Tahun 2007 tentang Nomor Identitas PNS):
 * 8 digits birth date YYYYMMDD; 6 digits year and month of first appointment (TMT CPNS)
 * YYYYMM; 1 digit gender (1 men, 2 women); 3 digits serial. PPPK staff numbers put 21 in
 * the appointment-month place, so that value is accepted too.
 */
export function validateNip(raw: string): IdentifierError | null {
  const value = digitsOnly(raw);
  if (!/^\d{18}$/.test(value)) return 'NIP_FORMAT';
  const birthYear = Number(value.slice(0, 4));
  if (birthYear < 1900 || !isCalendarDate(birthYear, Number(value.slice(4, 6)), Number(value.slice(6, 8)))) return 'NIP_BIRTH_DATE';
  const appointedYear = Number(value.slice(8, 12));
  const appointedMonth = value.slice(12, 14);
  const monthOk = appointedMonth === '21' || (Number(appointedMonth) >= 1 && Number(appointedMonth) <= 12);
  // nobody is appointed before they could work: at least 15 years after birth
  if (!monthOk || appointedYear < birthYear + 15) return 'NIP_APPOINTMENT_DATE';
  if (value[14] !== '1' && value[14] !== '2') return 'NIP_GENDER';
  if (value.slice(15) === '000') return 'NIP_SERIAL';
  return null;
}

/** Checks a value against the dataset's key identifier kind; `other` takes any value. */
export function validateKeyIdentifier(kind: KeyIdentifierKind, value: string): IdentifierError | null {
  if (kind === 'nik') return validateNik(value);
  if (kind === 'nip') return validateNip(value);
  return null;
}

/**
 * The identifier a database group must be keyed on: staffing on NIP, population on NIK
 * (Palu 14/2022 Ps 12(4)-(5); Jambi 10/2017 Ps 11(5)-(6)); other groups choose freely.
 */
export function expectedKeyIdentifier(category: string | null): KeyIdentifierKind | null {
  if (category === 'staffing') return 'nip';
  if (category === 'population') return 'nik';
  return null;
}
