import { describe, expect, it } from 'vitest';
import { timeZoneOfRegion } from './region-time-zone';

describe('timeZoneOfRegion (Keppres 41/1987)', () => {
  it('Keppres 41/1987: Kota Dumai (Riau, 14.72) and Kota Jambi (15.71) keep WIB', () => {
    expect(timeZoneOfRegion('14.72')).toBe('Asia/Jakarta');
    expect(timeZoneOfRegion('15.71')).toBe('Asia/Jakarta');
  });

  it('Keppres 41/1987: Kota Palu (Sulawesi Tengah, 72.71) and Kalimantan Timur keep WITA', () => {
    expect(timeZoneOfRegion('72.71')).toBe('Asia/Makassar');
    expect(timeZoneOfRegion('64.72')).toBe('Asia/Makassar');
  });

  it('Keppres 41/1987: Maluku and Papua keep WIT', () => {
    expect(timeZoneOfRegion('81.71')).toBe('Asia/Jayapura');
    expect(timeZoneOfRegion('91.71')).toBe('Asia/Jayapura');
  });

  it('Keppres 41/1987: Kalimantan Barat (61) is WIB, not WITA like its eastern neighbours', () => {
    expect(timeZoneOfRegion('61.71')).toBe('Asia/Jakarta');
  });

  it('falls back to WIB for a code it cannot read', () => {
    expect(timeZoneOfRegion('')).toBe('Asia/Jakarta');
  });
});
