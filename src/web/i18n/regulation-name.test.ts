import { describe, expect, it } from 'vitest';
import { regulations } from '../../regulations/catalogue';
import { locales } from '../../i18n/format';
import { t } from '../../i18n/server';
import { regulationName } from './regulation-name';

describe('a regulation has one short name on every screen', () => {
  it('the web names each regulation as its package and the server’s citations do, in both languages, and the full name starts with it', () => {
    for (const locale of locales) {
      const translate = (key: string) => t(locale, key);
      for (const regulation of regulations) {
        expect(regulationName(translate, regulation.id)).toBe(regulation.shortName);
        expect(regulationName(translate, regulation.id, true).startsWith(`${regulation.shortName} — `)).toBe(true);
      }
    }
    expect(regulationName((key) => key, 'tidak-dikenal')).toBe('tidak-dikenal');
  });
});
