import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listRequestTypes } from './types/index';
import { deriveRequestTypeParams } from './types/params';
import { subdomainNameErrors } from './types/subdomain-name';
import { requestErrorCodes, type RequestTypeDefinition } from './types';
import { fixedNationalHolidays } from './working-days';

function readMessages(locale: 'id' | 'en'): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`../i18n/${locale}/requests.json`, import.meta.url), 'utf8'));
}

const id = readMessages('id');
const en = readMessages('en');

// Both variants of every profile-dependent choice, so every key any tenant can meet is checked.
const definitions: RequestTypeDefinition[] = [
  ...listRequestTypes(deriveRequestTypeParams(['palu-14-2022'], 'palukota.go.id')),
  ...listRequestTypes(deriveRequestTypeParams(['dumai-18-2019', 'jambi-10-2017'], 'dumaikota.go.id')),
];

/** Keys for the fields of a form or outcome schema, and for the choices of its enums. */
function collectSchemaKeys(schema: z.ZodType, prefix: string, keys: Set<string>): void {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodObject) {
    for (const [name, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      keys.add(`${prefix}.${name}`);
      collectSchemaKeys(field, `${prefix}.${name}`, keys);
    }
  } else if (inner instanceof z.ZodEnum) {
    const field = prefix.split('.').at(-1);
    for (const option of inner.options) keys.add(`option.${field}.${String(option)}`);
  }
}

function collectRequiredKeys(): Set<string> {
  const keys = new Set<string>();
  for (const def of definitions) {
    keys.add(`type.${def.code}.name`);
    keys.add(`effect.${def.onComplete?.effect.kind}`);
    for (const s of def.states) keys.add(`state.${s.code}`);
    collectSchemaKeys(def.form, `field.${def.code}`, keys);
    for (const r of [...def.addressees.to, ...def.addressees.copies]) {
      keys.add(`recipient.${r.kind === 'tenant_role' ? r.role : r.kind === 'special_agency' ? r.specialRole : 'steward_agency'}`);
    }
    for (const t of def.transitions) {
      keys.add(`transition.${t.name}`);
      for (const code of t.requires?.reason?.codes ?? []) keys.add(`reason.${code}`);
      for (const statement of t.requires?.statements ?? []) keys.add(`statement.${statement}`);
      if (t.requires?.outcome) collectSchemaKeys(t.requires.outcome, 'outcome', keys);
    }
  }
  for (const code of [...requestErrorCodes, ...subdomainNameErrors]) keys.add(`error.${code}`);
  for (const h of fixedNationalHolidays) keys.add(h.name);
  return keys;
}

describe('requests i18n', () => {
  it('Palu 14/2022 Ps 9, 18, 28, 30: Indonesian and English carry the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    expect(Object.entries({ ...id, ...en }).filter(([, v]) => v.trim() === '')).toEqual([]);
  });

  it('Dumai 18/2019 Ps 12, Palu 14/2022 Ps 9: every type, state, step, field, reason and error has a label', () => {
    const missing = [...collectRequiredKeys()].filter((k) => !(k in id));
    expect(missing).toEqual([]);
  });

  it('Dumai 18/2019 Ps 12(2): the form labels use the article words', () => {
    expect(id['field.data_access.responsiblePerson']).toBe('Penanggung jawab');
    expect(id['field.data_access.workUnit']).toBe('Unit kerja');
    expect(id['field.data_access.requestedData']).toBe('Jenis dan bentuk data yang diperlukan');
  });
});
