import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueCode, issueMessage } from './validation-messages';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues[0];
};

describe('an empty required field says "Wajib diisi", not "too short (at least 1)"', () => {
  it('an empty text or list where one is needed is required', () => {
    for (const [schema, value] of [
      [z.string().min(1), ''],
      [z.array(z.string()).min(1), []],
      [z.object({ recommendation: z.string().min(1) }), { recommendation: '' }],
      [z.object({ name: z.string().min(3) }), { name: '' }],
      // a select left blank: an agency id, a date
      [z.object({ ownerAgencyId: z.uuid() }), { ownerAgencyId: '' }],
      [z.object({ day: z.iso.date() }), { day: '' }],
    ] as const) {
      const issue = issueOf(schema, value);
      expect(issueCode(issue, value)).toBe('required');
      expect(issueMessage('id', issue, value)).toBe('Wajib diisi.');
      expect(issueMessage('en', issue, value)).toBe('Required.');
    }
  });

  it('a wrong id or date that is not empty stays a format error', () => {
    const issue = issueOf(z.object({ ownerAgencyId: z.uuid() }), { ownerAgencyId: 'bukan-id' });
    expect(issueCode(issue, { ownerAgencyId: 'bukan-id' })).toBe('invalid_format');
  });

  it('a text shorter than a longer minimum, or a number below 1, stays too_small with its minimum filled', () => {
    const short = issueOf(z.string().min(3), 'ab');
    expect(issueCode(short, 'ab')).toBe('too_small');
    expect(issueMessage('id', short, 'ab')).toBe('Terlalu pendek atau terlalu kecil (minimal 3).');
    const zero = issueOf(z.number().min(1), 0);
    expect(issueCode(zero, 0)).toBe('too_small');
    expect(issueMessage('en', issueOf(z.string().max(2), 'abc'), 'abc')).toBe('Too long or too large (at most 2).');
  });
});
