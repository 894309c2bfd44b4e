/**
 * Stray markup of machine translation and tokenized text. Quotation policy: every quotation mark a repair
 * writes is a curly double quote (“ ”); quotes already in the text are left as they are.
 */
import {isDigitUnit, isLetterUnit, isWordCode} from '../../text/char-class.js'
import {hasSpecialCharacters} from './encoding-rules.js'
import {regexRule, type CleanRule} from './rule.js'

/** `as well as< voies rapides >>, in order` -> `as well as “voies rapides”, in order`; `<<x>>`, `«x»` likewise. */
export const strayGuillemets: CleanRule = regexRule('stray-guillemets',
  'Angle brackets and guillemets used as quotation marks (< voies rapides >>, <<x>>, « x ») become “ ”; a lone << or >> is removed.',
  /[ \t]*(?:<<?|«)[ \t]*([^<>«»\n]{1,120}?)[ \t]*(?:>>?|»)|(?<=^|\s)(?:<<|>>)[ \t]*/gmu,
  m => {
    if (m[1] === undefined) return ''
    // "as well as< x >>": the quotation needs the space the brackets took
    const before = m.input[m.index - 1]
    return `${before !== undefined && !/[\s(\[{“]/.test(before) ? ' ' : ''}“${m[1]}”`
  }, ['<', '>>', '«', '»'])

/** `lift China. -South Korea’s` -> `lift China-South Korea’s`: a compound broken by a stray period and space. */
export const brokenCompound = regexRule('broken-compound',
  'A compound broken by a stray period and space (China. -South Korea) is joined (China-South Korea).',
  /(?<=\p{L})\. -(?=\p{Lu})/gu, '-', '. -')

/** `''quoted''` -> `“quoted”`; `country''s` -> `country's`. */
export const doubledApostrophes = regexRule('doubled-apostrophes',
  'Doubled apostrophes used as quotation marks (\'\'agreed\'\') become “ ”; inside a word (country\'\'s) they become one apostrophe.',
  /(?<=\p{L})''(?=s\b)|''/gu,
  (m) => {
    const input = m.input
    if (input[m.index + 2] === 's' && /\p{L}/u.test(input[m.index - 1] ?? '')) return "'"
    // opening at the start or after a space or bracket, closing otherwise
    return m.index === 0 || /[\s([{“]/.test(input[m.index - 1]!) ? '“' : '”'
  }, "''")

const FUNCTION_WORDS = new Set(['and', 'or', 'to', 'not', 'the', 'a', 'an', 'i', 'with', 'but', 'which', 'who', 'that', 'as', 'in', 'on', 'at', 'for', 'of', 'is', 'was', 'und', 'so', 'it', 'we', 'he', 'she', 'they'])


/** Character tests by table (a regex per character would be slow here): the unit at an index, or undefined past the ends. */
const isLetter = (ch: string | undefined) => ch !== undefined && isLetterUnit(ch.charCodeAt(0))
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && isWordCode(ch.charCodeAt(0))
const isDigit = (ch: string | undefined) => ch !== undefined && isDigitUnit(ch.charCodeAt(0))
const isSpaceOrEnd = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '\n' || ch === '\t'

/**
 * The tokenizer-spacing repairs: a literal found with indexOf (fast), a test of the text around it, and the
 * offset of the stray space from the literal's start (or undefined when the context says it is not one).
 */
const SPACING: ReadonlyArray<{literal: string; space: (text: string, at: number) => number | undefined}> = [
  // "Seoul 's" -> "Seoul's"
  ...[" 's", ' ’s'].map(literal => ({literal, space: (t: string, at: number) => (isLetter(t[at - 1]) && !isLetterOrDigit(t[at + 3]) ? 0 : undefined)})),
  // "Korea' s" -> "Korea's"
  ...["' s", '’ s'].map(literal => ({literal, space: (t: string, at: number) => (isLetter(t[at - 1]) && !isLetterOrDigit(t[at + 3]) ? 1 : undefined)})),
  // "( FTA)" -> "(FTA)"; "FTA )" -> "FTA)"
  {literal: '( ', space: (t, at) => (isLetterOrDigit(t[at + 2]) ? 1 : undefined)},
  {literal: ' )', space: (t, at) => (isLetterOrDigit(t[at - 1]) || t[at - 1] === '.' ? 0 : undefined)},
  // "in 1830 , it" -> "in 1830, it"; "said :" -> "said:"; "auspicious . In" -> "auspicious. In" (not an ellipsis)
  ...[' ,', ' ;', ' :'].map(literal => ({literal, space: (t: string, at: number) => (isLetterOrDigit(t[at - 1]) && isSpaceOrEnd(t[at + 2]) ? 0 : undefined)})),
  {literal: ' .', space: (t, at) => (isLetter(t[at - 1]) && isSpaceOrEnd(t[at + 2]) ? 0 : undefined)},
  // "18: 40" -> "18:40"
  {literal: ': ', space: (t, at) => (isDigit(t[at - 1]) && isDigit(t[at + 2]) && isDigit(t[at + 3]) && !isDigit(t[at + 4]) ? 1 : undefined)},
  // "a. m." -> "a.m."
  {literal: '. m.', space: (t, at) => ((t[at - 1] === 'a' || t[at - 1] === 'p') && !isLetter(t[at - 2]) ? 1 : undefined)},
  // "Sang- jick" -> "Sang-jick", but "low- and middle-income" stays
  {literal: '- ', space: (t, at) => {
    const first = t.charCodeAt(at + 2)
    // past the end, charCodeAt gives NaN, which fails this test too
    if (!isLetter(t[at - 1]) || !(first >= 0x61 && first <= 0x7a)) return undefined
    const word = /^[a-z]+/.exec(t.slice(at + 2, at + 30))![0]
    return FUNCTION_WORDS.has(word) ? undefined : 1
  }},
]

/** Spaces a tokenizer or a lost link left inside words and before punctuation: `Seoul 's`, `( FTA)`, `1830 ,`, `Sang- jick`. */
export const tokenizerSpacing: CleanRule = {
  name: 'tokenizer-spacing',
  description: 'Spaces a tokenizer or a lost link left in the wrong place are removed: Seoul \'s, Korea\' s, ( FTA), in 1830 , it, 18: 40, a. m., Sang- jick (but not "18- and 19-year-olds").',
  find(text) {
    const spaces = new Set<number>()
    for (const {literal, space} of SPACING) {
      for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) {
        const offset = space(text, at)
        if (offset !== undefined) spaces.add(at + offset)
      }
    }
    return [...spaces].sort((a, b) => a - b).map(at => ({start: at, end: at + 1, text: ''}))
  },
}

/** Fullwidth forms of ASCII (CJK typing) become ASCII; a fullwidth hyphen between words is a dash. */
export const fullwidthForms = regexRule('fullwidth-forms',
  'Fullwidth forms of ASCII characters (CJK input) become ASCII; a fullwidth hyphen-minus between words (Hong Kong－set up) becomes a spaced dash.',
  /[ \t]*－[ \t]*|[\uFF01-\uFF5E]/g,
  m => (m[0].trim() === '－' ? ' — ' : String.fromCharCode(m[0].charCodeAt(0) - 0xfee0)), text => hasSpecialCharacters(text) && /[\uFF01-\uFF5E]/.test(text))
