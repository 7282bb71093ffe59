import { describe, expect, it } from 'vitest';
import { parseFilterQuery, parsePaging, parseSort } from './ckan';

describe('CKAN request parameters', () => {
  it('reads organization, tags, res_format and kategori from fq, quoted or not, joined by spaces or AND', () => {
    expect(parseFilterQuery('organization:diskominfo AND tags:"kesehatan ibu" res_format:CSV +kategori:health')).toEqual({
      organization: 'diskominfo',
      tags: ['kesehatan ibu'],
      format: 'CSV',
      kategori: 'health',
    });
    expect(parseFilterQuery(undefined)).toEqual({ tags: [] });
    expect(parseFilterQuery('groups:x')).toEqual({ tags: [] });
  });
  it('pages like CKAN: rows 10 by default and at most 1000; non-integers are invalid', () => {
    expect(parsePaging(undefined, undefined)).toEqual({ rows: 10, start: 0 });
    expect(parsePaging('5000', '20')).toEqual({ rows: 1000, start: 20 });
    expect(parsePaging('abc', '0')).toBeNull();
    expect(parsePaging('10', '-1')).toBeNull();
  });
  it('maps the sort strings harvesters send', () => {
    expect(parseSort('metadata_modified desc')).toBe('modified_desc');
    expect(parseSort('metadata_created desc')).toBe('created_desc');
    expect(parseSort('name asc')).toBe('name');
    expect(parseSort('score desc, title_string asc')).toBe('title');
  });
});
