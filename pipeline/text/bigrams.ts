/** A bitmap of the ASCII character pairs a text holds: a cheap filter that rules out most absent substrings. */

/** The set of adjacent ASCII character pairs of a text, one bit per pair (2 KiB). */
export type BigramSet = Uint8Array

/**
 * Every pair of adjacent ASCII characters in `text`, built in one pass.
 * @example mayContain(bigramsOf('Load-Date'), 'd-D') === true
 */
export function bigramsOf(text: string): BigramSet {
  const bits = new Uint8Array(2048)
  addBigrams(bits, text, 0, text.length)
  return bits
}

/** Adds the pairs of `text[start, end)` to `bits` (a superset stays a valid filter: only absent pairs rule out). */
export function addBigrams(bits: BigramSet, text: string, start: number, end: number): void {
  const from = Math.max(0, start)
  const to = Math.min(text.length, end)
  let previous = from < to ? text.charCodeAt(from) : 0x80
  for (let i = from + 1; i < to; i++) {
    const code = text.charCodeAt(i)
    if ((previous | code) < 0x80) {
      const pair = (previous << 7) | code
      bits[pair >> 3]! |= 1 << (pair & 7)
    }
    previous = code
  }
}

/** Whether `text` (whose bigrams are `bits`) may contain `needle`: false only when one of its ASCII pairs is absent. */
export function mayContain(bits: BigramSet, needle: string): boolean {
  for (let i = 1; i < needle.length; i++) {
    const a = needle.charCodeAt(i - 1)
    const b = needle.charCodeAt(i)
    if ((a | b) >= 0x80) continue
    const pair = (a << 7) | b
    if ((bits[pair >> 3]! & (1 << (pair & 7))) === 0) return false
  }
  return true
}
