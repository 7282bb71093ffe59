import { Fieldset, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useT } from '../i18n/i18n';
import { DateField } from '../components/date-field';

/** The part of JSON Schema the request forms use (zod's toJSONSchema output). */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: string[];
  format?: string;
}

type Values = Record<string, unknown>;

// Long free text gets a textarea.
const longText = new Set(['description', 'workReason', 'intent', 'objective', 'use']);

function setAt(values: Values, path: string[], value: unknown): Values {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    const next = { ...values };
    if (value === '' || value === undefined || value === null) delete next[head];
    else next[head] = value;
    return next;
  }
  return { ...values, [head]: setAt((values[head] as Values | undefined) ?? {}, rest, value) };
}

function getAt(values: Values, path: string[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Values)[key] : undefined), values);
}

interface SchemaFormProps {
  schema: JsonSchema;
  values: Values;
  onChange: (values: Values) => void;
  /** label keys: `${labelPrefix}.${path}` (e.g. requests.field.data_access.purpose.intent) */
  labelPrefix: string;
  errors: Record<string, string>;
  /** ids and names the browser and tests find the inputs by */
  idPrefix: string;
}

/**
 * A form drawn from a request type's declared schema: nested objects become fieldsets,
 * enums become choices with their labels, dates and numbers their own inputs. The server
 * validates with the same zod schema; errors arrive keyed by field path.
 */
export function SchemaForm(props: SchemaFormProps) {
  return <SchemaFields {...props} path={[]} />;
}

function SchemaFields({ schema, values, onChange, labelPrefix, errors, idPrefix, path }: SchemaFormProps & { path: string[] }) {
  const t = useT();
  return (
    <Stack gap="sm">
      {Object.entries(schema.properties ?? {})
        // links to other records by id are set from those records' pages, not typed
        .filter(([, field]) => field.format !== 'uuid')
        .map(([name, field]) => {
        const here = [...path, name];
        const key = here.join('.');
        const label = t(`${labelPrefix}.${key}`);
        const required = (schema.required ?? []).includes(name);
        const common = { label, required, error: errors[key], id: `${idPrefix}-${here.join('-')}`, name: key };
        if (field.type === 'object') {
          return (
            <Fieldset key={key} legend={label}>
              <SchemaFields schema={field} values={values} onChange={onChange} labelPrefix={labelPrefix} errors={errors} idPrefix={idPrefix} path={here} />
            </Fieldset>
          );
        }
        const value = getAt(values, here);
        const set = (v: unknown) => onChange(setAt(values, here, v));
        if (field.enum) {
          return (
            <Select
              key={key}
              {...common}
              data={field.enum.map((option) => ({ value: option, label: t(`requests.option.${name}.${option}`) }))}
              value={(value as string | undefined) ?? null}
              onChange={(v) => set(v ?? undefined)}
            />
          );
        }
        if (field.type === 'integer' || field.type === 'number') {
          return <NumberInput key={key} {...common} value={(value as number | undefined) ?? ''} onChange={(v) => set(typeof v === 'number' ? v : undefined)} thousandSeparator="." decimalSeparator="," />;
        }
        if (field.format === 'date') {
          return <DateField key={key} {...common} value={(value as string | undefined) ?? ''} onChange={(v) => set(v || undefined)} />;
        }
        if (longText.has(name)) {
          return <Textarea key={key} {...common} autosize minRows={2} value={(value as string | undefined) ?? ''} onChange={(e) => set(e.currentTarget.value)} />;
        }
        return <TextInput key={key} {...common} value={(value as string | undefined) ?? ''} onChange={(e) => set(e.currentTarget.value)} />;
      })}
    </Stack>
  );
}
