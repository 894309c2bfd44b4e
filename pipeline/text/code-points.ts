/** Converts UTF-16 code-unit offsets (JavaScript strings) to Unicode code-point offsets (Python `str`). */

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g

/** A converter from UTF-16 offsets to code-point offsets of one string. */
export type CodePointIndex = (utf16Offset: number) => number

/**
 * Returns a converter for `text`: identity when it has no astral characters, else a binary
 * search over the positions of its surrogate pairs (memory grows with astral characters only).
 * @example codePointIndex('a😀b')(3) === 2
 */
export function codePointIndex(text: string): CodePointIndex {
  // most texts have no astral characters: one fast test decides
  if (!/[\uD800-\uDFFF]/.test(text)) return offset => offset
  const pairs: number[] = []
  SURROGATE_PAIR.lastIndex = 0
  for (let m = SURROGATE_PAIR.exec(text); m; m = SURROGATE_PAIR.exec(text)) pairs.push(m.index)
  if (pairs.length === 0) return offset => offset
  return offset => {
    // pairs that end at or before `offset` each count one code point for two units
    let lo = 0
    let hi = pairs.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (pairs[mid]! + 2 <= offset) lo = mid + 1
      else hi = mid
    }
    return offset - lo
  }
}

/** The length of `text` in code points. */
export function codePointLength(text: string): number {
  return codePointIndex(text)(text.length)
}

/** The 1-based line and column (in code points) of a UTF-16 offset in `text`. */
export function lineColumnAt(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1 }
  return {line, column: [...text.slice(lineStart, offset)].length + 1}
}
