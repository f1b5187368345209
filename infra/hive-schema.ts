/**
 * Glue/Hive column types derived from the zod schema of the normalized record, so the Athena table follows
 * the data contract (lambdas/core/record/schema.ts) instead of a hand-copied list that drifts.
 * Names are lower-cased: the OpenX JSON SerDe matches JSON keys case-insensitively by lower-casing them.
 */
import { z } from 'zod';
import { NormalizedRecordSchema } from '../lambdas/core/record/schema.js';

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
};

export interface HiveColumn {
  name: string;
  type: string;
}

/** Maps one JSON Schema node to a Hive type string; nullability has no Hive spelling and is dropped. */
export function hiveType(node: JsonSchema): string {
  if (node.anyOf) {
    const nonNull = node.anyOf.filter((n) => n.type !== 'null');
    if (nonNull.length !== 1) throw new Error(`cannot map a union of ${nonNull.length} types to Hive`);
    return hiveType(nonNull[0]);
  }
  const types = (Array.isArray(node.type) ? node.type : [node.type]).filter((t) => t !== 'null');
  const type = types[0] ?? (typeof node.const === 'number' ? 'integer' : typeof node.const === 'string' ? 'string' : undefined);
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
      return 'bigint';
    case 'number':
      // z.literal(1) (schemaVersion) is a number const with an integral value.
      return Number.isInteger(node.const) ? 'int' : 'double';
    case 'boolean':
      return 'boolean';
    case 'array':
      if (!node.items) throw new Error('array without items');
      return `array<${hiveType(node.items)}>`;
    case 'object': {
      const fields = Object.entries(node.properties ?? {}).map(([k, v]) => `${k.toLowerCase()}:${hiveType(v)}`);
      return `struct<${fields.join(',')}>`;
    }
    default:
      throw new Error(`no Hive type for JSON Schema type ${JSON.stringify(node.type)}`);
  }
}

/** Top-level columns of the normalized-record table, in schema order. */
export function normalizedRecordColumns(): HiveColumn[] {
  const root = z.toJSONSchema(NormalizedRecordSchema, { io: 'output' }) as JsonSchema;
  return Object.entries(root.properties ?? {}).map(([name, node]) => ({ name: name.toLowerCase(), type: hiveType(node) }));
}
