/** Plain-text tables for reports: the first column left-aligned, the others right-aligned, two spaces apart. */

/**
 * The lines of a table of cells, each column as wide as its widest cell.
 * @example alignColumns([['type', 'F1'], ['PERSON', '0.976']]) // ['type       F1', 'PERSON  0.976']
 */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map(row => row[c]!.length)))
  return rows.map(row => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
}
