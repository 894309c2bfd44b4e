/** Word tokens of a clean text, with offsets, shape and sentence: what the extractors (entities, timexes) walk over. */
import {CHAR_CLASS, classOfCode, DIGIT, LETTER, LOWER, SPACE, UPPER, WORD} from './char-class.js'
import type {Span} from './sentences.js'

/** One token: a word, an abbreviation (U.S.), a possessive ('s) or one punctuation character. */
export interface Token {
  text: string
  /** The text with curly apostrophes as straight ones (People’s = People's): what gazetteers match. */
  key: string
  /** UTF-16 offsets in the clean text. */
  start: number
  end: number
  /** Starts with an upper-case letter. */
  cap: boolean
  /** All letters upper case, at least two of them (WHO, CPC). */
  upper: boolean
  /** A word (letters or digits), not punctuation. */
  word: boolean
  sentence: number
  /** The first word of its sentence. */
  first: boolean
}

/** The class bits of the code point at `i` (a lone surrogate has none). */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i)
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return CHAR_CLASS[unit]!
  const cp = text.codePointAt(i)!
  return cp <= 0xffff ? 0 : classOfCode(cp)
}

/** UTF-16 length of the code point at `i`. */
function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i)
  return unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1
}

/** Whether the code unit is an apostrophe, straight or curly. */
function isApostrophe(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019
}

/** Whether a possessive ('s, ’S) starts at `i`: an apostrophe, s, and no letter or digit after. */
function isPossessive(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1)
  return isApostrophe(text.charCodeAt(i)) && (s === 0x73 || s === 0x53) && (i + 2 >= text.length || (classAt(text, i + 2) & (LETTER | DIGIT)) === 0)
}

/** The class bits of every code point the last `abbreviationEnd` or `wordEnd` scanned, or-ed together; whether it met a curly apostrophe. */
let scannedBits = 0
let scannedCurly = false

/** The end of the abbreviation with periods at `i` ("U.S.", "e.g."), or -1: two or more letter-period pairs. */
function abbreviationEnd(text: string, i: number): number {
  let k = i
  let pairs = 0
  let bits = 0
  for (;;) {
    const b = classAt(text, k)
    if ((b & LETTER) === 0) break
    const w = widthAt(text, k)
    if (text.charCodeAt(k + w) !== 0x2e) break
    bits |= b
    k += w + 1
    pairs++
  }
  if (pairs < 2) return -1
  scannedBits = bits
  scannedCurly = false
  return k
}

/** The end of the word at `i`: letters, marks and digits, with inner apostrophes (O'Brien) but not before a possessive. */
function wordEnd(text: string, i: number): number {
  let k = i
  let bits = 0
  let curly = false
  for (;;) {
    for (;;) {
      const unit = text.charCodeAt(k)
      // the common case, a unit of the BMP that is not a surrogate
      const b = unit < 0xd800 || unit > 0xdfff ? CHAR_CLASS[unit]! : k < text.length ? classAt(text, k) : 0
      if ((b & WORD) === 0) break
      bits |= b
      k += unit < 0xd800 || unit > 0xdfff ? 1 : widthAt(text, k)
    }
    const unit = text.charCodeAt(k)
    if (k + 1 < text.length && isApostrophe(unit) && !isPossessive(text, k) && (classAt(text, k + 1) & WORD) !== 0) {
      curly ||= unit === 0x2019
      k++
      continue
    }
    scannedBits = bits
    scannedCurly = curly
    return k
  }
}

/**
 * Splits a text into tokens, each with the index of the sentence it lies in. One scan over character classes.
 * @example tokenize("China's WHO", [{start: 0, end: 11}]).map(t => t.text) // ['China', "'s", 'WHO']
 */
export function tokenize(text: string, sentences: readonly Span[]): Token[] {
  const tokens: Token[] = []
  let s = 0
  let sentenceEnd = sentences[0]?.end ?? Infinity
  let wordsInSentence = 0
  const n = text.length
  for (let i = 0; i < n;) {
    const unit = text.charCodeAt(i)
    const bits = unit < 0xd800 || unit > 0xdfff ? CHAR_CLASS[unit]! : classAt(text, i)
    if ((bits & SPACE) !== 0) { i++; continue }
    const word = (bits & WORD) !== 0
    let end: number
    let letters = 0
    let curly = false
    if (word) {
      // an abbreviation has a period right after its first letter (astral letters are rare enough to always try)
      end = (bits & LETTER) !== 0 && (text.charCodeAt(i + 1) === 0x2e || unit >= 0xd800) ? abbreviationEnd(text, i) : -1
      if (end === -1) end = wordEnd(text, i)
      letters = scannedBits
      curly = scannedCurly
    } else if (isPossessive(text, i)) {
      end = i + 2
      curly = text.charCodeAt(i) === 0x2019
    } else {
      end = i + widthAt(text, i)
    }
    while (sentenceEnd <= i && s + 1 < sentences.length) { s++; sentenceEnd = sentences[s]!.end; wordsInSentence = 0 }
    const cap = (bits & UPPER) !== 0
    const tokenText = text.slice(i, end)
    const key = curly ? tokenText.replaceAll('’', "'") : tokenText
    tokens.push({
      text: tokenText, key, start: i, end, cap, word,
      upper: cap && end - i > 1 && (letters & LOWER) === 0,
      sentence: s, first: word && wordsInSentence === 0,
    })
    if (word) wordsInSentence++
    i = end
  }
  return tokens
}

/** The token keys of a phrase, as the tokenizer splits it (for building gazetteers: People’s is People's). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase, [{start: 0, end: phrase.length}]).map(t => t.key)
}
