/** Fast character classes for scanning loops: a table of the Basic Multilingual Plane, built once. */

/** Class bits: letter, digit or combining mark (what words are made of). */
export const WORD = 1
/** Class bit: upper-case letter. */
export const UPPER = 2
/** Class bit: letter. */
export const LETTER = 4
/** Class bit: lower-case letter. */
export const LOWER = 8
/** Class bit: white space (what `\s` matches). */
export const SPACE = 16
/** Class bit: digit (any \p{N}). */
export const DIGIT = 32

/** The patterns of each class bit, for code points outside the table (astral planes). */
const PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [WORD, /[\p{L}\p{N}\p{M}]/u], [UPPER, /\p{Lu}/u], [LETTER, /\p{L}/u], [LOWER, /\p{Ll}/u], [SPACE, /\s/u], [DIGIT, /\p{N}/u],
]
const BMP = 0x10000

/** Per BMP code unit, its class bits (WORD, UPPER, LETTER, LOWER, SPACE, DIGIT). Surrogates are 0. */
export const CHAR_CLASS = new Uint8Array(BMP)
const table = CHAR_CLASS
// one regex scan over every BMP character per class is far faster than 65,536 separate tests;
// the surrogates stand in `all` as spaces, so they are skipped
let all = ''
for (let code = 0; code < BMP; code++) all += code >= 0xd800 && code <= 0xdfff ? ' ' : String.fromCharCode(code)
for (const [bit, pattern] of PATTERNS) {
  for (const m of all.matchAll(new RegExp(pattern.source, 'gu'))) if (m.index < 0xd800 || m.index > 0xdfff) table[m.index]! |= bit
}

/** The class bits of any code point. */
export function classOfCode(code: number): number {
  if (code < BMP) return table[code]!
  const ch = String.fromCodePoint(code)
  let bits = 0
  for (const [bit, pattern] of PATTERNS) if (pattern.test(ch)) bits |= bit
  return bits
}

/** Whether the code point is a letter, a digit or a combining mark (what words are made of). */
export function isWordCode(code: number): boolean {
  return (classOfCode(code) & WORD) !== 0
}

/** Whether the code point is an upper-case letter. */
export function isUpperCode(code: number): boolean {
  return (classOfCode(code) & UPPER) !== 0
}

/** Whether the UTF-16 unit is a letter of the BMP (an astral letter's surrogates are not). */
export function isLetterUnit(unit: number): boolean {
  return (table[unit]! & LETTER) !== 0
}

/** Whether the UTF-16 unit is an ASCII digit. */
export function isDigitUnit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39
}
