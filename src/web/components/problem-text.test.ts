import { describe, expect, it } from 'vitest';
import { allKeys, t as serverT } from '../../i18n/server';
import { locales } from '../../i18n/format';
import { codeMessage } from '../../server/platform/validation-messages';
import { ApiError } from '../api/client';
import { codeText, fieldErrorsOf, formErrorOf, labelsFrom } from './problem-text';
import { formatDate, parseDate } from '../i18n/format-date';

const placeholder = /\{\w+\}/;
const translate = (locale: 'id' | 'en') => (key: string, params?: Record<string, unknown>) => serverT(locale, key, params);
const problemCodes = (locale: 'id' | 'en') =>
  allKeys(locale)
    .filter((key) => key.startsWith('errors.') || key.startsWith('validation.'))
    .map((key) => key.slice(key.indexOf('.') + 1));
const paramsOf = (locale: 'id' | 'en', code: string) => {
  const template = [`validation.${code}`, `errors.${code}`].map((key) => serverT(locale, key)).find((text) => !text.startsWith('validation.') && !text.startsWith('errors.')) ?? '';
  return Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], `nilai-${m[1]}`]));
};

describe('problem-detail messages never show a raw placeholder', () => {
  for (const locale of locales) {
    it(`${locale}: every error and validation code, worded by the server and by the web, with or without its parameters`, () => {
      const codes = problemCodes(locale);
      expect(codes.length).toBeGreaterThan(50);
      const withPlaceholders = codes.filter((code) => Object.keys(paramsOf(locale, code)).length > 0);
      expect(withPlaceholders).toEqual(expect.arrayContaining(['too_small', 'too_big', 'IMPORT_TOO_MANY_ROWS', 'APPLICATION_SUBDOMAIN_OUTSIDE']));
      for (const code of codes) {
        const params = paramsOf(locale, code);
        for (const text of [codeMessage(locale, code, params), codeMessage(locale, code), codeText(translate(locale), code, params), codeText(translate(locale), code)]) {
          expect({ code, text, braces: placeholder.test(text) }).toMatchObject({ braces: false });
        }
        // given its parameters, the message carries each of them
        for (const value of Object.values(params)) {
          if (code === 'too_small' || code === 'too_big' || !placeholder.test(serverT(locale, `errors.${code}`))) continue;
          expect(codeMessage(locale, code, params)).toContain(value);
        }
      }
    });
  }

  it('a field code that needs a parameter is worded with the parameters the problem carries', () => {
    const error = new ApiError(422, 'APPLICATION_SUBDOMAIN_OUTSIDE', 'x', { subdomain: 'APPLICATION_SUBDOMAIN_OUTSIDE' }, {}, { domain: 'dumaikota.go.id' });
    expect(fieldErrorsOf(error, translate('id'))).toEqual({ subdomain: 'Subdomain harus berada di bawah domain dumaikota.go.id.' });
    const unfilled = new ApiError(422, 'VALIDATION_FAILED', 'x', { name: 'too_small' });
    expect(fieldErrorsOf(unfilled, translate('id')).name).toBe('Isian tidak valid.');
  });
});

describe('field names in the user’s language', () => {
  const t = translate('id');
  it('a server title listing field paths is worded again with the form’s labels', () => {
    const error = new ApiError(422, 'REQUEST_FIELD_REQUIRED', 'Isian wajib belum diisi: recommendation.', { recommendation: 'REQUEST_FIELD_REQUIRED' }, {}, { fields: 'recommendation' });
    expect(formErrorOf(error, t, labelsFrom(t, 'requests.outcome'))).toBe('Isian wajib belum diisi: Rekomendasi.');
    expect(formErrorOf(error, t)).toBe('Isian wajib belum diisi: recommendation.');
  });

  it('nested and listed paths take the label of their own name; an unknown one stays as it is', () => {
    const labelOf = labelsFrom(t, 'requests.outcome');
    expect(labelOf('a.recommendation')).toBe('Rekomendasi');
    expect(labelOf('items.0.recommendation')).toBe('Rekomendasi');
    expect(labelOf('tidakAda')).toBe('tidakAda');
    expect(labelsFrom(t, 'requests.field.data_access')('purpose.intent')).toBe('Maksud');
  });
});

describe('dates typed and shown the Indonesian way', () => {
  it('dd/mm/yyyy and ISO become ISO; impossible dates are refused', () => {
    expect(parseDate('03/12/2026')).toBe('2026-12-03');
    expect(parseDate('3-2-2026')).toBe('2026-02-03');
    expect(parseDate('2041-05-06')).toBe('2041-05-06');
    expect(parseDate('31/02/2026')).toBeNull();
    expect(parseDate('12/31/2026')).toBeNull();
    expect(parseDate('besok')).toBeNull();
    expect(formatDate('2026-12-03')).toBe('03/12/2026');
  });
});
