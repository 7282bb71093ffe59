import { describe, expect, it } from 'vitest';
import { extractKeywords, toPrefixQuery } from './overlap-keywords';

describe('keywords of an application draft (Dumai 18/2019 Ps 11(4): data of the same kind)', () => {
  it('keeps the words that name the data and drops the words every application name has', () => {
    expect(extractKeywords(['Sistem Informasi Kependudukan', 'Layanan data penduduk dan KTP'])).toEqual(['kependudukan', 'penduduk']);
  });
  it('drops short words and numbers, and keeps each word once', () => {
    expect(extractKeywords(['SIM 2024 pajak PAJAK reklame'])).toEqual(['pajak', 'reklame']);
  });
  it('builds an OR of prefix terms, or nothing for no words', () => {
    expect(toPrefixQuery(['pajak', 'reklame'])).toBe('pajak:* | reklame:*');
    expect(toPrefixQuery([])).toBeNull();
  });
});
