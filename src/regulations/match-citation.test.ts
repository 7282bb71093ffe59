import { describe, expect, it } from 'vitest';
import { citationMatches, parseTypedCitation } from './match-citation';

describe('a citation typed into the search', () => {
  it.each([
    ['ps 13', { pasal: '13', rest: [] }],
    ['ps. 13', { pasal: '13', rest: [] }],
    ['pasal 13', { pasal: '13', rest: [] }],
    ['psl 13', { pasal: '13', rest: [] }],
    ['pasal 13 ayat (3)', { pasal: '13', ayat: '3', rest: [] }],
    ['pasal 13 ayat 3', { pasal: '13', ayat: '3', rest: [] }],
    ['ps 13(3)', { pasal: '13', ayat: '3', rest: [] }],
    ['palu ps 13 pusat', { pasal: '13', rest: ['palu', 'pusat'] }],
    ['lampiran ii', { pasal: 'Lampiran II', rest: [] }],
  ])('%s', (typed, expected) => {
    expect(parseTypedCitation(typed)).toEqual(expected);
  });

  it('names no citation when no article is typed ("pusat data", "13", "psikologi 13")', () => {
    expect(parseTypedCitation('pusat data')).toBeNull();
    expect(parseTypedCitation('13')).toBeNull();
    expect(parseTypedCitation('psikologi 13')).toBeNull();
  });

  it('matches the pasal, and the ayat when one is typed, also as the file numbers it', () => {
    const typed = parseTypedCitation('ps 23 ayat 4')!;
    expect(citationMatches({ pasal: '23', ayat: '4' }, typed)).toBe(true);
    expect(citationMatches({ pasal: '23', ayat: '5', asNumbered: { ayat: '4' } }, typed)).toBe(true);
    expect(citationMatches({ pasal: '23', ayat: '3' }, typed)).toBe(false);
    expect(citationMatches({ pasal: '230', ayat: '4' }, typed)).toBe(false);
    expect(citationMatches({ pasal: '23' }, parseTypedCitation('pasal 23')!)).toBe(true);
  });
});
