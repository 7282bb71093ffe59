import { describe, expect, it } from 'vitest';
import { hashRow, sealedColumns } from './row-seals';

describe('row seals name the columns they hash (Palu 14/2022 Ps 10(3) "pendeteksian modifikasi")', () => {
  const sealed = { id: 'a', name: 'SIMPEG', stage: 'maintenance', failedLogins: 3 };

  it('covers every column but those the application changes without an entry', () => {
    expect(sealedColumns(sealed, ['failedLogins'])).toEqual(['id', 'name', 'stage']);
  });

  it('a column a later migration adds is outside an earlier seal: the row still matches it', () => {
    const columns = sealedColumns(sealed, ['failedLogins']);
    const upgraded = { ...sealed, supplier: 'pemda' };
    expect(hashRow(upgraded, columns)).toBe(hashRow(sealed, columns));
  });

  it('a sealed column changed behind the application\'s back no longer matches', () => {
    const columns = sealedColumns(sealed, ['failedLogins']);
    expect(hashRow({ ...sealed, name: 'SIMPEG (diubah)' }, columns)).not.toBe(hashRow(sealed, columns));
    // the unaudited counter may move freely
    expect(hashRow({ ...sealed, failedLogins: 9 }, columns)).toBe(hashRow(sealed, columns));
  });
});
