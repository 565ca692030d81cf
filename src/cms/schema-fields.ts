// Reads a content schema (Zod 4) into a plain list of fields, so the CMS configuration is derived from the
// very schemas the build validates with instead of being written a second time by hand.
import type { z } from 'astro/zod';

export type FieldType =
  | { kind: 'text'; format?: 'url' }
  | { kind: 'date' }
  | { kind: 'number'; int: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: readonly (string | number)[] }
  | { kind: 'list'; item: FieldType }
  | { kind: 'object'; fields: SchemaField[] }
  | { kind: 'record' };

export interface SchemaField {
  name: string;
  /** The build rejects the entry without it (neither optional nor defaulted). */
  required: boolean;
  /** The schema's default, when it has one. */
  default?: unknown;
  type: FieldType;
}

interface Options {
  /**
   * The schema of a date written dd/mm/yyyy. It is a transform, so it is recognised by identity, or as a refinement
   * of it (updatedDate adds checks to the same pipe: Zod 4 copies the definition and keeps its input and output).
   */
  dateSchema: z.ZodType;
}

// Zod 4 exposes a schema's definition as `def`; only the parts read here are typed.
interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  in?: z.ZodType;
  out?: z.ZodType;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean } } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** The fields of an object schema (refinements included), in the schema's order. */
export function describeObject(schema: z.ZodType, options: Options): SchemaField[] {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.shape) throw new Error(`expected an object schema, got ${def.type}`);
  return Object.entries(def.shape).map(([name, field]) => describeField(name, field, options));
}

function describeField(name: string, schema: z.ZodType, options: Options): SchemaField {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' && def.innerType) {
      required = false;
      current = def.innerType;
    } else if (def.type === 'default' && def.innerType) {
      required = false;
      defaultValue = def.defaultValue;
      current = def.innerType;
    } else break;
  }
  const field: SchemaField = { name, required, type: describeType(current, options, name) };
  if (defaultValue !== undefined) field.default = defaultValue;
  return field;
}

function isRefinementOf(def: Def, base: Def): boolean {
  return def.type === 'pipe' && base.type === 'pipe' && def.in === base.in && def.out === base.out;
}

function describeType(schema: z.ZodType, options: Options, name: string): FieldType {
  const def = defOf(schema);
  if (schema === options.dateSchema || isRefinementOf(def, defOf(options.dateSchema))) return { kind: 'date' };
  switch (def.type) {
    case 'string':
      return def.format === 'url' ? { kind: 'text', format: 'url' } : { kind: 'text' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'number': {
      const number = schema as unknown as { isInt: boolean; minValue: number | null; maxValue: number | null };
      const result: FieldType = { kind: 'number', int: number.isInt };
      for (const check of def.checks ?? []) {
        const { check: kind, value, inclusive } = check._zod.def;
        if (value === undefined) continue;
        // positive() is "greater than 0": for a whole number the smallest allowed value is 1.
        if (kind === 'greater_than') result.min = inclusive ? value : number.isInt ? value + 1 : value;
        if (kind === 'less_than') result.max = inclusive ? value : number.isInt ? value - 1 : value;
      }
      return result;
    }
    case 'enum':
      return { kind: 'enum', options: Object.values(def.entries ?? {}) };
    case 'union': {
      const literals = (def.options ?? []).map((option) => defOf(option));
      if (literals.every((literal) => literal.type === 'literal' && literal.values?.length === 1)) {
        return { kind: 'enum', options: literals.map((literal) => literal.values![0] as string | number) };
      }
      throw new Error(`field ${name}: a union other than of literals has no CMS widget`);
    }
    case 'array':
      return { kind: 'list', item: describeType(def.element!, options, name) };
    case 'object':
      return { kind: 'object', fields: describeObject(schema, options) };
    case 'record':
      return { kind: 'record' };
    default:
      throw new Error(`field ${name}: schema type ${def.type} has no CMS widget`);
  }
}
