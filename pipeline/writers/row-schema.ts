/** JSON Schemas of output rows (schemas/rows/*.schema.json), generated from the table definitions. */
import type {Column, TableDef} from '../tables/define.js'

/** The JSON Schema of one column's values. */
function columnSchema(column: Column): Record<string, unknown> {
  const base: Record<string, unknown> = column.kind === 'int32'
    ? {type: 'integer', minimum: column.minimum ?? -(2 ** 31), maximum: 2 ** 31 - 1}
    : {type: 'string'}
  if (column.kind === 'date') base.format = 'date'
  else if (column.pattern) base.pattern = column.pattern
  if (column.values) base.enum = column.values
  const schema = column.nullable ? {anyOf: [base, {type: 'null'}]} : base
  return {description: column.description, ...schema}
}

/** The JSON Schema (2020-12) of a row of `table`. */
export function rowSchema(table: TableDef): Record<string, unknown> {
  return {
    $comment: 'Generated from pipeline/tables/ by `make schemas`; do not edit.',
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://github.com/readouts/readouts/schemas/rows/${table.name}.schema.json`,
    title: `A row of ${table.name}`,
    description: table.description,
    type: 'object',
    required: table.columns.map(c => c.name),
    additionalProperties: false,
    properties: Object.fromEntries(table.columns.map(c => [c.name, columnSchema(c)])),
  }
}
