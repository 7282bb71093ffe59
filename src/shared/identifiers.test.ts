import { describe, expect, it } from 'vitest';
import { expectedKeyIdentifier, validateKeyIdentifier, validateNik, validateNip } from './identifiers';

describe('NIK (Palu 14/2022 Ps 12(5), Jambi 10/2017 Ps 11(6); structure of UU 23/2006 Ps 13 as published by Dukcapil)', () => {
  it('accepts a man born 12 Nov 1987 registered in Banten (36), regency 02, district 04', () => {
    expect(validateNik('3602041211870001')).toBeNull();
  });
  it('accepts a woman: 40 added to the day (5 Aug 1968 written 45)', () => {
    expect(validateNik('3515144508680002')).toBeNull();
  });
  it('accepts separators people type (dots, spaces)', () => {
    expect(validateNik('36.02.04 121187 0001')).toBeNull();
  });
  it('refuses 15 digits and letters', () => {
    expect(validateNik('360204121187000')).toBe('NIK_FORMAT');
    expect(validateNik('36020412118700AB')).toBe('NIK_FORMAT');
  });
  it('refuses an unknown province code (99) and a zero district', () => {
    expect(validateNik('9902041211870001')).toBe('NIK_REGION');
    expect(validateNik('3602001211870001')).toBe('NIK_REGION');
  });
  it('refuses a birth date that does not exist (31 Feb, day 72, month 13)', () => {
    expect(validateNik('3602043102870001')).toBe('NIK_BIRTH_DATE');
    expect(validateNik('3602047211870001')).toBe('NIK_BIRTH_DATE');
    expect(validateNik('3602041213870001')).toBe('NIK_BIRTH_DATE');
  });
  it('accepts 29 Feb 00 (2000 was a leap year) and refuses 29 Feb 01', () => {
    expect(validateNik('3602042902000001')).toBeNull();
    expect(validateNik('3602042902010001')).toBe('NIK_BIRTH_DATE');
  });
  it('refuses serial 0000 (serials start at 0001)', () => {
    expect(validateNik('3602041211870000')).toBe('NIK_SERIAL');
  });
});

describe('NIP (Palu 14/2022 Ps 12(4), Jambi 10/2017 Ps 11(5); structure of Perka BKN 22/2007)', () => {
  it('accepts born 26 Sep 1986, appointed May 2015, man, serial 001', () => {
    expect(validateNip('198609262015051001')).toBeNull();
  });
  it('accepts the spaced form 19660801 198803 1 001', () => {
    expect(validateNip('19660801 198803 1 001')).toBeNull();
  });
  it('accepts a PPPK number with 21 in the appointment-month place', () => {
    expect(validateNip('199001012021212001')).toBeNull();
  });
  it('refuses 16 digits (a NIK typed where a NIP belongs)', () => {
    expect(validateNip('3602041211870001')).toBe('NIP_FORMAT');
  });
  it('refuses a birth date that does not exist', () => {
    expect(validateNip('198613262015051001')).toBe('NIP_BIRTH_DATE');
  });
  it('refuses an appointment month 13 and an appointment before age 15', () => {
    expect(validateNip('198609262015131001')).toBe('NIP_APPOINTMENT_DATE');
    expect(validateNip('198609261995051001')).toBe('NIP_APPOINTMENT_DATE');
  });
  it('refuses a gender digit other than 1 or 2', () => {
    expect(validateNip('198609262015053001')).toBe('NIP_GENDER');
  });
  it('refuses serial 000', () => {
    expect(validateNip('198609262015051000')).toBe('NIP_SERIAL');
  });
});

describe('key identifier by database group', () => {
  it('Jambi 10/2017 Ps 11(5)-(6), Palu 14/2022 Ps 12(4)-(5): staffing is keyed on NIP, population on NIK', () => {
    expect(expectedKeyIdentifier('staffing')).toBe('nip');
    expect(expectedKeyIdentifier('population')).toBe('nik');
    expect(expectedKeyIdentifier('health')).toBeNull();
  });
  it('checks a value against the kind; other accepts anything', () => {
    expect(validateKeyIdentifier('nik', '198609262015051001')).toBe('NIK_FORMAT');
    expect(validateKeyIdentifier('nip', '198609262015051001')).toBeNull();
    expect(validateKeyIdentifier('other', 'abc')).toBeNull();
  });
});
