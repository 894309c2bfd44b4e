/** Sentence and paragraph boundaries of a clean text, and the sizes the articles table reports. */
import {CHAR_CLASS, isDigitUnit, isUpperCode, isWordCode} from './char-class.js'

/** A half-open span of UTF-16 code units. */
export interface Span {
  start: number
  end: number
}

// Words that end in a period without ending a sentence: titles, months, initials-like forms.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr',
  'amb', 'pres', 'sec', 'hon', 'rev', 'fr', 'jr', 'sr', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'approx', 'dept', 'est',
  'inc', 'ltd', 'co', 'corp', 'pvt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.n', 'u.k', 'u.s.a', 'a.m', 'p.m', 'op', 'vol', 'fig', 'al',
])

// A sentence end: terminal punctuation, optional closing quotes or brackets, then whitespace.
const END = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s)/g
const NEXT_STARTS_SENTENCE = /^\s+["'“‘(\[]*[\p{Lu}\p{N}]/u

/** Whether the period at `at` ends an abbreviation or an initial ("J. Smith") rather than a sentence. */
function isAbbreviation(text: string, at: number): boolean {
  // the letters and inner periods just before the period ("U.S", "Mr", "J")
  let start = at
  while (start > 0 && at - start < 12) {
    const unit = text.charCodeAt(start - 1)
    if (unit !== 0x2e && !isWordCode(unit)) break
    start--
  }
  if (start === at) return false
  const word = text.slice(start, at).replace(/^\.+/, '')
  return ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && isUpperCode(word.charCodeAt(0)))
}

/**
 * Splits a clean text into sentence spans: at terminal punctuation followed by a capital or digit,
 * and always at paragraph breaks. Spans exclude the whitespace between sentences.
 * @example splitSentences('Xi spoke. Moon agreed.').length === 2
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  for (const paragraph of splitParagraphs(text)) {
    let start = paragraph.start
    const body = text.slice(paragraph.start, paragraph.end)
    END.lastIndex = 0
    for (let m = END.exec(body); m; m = END.exec(body)) {
      const end = paragraph.start + m.index + m[0].length
      if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, paragraph.start + m.index)) continue
      if (!NEXT_STARTS_SENTENCE.test(text.slice(end, Math.min(end + 8, paragraph.end)))) continue
      spans.push({start, end})
      start = end
      while (start < paragraph.end && /\s/.test(text[start]!)) start++
    }
    if (start < paragraph.end) spans.push({start, end: paragraph.end})
  }
  return spans
}

/** Splits a clean text into paragraph spans at blank lines. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const m of text.matchAll(/\n\s*\n/g)) {
    if (m.index > start) spans.push({start, end: m.index})
    start = m.index + m[0].length
  }
  if (start < text.length) spans.push({start, end: text.length})
  return spans
}

/** The number of words: runs of letters and digits, joined by an inner apostrophe, period or hyphen ("U.S.",
 * "China’s", "Jae-in") or, between digits, a comma ("2,000"). Astral characters count as word characters. */
export function countWords(text: string): number {
  let words = 0
  let inWord = false
  const n = text.length
  for (let i = 0; i < n; i++) {
    const unit = text.charCodeAt(i)
    if ((CHAR_CLASS[unit]! & 1) === 1 || (unit >= 0xd800 && unit <= 0xdfff)) {
      if (!inWord) { words++; inWord = true }
    } else if (inWord && i + 1 < n && (CHAR_CLASS[text.charCodeAt(i + 1)]! & 1) === 1 && isJoiner(unit, text.charCodeAt(i - 1), text.charCodeAt(i + 1))) {
      // an inner joiner keeps the word going
    } else {
      inWord = false
    }
  }
  return words
}

/** Whether `unit` joins the word characters around it into one word. */
function isJoiner(unit: number, before: number, after: number): boolean {
  if (unit === 0x27 || unit === 0x2019 || unit === 0x2e || unit === 0x2d) return true
  return unit === 0x2c && isDigitUnit(before) && isDigitUnit(after)
}
