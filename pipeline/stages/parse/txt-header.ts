/** The optional ` date YYYY-MM-DD ` header of a `.txt` article. */

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/
const MALFORMED = /^\s*date\s+(\d[\d./-]*)/

/** The header's date and where the body starts, or a malformed date, or nothing. */
export type TxtHeader =
  | {published: string; bodyStart: number}
  | {malformed: string}
  | undefined

/**
 * Reads the date header at the start of a `.txt` article (the whitespace after it belongs to it).
 * @example readTxtHeader(' date 2020-11-06 China is') // {published: '2020-11-06', bodyStart: 17}
 */
export function readTxtHeader(text: string): TxtHeader {
  const header = HEADER.exec(text)
  if (header) return {published: header[1]!, bodyStart: header[0].length}
  const malformed = MALFORMED.exec(text)
  return malformed ? {malformed: malformed[1]!} : undefined
}
