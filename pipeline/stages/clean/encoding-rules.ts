/** Encoding repairs: line endings, HTML entities, mojibake, invisible and control characters, no-break spaces. */
import {decodeHTML} from 'entities'
import {findMojibake, mayBeMojibake, SUSPICIOUS_MOJIBAKE} from './mojibake.js'
import {regexRule, type CleanRule} from './rule.js'

/** CR LF and CR become LF: first, so every later rule sees one kind of line end. */
export const lineEndings = regexRule('line-endings', 'Windows (CR LF) and old Mac (CR) line endings become LF.', /\r\n?/g, '\n', '\r')

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g

/** HTML character references (`&nbsp;`, `&gt;&gt;`, `&#8217;`) become the characters they stand for; `&amp;gt;` takes two rounds. */
export const htmlEntities: CleanRule = {
  name: 'html-entities',
  description: 'HTML character references (&nbsp; &gt;&gt; &#8217; &amp;amp;) become the characters they stand for.',
  repeat: true,
  find(text) {
    if (!text.includes('&')) return []
    const out = []
    ENTITY.lastIndex = 0
    for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
      const decoded = decodeHTML(m[0])
      // an unknown name (&bogus;) decodes to itself and stays
      if (decoded !== m[0]) out.push({start: m.index, end: m.index + m[0].length, text: decoded})
    }
    return out
  },
}

/** UTF-8 read as Windows-1252, Latin-1 or Mac Roman is decoded back; what looks like mojibake but does not decode is counted. */
export const mojibake: CleanRule = {
  name: 'mojibake',
  description: 'UTF-8 text that was decoded with the wrong encoding, repaired where encoding it back gives valid UTF-8 (as ftfy does).',
  variants: {
    'mojibake-cp1252': 'UTF-8 read as Windows-1252 ("Peopleâ€™s" -> "People’s", "VÃ¶pel" -> "Vöpel").',
    'mojibake-latin1': 'UTF-8 read as Latin-1: a lead character followed by C1 controls ("â\\u0080\\u0099" -> "’").',
    'mojibake-macroman': 'UTF-8 read as Mac Roman ("Ôºç" -> "－", "caf√©" -> "café").',
    'mojibake-unrepaired': 'A warning: a sequence that looks like mojibake but does not decode reliably, left as it is.',
  },
  repeat: true,
  find(text, context) {
    const repairs = findMojibake(text)
    if (repairs.length > 0 || !mayBeMojibake(text)) return repairs
    // the last round: what still looks like mojibake is reported, not changed
    SUSPICIOUS_MOJIBAKE.lastIndex = 0
    for (let m = SUSPICIOUS_MOJIBAKE.exec(text); m; m = SUSPICIOUS_MOJIBAKE.exec(text)) {
      context.warn('mojibake-unrepaired', `"${m[0]}" looks like mojibake but does not decode reliably; left as it is`, m.index, m.index + m[0].length)
    }
    return []
  },
}

/** Whether a text has any of the characters the rules below repair (one scan rules them all out for most texts). */
const SPECIAL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200B\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\uFF01-\uFF5E]/
let specialText: string | undefined
let specialFound = false

/** Whether `text` holds a special character, remembered for the last text asked about (the rules ask in a row). */
export function hasSpecialCharacters(text: string): boolean {
  if (text !== specialText) { specialText = text; specialFound = SPECIAL.test(text) }
  return specialFound
}

/** Control characters other than tab and line feed are removed (C1 ones after mojibake repair used what it could). */
export const controlCharacters = regexRule('control-characters',
  'Control characters (C0 other than tab and line feed, DEL, C1) are removed.',
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g, '', text => hasSpecialCharacters(text) && /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/.test(text))

/** Zero-width characters, soft hyphens and stray byte-order marks inside the text are removed (not the joiner of an emoji sequence). */
export const invisibleCharacters = regexRule('invisible-characters',
  'Zero-width spaces and joiners used as spacing, word joiners, soft hyphens and byte-order marks inside the text are removed.',
  /[\u200B\u2060\uFEFF\u00AD]|(?<![\p{Extended_Pictographic}\u200D])\u200D(?!\p{Extended_Pictographic})/gu, '',
  ['\u200B', '\u2060', '\uFEFF', '\u00AD', '\u200D'])

/** No-break and other fixed-width spaces become ordinary spaces. */
export const noBreakSpaces = regexRule('no-break-spaces',
  'No-break, narrow, figure, ideographic and other fixed-width spaces become ordinary spaces.',
  /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ', text => hasSpecialCharacters(text) && /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/.test(text))

/** Line and paragraph separators (U+2028, U+2029) become line feeds. */
export const unicodeLineSeparators = regexRule('line-separators',
  'Unicode line and paragraph separators (U+2028, U+2029) become a line feed and a blank line.',
  /[\u2028\u2029]/g, m => (m[0] === '\u2029' ? '\n\n' : '\n'), ['\u2028', '\u2029'])
