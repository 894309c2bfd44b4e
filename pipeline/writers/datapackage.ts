/** The Frictionless Data Package (datapackage.json) describing every CSV, generated from the table definitions. */
import type {Column, TableDef} from '../tables/define.js'
import type {TableReport} from './table-writer.js'

/** The Table Schema field of a column: type, description, and constraints. */
function field(column: Column): Record<string, unknown> {
  const type = column.kind === 'int32' ? 'integer' : column.kind === 'date' ? 'date' : 'string'
  const constraints: Record<string, unknown> = {required: !column.nullable}
  if (column.values) constraints.enum = column.values
  if (column.pattern && column.kind !== 'date') constraints.pattern = column.pattern
  if (column.minimum !== undefined) constraints.minimum = column.minimum
  if (column.kind === 'int32') constraints.maximum = 2 ** 31 - 1
  return {
    name: column.name, type, ...(column.kind === 'date' ? {format: 'default'} : {}),
    description: column.description, constraints,
  }
}

/** The datapackage.json object for the written tables (their CSV files, sizes and SHA-256 hashes). */
export function datapackage(tables: readonly TableDef[], reports: ReadonlyMap<string, TableReport>, version: string): Record<string, unknown> {
  return {
    name: 'readouts',
    title: 'readouts: diplomacy news articles, cleaned, validated and annotated',
    description: 'Datasets built by readouts from the articles in raw/. Every table is also written as Arrow IPC (.arrow) and Parquet (.parquet) with the same rows in the same order; codebook.md documents every column and rule.',
    version,
    profile: 'tabular-data-package',
    resources: tables.map(table => {
      const report = reports.get(table.name)!
      return {
        name: table.name,
        title: table.title,
        description: table.description,
        path: `${table.name}.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: report.files.csv.bytes,
        hash: `sha256:${report.files.csv.sha256}`,
        dialect: {delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true},
        schema: {
          fields: table.columns.map(field),
          missingValues: [''],
          primaryKey: table.primaryKey,
          ...(table.foreignKeys ? {foreignKeys: table.foreignKeys.map(k => ({fields: k.fields, reference: {resource: k.table, fields: k.references}}))} : {}),
        },
      }
    }),
  }
}
