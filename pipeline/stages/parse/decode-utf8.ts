/** Strict UTF-8 decoding that says where the first bad byte is, instead of inventing U+FFFD. */

const strict = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Where decoding failed: the byte offset, its 1-based line and column, and the bad byte. */
export interface Utf8Error {
  byteOffset: number
  line: number
  column: number
  byte: number
  utf16: boolean
}

/** The text, or where and why it is not UTF-8. A leading BOM is dropped (and counted in `bomBytes`). */
export type Decoded = {text: string; bomBytes: number} | {error: Utf8Error}

/** The length of the UTF-8 sequence starting at `i`, or 0 when the bytes there are not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!
  if (b < 0x80) return 1
  let need: number
  let min: number
  if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80 }
  else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800 }
  else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000 }
  else return 0
  let cp = b & (0x3f >> need)
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k]
    if (c === undefined || (c & 0xc0) !== 0x80) return 0
    cp = (cp << 6) | (c & 0x3f)
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0
  return need + 1
}

/** The byte offset of the first invalid UTF-8 sequence in `bytes`, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i)
    if (n === 0) return i
    i += n
  }
  return -1
}

/** The 1-based line and column (in characters) of byte `offset`, counting from `bytes[0]`. */
export function lineColumnAt(bytes: Uint8Array, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) { line++; lineStart = i + 1 }
  }
  const prefix = strict.decode(bytes.subarray(lineStart, offset))
  return {line, column: [...prefix].length + 1}
}

/**
 * Decodes `bytes` as strict UTF-8, dropping a leading BOM.
 * @example decodeUtf8(Uint8Array.of(0x68, 0xe9)) // {error: {byteOffset: 1, line: 1, column: 2, byte: 0xe9, ...}}
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const bomBytes = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const body = bomBytes ? bytes.subarray(bomBytes) : bytes
  try {
    return {text: strict.decode(body), bomBytes}
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
    const at = Math.max(0, firstInvalidUtf8(body))
    const {line, column} = lineColumnAt(body, at)
    return {error: {byteOffset: at + bomBytes, line, column, byte: body[at] ?? 0, utf16}}
  }
}

/** A person-readable reason for a decoding failure. */
export function describeUtf8Error(error: Utf8Error): string {
  if (error.utf16) return 'the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8'
  const hex = error.byte.toString(16).toUpperCase().padStart(2, '0')
  return `byte 0x${hex} is not valid UTF-8: is the file in Windows-1252 or Latin-1? Save it as UTF-8`
}
