/** How an output table is defined: once, with columns, types, nullability and descriptions. */

/** The value types of the datasets: free text, 32-bit integers, calendar dates and categories. */
export type ColumnKind = 'string' | 'int32' | 'date' | 'category'

/** One column of an output table. */
export interface Column<N extends string = string, K extends ColumnKind = ColumnKind, Null extends boolean = boolean> {
  name: N
  kind: K
  nullable: Null
  description: string
  /** Category levels, in order (the Arrow dictionary and the datapackage enum). */
  values?: readonly string[]
  /** A regular expression every non-null value matches (JSON Schema `pattern`). */
  pattern?: string
  /** The least value of an integer column. */
  minimum?: number
}

/** A foreign key: these columns refer to the primary key of another table. */
export interface ForeignKey {
  fields: readonly string[]
  table: string
  references: readonly string[]
}

/** An output table: its columns in order, its key, and what one row means. */
export interface TableDef<C extends readonly Column[] = readonly Column[]> {
  name: string
  title: string
  /** What one row is. */
  description: string
  columns: C
  primaryKey: readonly string[]
  foreignKeys?: readonly ForeignKey[]
  /** Rows per Parquet row group (default 16,384): smaller for tables of long texts, to bound memory. */
  rowGroupRows?: number
}

type ValueOf<K extends ColumnKind> = K extends 'int32' ? number : string

/** The row type of a table, derived from its column definitions. */
export type RowOf<T extends TableDef> = {
  [C in T['columns'][number] as C['name']]: C['nullable'] extends true ? ValueOf<C['kind']> | null : ValueOf<C['kind']>
}

type Options<Null extends boolean> = {nullable?: Null; pattern?: string; minimum?: number}

/** Makes a column; `nullable` defaults to false. */
function column<N extends string, K extends ColumnKind, Null extends boolean>(
  name: N, kind: K, description: string, options: Options<Null> = {},
): Column<N, K, Null> {
  const {nullable = false as Null, ...rest} = options
  return {name, kind, nullable, description, ...rest}
}

/** A UTF-8 text column. */
export function string<const N extends string, const Null extends boolean = false>(name: N, description: string, options?: Options<Null>) {
  return column(name, 'string', description, options)
}

/** A 32-bit integer column (counts and offsets). */
export function int32<const N extends string, const Null extends boolean = false>(name: N, description: string, options?: Options<Null>) {
  return column(name, 'int32', description, {minimum: 0, ...options})
}

/** A calendar date column, written as YYYY-MM-DD text, Arrow Date32 and Parquet DATE. */
export function date<const N extends string, const Null extends boolean = false>(name: N, description: string, options?: Options<Null>) {
  return column(name, 'date', description, {pattern: '^\\d{4}-\\d{2}-\\d{2}$', ...options})
}

/** A categorical column with fixed levels: dictionary-encoded in Arrow, an enum in datapackage.json. */
export function category<const N extends string, const Null extends boolean = false>(
  name: N, values: readonly string[], description: string, options?: Options<Null>,
) {
  return {...column(name, 'category', description, options), values}
}

/** Defines a table, checking that its keys name its columns. */
export function defineTable<const C extends readonly Column[]>(table: TableDef<C>): TableDef<C> {
  const names = new Set(table.columns.map(c => c.name))
  for (const key of [...table.primaryKey, ...(table.foreignKeys ?? []).flatMap(k => k.fields)]) {
    if (!names.has(key)) throw new Error(`table ${table.name}: key column ${key} is not a column`)
  }
  return table
}
