/** CSV encoding of a table (papaparse): UTF-8 without BOM, RFC 4180 quoting, `\n` line ends, a header row. */
import Papa from 'papaparse'
import type {TableDef} from '../tables/define.js'

/** Encodes batches of rows of `table` as CSV text; the first call also writes the header row. */
export function csvEncoder(table: TableDef): {header(): string; encode(rows: readonly Record<string, unknown>[]): string} {
  const fields = table.columns.map(c => c.name)
  return {
    header: () => Papa.unparse([fields], {newline: '\n'}) + '\n',
    encode: rows => rows.length === 0 ? '' : Papa.unparse(
      rows.map(row => fields.map(f => row[f] ?? null)),
      // an empty string is quoted ("") so readers that can tell it from a null (an empty field) do
      {newline: '\n', header: false, escapeFormulae: false, quotes: (value: unknown) => value === ''},
    ) + '\n',
  }
}
