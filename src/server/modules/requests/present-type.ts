import { z } from 'zod';
import type { RequestTypeDefinition } from '../../../workflow/types';
import { needsSteward } from './service';

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  // the input side: what a person types before the form's transforms
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** A request type as the web builds its forms and buttons from it. */
export function presentRequestType(def: RequestTypeDefinition) {
  const stringify = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]));
  return {
    code: def.code,
    needsSteward: needsSteward(def),
    form: jsonSchemaOf(def.form),
    states: def.states.map((s) => ({ code: s.code, final: !!s.final, decided: !!s.decided, deadlineWorkingDays: s.deadline?.workingDays ?? null })),
    transitions: def.transitions.map((tr) => ({
      name: tr.name,
      from: [...tr.from],
      to: tr.to,
      review: !!tr.review,
      form: !!tr.requires?.form,
      outcome: tr.requires?.outcome ? jsonSchemaOf(tr.requires.outcome) : null,
      attachments: tr.requires?.attachments ?? 0,
      statements: [...(tr.requires?.statements ?? [])],
      reasonCodes: [...(tr.requires?.reason?.codes ?? [])],
      noteRequiredFor: [...(tr.requires?.reason?.noteFor ?? [])],
      noteRequired: !!tr.requires?.note,
    })),
    addressees: { to: def.addressees.to.map(stringify), copies: def.addressees.copies.map(stringify) },
    citations: def.citations.map(stringify),
    effect: def.onComplete?.effect.kind ?? null,
  };
}
