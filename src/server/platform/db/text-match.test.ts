import { describe, expect, it } from 'vitest';
import { foldText, searchWords } from './text-match';

describe('search text folding', () => {
  it('drops case and marks, as the SQL side does', () => {
    expect(foldText('Dinas Pariwisata dan Ékonomi Kréatif')).toBe('dinas pariwisata dan ekonomi kreatif');
    expect(foldText('SIPD')).toBe('sipd');
  });

  it('splits into distinct words, at most eight', () => {
    expect(searchWords('  Dinas   dinas KESEHATAN ')).toEqual(['dinas', 'kesehatan']);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
  });
});
