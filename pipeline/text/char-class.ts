/** Fast character classes for scanning loops: a table of the Basic Multilingual Plane, built once. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u
const UPPER = /\p{Lu}/u
const BMP = 0x10000

/** Per BMP code unit, bit 1: letter, digit or combining mark; bit 2: upper-case letter; bit 4: letter; bit 8: lower-case letter; bit 16: white space; bit 32: digit (any \p{N}). Surrogates are 0. */
export const CHAR_CLASS = new Uint8Array(BMP)
const table = CHAR_CLASS
// one regex scan over every BMP character is far faster than 65,536 separate tests
let all = ''
for (let code = 0; code < BMP; code++) all += code >= 0xd800 && code <= 0xdfff ? ' ' : String.fromCharCode(code)
for (const m of all.matchAll(/[\p{L}\p{N}\p{M}]/gu)) table[m.index] = 1
for (const m of all.matchAll(/\p{L}/gu)) table[m.index]! |= 4
for (const m of all.matchAll(/\p{Lu}/gu)) table[m.index]! |= 2
for (const m of all.matchAll(/\p{Ll}/gu)) table[m.index]! |= 8
// (the surrogates stand in `all` as spaces: they are not white space)
for (const m of all.matchAll(/\s/gu)) if (m.index < 0xd800 || m.index > 0xdfff) table[m.index]! |= 16
for (const m of all.matchAll(/\p{N}/gu)) table[m.index]! |= 32

/** Whether the code point is a letter, a digit or a combining mark (what words are made of). */
export function isWordCode(code: number): boolean {
  return code < BMP ? (table[code]! & 1) === 1 : LETTER_OR_DIGIT.test(String.fromCodePoint(code))
}

/** Whether the code point is an upper-case letter. */
export function isUpperCode(code: number): boolean {
  return code < BMP ? (table[code]! & 2) === 2 : UPPER.test(String.fromCodePoint(code))
}

/** Whether the UTF-16 unit is a letter of the BMP (an astral letter's surrogates are not). */
export function isLetterUnit(unit: number): boolean {
  return (table[unit]! & 4) === 4
}

/** Whether the UTF-16 unit is a letter or digit of the BMP. */
export function isLetterOrDigitUnit(unit: number): boolean {
  return (table[unit]! & 1) === 1
}

/** Whether the UTF-16 unit is a lower-case letter of the BMP. */
export function isLowerUnit(unit: number): boolean {
  return (table[unit]! & 8) === 8
}

/** Whether the UTF-16 unit is white space (what `\s` matches). */
export function isSpaceUnit(unit: number): boolean {
  return (table[unit]! & 16) === 16
}

/** Whether the UTF-16 unit is an ASCII digit. */
export function isDigitUnit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39
}
