/**
 * CSV encoding of a table: UTF-8 without BOM, RFC 4180 quoting, `\n` line ends, a header row. The output is
 * byte for byte what papaparse's `unparse` writes with the same settings (a test holds it to that); it is encoded
 * here, field by field with one test each, because papaparse's general path costs several string scans per field
 * and was the slowest part of writing a build.
 */
import type {TableDef} from '../tables/define.js'

// papaparse quotes a field holding a delimiter, a quote, a line break or a byte-order mark, or with a space at either end
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/

/** One field as papaparse writes it: null as nothing, an empty string as "" (so readers can tell it from null). */
function field(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const text = String(value)
  if (text === '') return '""'
  return NEEDS_QUOTES.test(text) ? `"${text.includes('"') ? text.replaceAll('"', '""') : text}"` : text
}

// a spreadsheet reads a cell beginning with one of these as a formula (OWASP's list for CSV injection)
const FORMULA_START = /^[=+\-@\t\r]/

/** One field for a spreadsheet: a text that a spreadsheet would run as a formula gets a leading apostrophe. */
function formulaSafeField(value: unknown): string {
  return typeof value === 'string' && FORMULA_START.test(value) ? field(`'${value}`) : field(value)
}

/**
 * Encodes batches of rows of `table` as CSV text; the first call also writes the header row. With `formulaSafe`, the
 * copy for spreadsheets: a byte-order mark first, and text cells beginning with = + - @ (or a tab or carriage
 * return) prefixed with an apostrophe, so a spreadsheet shows them instead of running them (lossy).
 */
export function csvEncoder(table: TableDef, {formulaSafe = false} = {}): {header(): string; encode(rows: readonly Record<string, unknown>[]): string} {
  const fields = table.columns.map(c => c.name)
  const cell = formulaSafe ? formulaSafeField : field
  return {
    header: () => (formulaSafe ? '\ufeff' : '') + fields.map(field).join(',') + '\n',
    encode(rows) {
      const lines = new Array<string>(rows.length)
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!
        let line = cell(row[fields[0]!])
        for (let c = 1; c < fields.length; c++) line += ',' + cell(row[fields[c]!])
        lines[r] = line
      }
      return rows.length === 0 ? '' : lines.join('\n') + '\n'
    },
  }
}
