// A JSON Schema (2020-12) checker for the keyword subset z.toJSONSchema emits — test-only.
// Unknown keywords make it throw, so a new zod output shape cannot pass silently.
type Schema = Record<string, unknown> | boolean;

const KNOWN = new Set([
  '$schema', '$id', '$defs', '$ref', 'title', 'description', 'type', 'properties', 'required',
  'additionalProperties', 'items', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'pattern', 'format', 'propertyNames', 'default',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function resolve(root: Record<string, unknown>, ref: string): Schema {
  if (ref === '#') return root;
  const m = /^#\/\$defs\/(.+)$/.exec(ref);
  const target = m ? (root.$defs as Record<string, Schema> | undefined)?.[m[1]!] : undefined;
  if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

/** Errors of `value` against `schema` (empty: valid), as `path: message`. */
export function validate(schema: Record<string, unknown>, value: unknown): string[] {
  const errors: string[] = [];
  run(schema, schema, value, '$', errors);
  return errors;
}

function run(schema: Record<string, unknown>, top: Schema, value: unknown, at: string, errors: string[]): void {
  const check = (s: Schema, v: unknown, path: string): void => {
    if (s === true) return;
    if (s === false) return void errors.push(`${path}: no value allowed`);
    for (const key of Object.keys(s)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${path}`);
    if (typeof s.$ref === 'string') check(resolve(schema, s.$ref), v, path);
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      const t = typeOf(v);
      if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return void errors.push(`${path}: expected ${types.join('|')}, got ${t}`);
    }
    if (Array.isArray(s.enum) && !s.enum.includes(v)) errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
    if ('const' in s && s.const !== v) errors.push(`${path}: expected const ${JSON.stringify(s.const)}`);
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) errors.push(`${path}: ${v} < minimum ${s.minimum}`);
      if (typeof s.maximum === 'number' && v > s.maximum) errors.push(`${path}: ${v} > maximum ${s.maximum}`);
      if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) errors.push(`${path}: ${v} ≤ exclusiveMinimum`);
      if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) errors.push(`${path}: ${v} ≥ exclusiveMaximum`);
    }
    if (typeof v === 'string' && typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) {
      errors.push(`${path}: ${JSON.stringify(v)} does not match ${s.pattern}`);
    }
    if (Array.isArray(v) && s.items !== undefined) v.forEach((item, i) => check(s.items as Schema, item, `${path}[${i}]`));
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>;
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const key of (s.required ?? []) as string[]) if (!(key in obj)) errors.push(`${path}: missing ${key}`);
      for (const [key, val] of Object.entries(obj)) {
        if (key in props) check(props[key]!, val, `${path}.${key}`);
        else if (s.additionalProperties !== undefined) check(s.additionalProperties as Schema, val, `${path}.${key}`);
        if (s.propertyNames !== undefined) check(s.propertyNames as Schema, key, `${path}{${key}}`);
      }
    }
    const branch = (list: Schema[]) =>
      list.map((b) => {
        const found: string[] = [];
        run(schema, b, v, path, found);
        return found.length === 0;
      });
    if (Array.isArray(s.anyOf) && !branch(s.anyOf).some(Boolean)) errors.push(`${path}: matches no anyOf branch`);
    if (Array.isArray(s.oneOf) && branch(s.oneOf).filter(Boolean).length !== 1) errors.push(`${path}: matches not exactly one oneOf branch`);
    if (Array.isArray(s.allOf)) for (const b of s.allOf as Schema[]) check(b, v, path);
  };
  check(top, value, at);
}
