import { describe, expect, it } from 'vitest';
import { legacySealColumnSets } from './sealed-tables';

describe('the columns a seal from before seals named their columns may have covered', () => {
  it('tenants: today\'s columns, then without 0013\'s e-mail domain, then also without 0012\'s reading author', () => {
    const current = ['emailDomain', 'id', 'name', 'periodicReadingSetAt', 'periodicReadingSetByName'];
    expect(legacySealColumnSets('tenants', current)).toEqual([
      current,
      ['id', 'name', 'periodicReadingSetAt', 'periodicReadingSetByName'],
      ['id', 'name'],
    ]);
  });

  it('a table no migration changed since has only today\'s columns', () => {
    expect(legacySealColumnSets('agencies', ['id', 'name'])).toEqual([['id', 'name']]);
  });
});
