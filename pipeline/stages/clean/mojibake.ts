/**
 * Mojibake: UTF-8 bytes that were decoded as Windows-1252, Latin-1 or Mac Roman ("VÃ¶pel", "Peopleâ€™s", "Ôºç").
 * A run is repaired only when encoding it back gives valid UTF-8 whose characters are all plausible text,
 * as ftfy does; a suspicious run that does not decode is left alone and counted.
 */

/** Windows-1252 bytes 0x80-0x9F; the five it leaves undefined stay C1 controls, as in "sloppy" decoders. */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** Mac Roman bytes 0x80-0xFF. */
const MAC_ROMAN_80_FF = 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ'

/** A single-byte encoding as the map from its characters back to their bytes. */
type ByteMap = ReadonlyMap<string, number>

/** Windows-1252 with C1 controls for bytes 0x80-0x9F too (text read as Latin-1 has those). */
const cp1252: ByteMap = new Map([
  ...[...CP1252_80_9F].map((ch, i) => [ch, 0x80 + i] as const),
  ...Array.from({length: 0x20}, (_, i) => [String.fromCharCode(0x80 + i), 0x80 + i] as const),
  ...Array.from({length: 0x60}, (_, i) => [String.fromCharCode(0xa0 + i), 0xa0 + i] as const),
])
const macRoman: ByteMap = new Map([...MAC_ROMAN_80_FF].map((ch, i) => [ch, 0x80 + i] as const))

/** The encodings mojibake is undone from, in the order they are tried, with their rule names. */
const ENCODINGS: ReadonlyArray<{rule: string; bytes: ByteMap; accepts: (length: number, leadChar: string) => boolean}> = [
  {rule: 'mojibake-cp1252', bytes: cp1252, accepts: () => true},
  // in Mac Roman, most 2-byte leads are ordinary punctuation (« » “ ” – …): trust 3- and 4-byte sequences,
  // and the leads no real text puts before such a character: √ ("√©" = é), ¬ ("¬∑" = ·)
  {rule: 'mojibake-macroman', bytes: macRoman, accepts: (length, lead) => length >= 3 || lead === '√' || lead === '¬'},
]

/** Whether a decoded character is what mojibake of English news hides: Latin letters, typographic punctuation, CJK, emoji. */
function isLikelyDecoded(text: string, length: number): boolean {
  const cp = text.codePointAt(0)!
  if (!PLAUSIBLE.test(text)) return false
  if (length === 2) return cp >= 0xa0 && cp <= 0x24f
  if (length === 3) return (cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef)
  return cp >= 0x1f000 && cp <= 0x2ffff
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/** A character that real text holds: a letter, digit, punctuation, symbol or space, not a control or combining mark. */
const PLAUSIBLE = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u

/** Runs of characters that can be bytes of a UTF-8 sequence under some encoding (ASCII excluded). */
const CANDIDATE = new RegExp(`[${[...new Set([...cp1252.keys(), ...macRoman.keys()])].join('').replace(/[\]\\^-]/g, '\\$&')}]{2,}`, 'g')

/** A fast test for what mojibake needs: a Windows-1252 lead (C2-F4) before a continuation, or a Mac Roman lead before a non-ASCII character. */
const MAY_BE_MOJIBAKE = /[\u00C2-\u00F4][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|[√¬‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ][^\x00-\x7F]/

/** Whether `text` may hold mojibake: a cheap test for the lead characters first, the sequences only if one is there. */
export function mayBeMojibake(text: string): boolean {
  return MOJIBAKE_LEADS.test(text) && MAY_BE_MOJIBAKE.test(text)
}

const MOJIBAKE_LEADS = /[\u00C2-\u00F4√¬‡·‚„‰]/

/** How many bytes a UTF-8 sequence starting with `lead` has (0 when `lead` cannot start one). */
function utf8Length(lead: number): number {
  return lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
}

/** A repaired piece of a run: [start, end) in the run, and the text it decodes to. */
interface Piece {
  start: number
  end: number
  text: string
}

/** The pieces of `run` that, read back as bytes of `encoding`, form valid UTF-8 of likely characters. */
function decodablePieces(run: string, encoding: (typeof ENCODINGS)[number]): Piece[] {
  const chars = [...run]
  const pieces: Piece[] = []
  let offset = 0
  for (let i = 0; i < chars.length;) {
    const lead = encoding.bytes.get(chars[i]!)
    const length = lead === undefined ? 0 : utf8Length(lead)
    const sequence = chars.slice(i, i + length).map(ch => encoding.bytes.get(ch))
    if (length > 0 && sequence.length === length && sequence.every(b => b !== undefined) && encoding.accepts(length, chars[i]!)) {
      try {
        const text = strictUtf8.decode(Uint8Array.from(sequence as number[]))
        if (isLikelyDecoded(text, length)) {
          const end = offset + chars.slice(i, i + length).join('').length
          // adjacent pieces merge into one edit
          const last = pieces.at(-1)
          if (last && last.end === offset) { last.end = end; last.text += text } else pieces.push({start: offset, end, text})
          offset = end
          i += length
          continue
        }
      } catch { /* not UTF-8 under this encoding */ }
    }
    offset += chars[i]!.length
    i++
  }
  return pieces
}

/** How much of a run the pieces cover, in UTF-16 units. */
function covered(pieces: readonly Piece[]): number {
  return pieces.reduce((n, p) => n + p.end - p.start, 0)
}

/** One repair: a span of the text, what it becomes, and the rule (encoding) that explains it. */
export interface MojibakeRepair {
  start: number
  end: number
  text: string
  rule: string
}

/**
 * Finds reliable mojibake repairs in `text`. Each run goes to the encoding that explains most of it
 * (Windows-1252/Latin-1 on a tie), so "Ôºç" is read as Mac Roman and "Ã¶" as Windows-1252.
 * @example findMojibake('Peopleâ€™s') // [{start: 6, end: 9, text: '’', rule: 'mojibake-cp1252'}]
 */
export function findMojibake(text: string): MojibakeRepair[] {
  const repairs: MojibakeRepair[] = []
  if (!mayBeMojibake(text)) return repairs
  CANDIDATE.lastIndex = 0
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    let best: {rule: string; pieces: Piece[]} | undefined
    for (const encoding of ENCODINGS) {
      const pieces = decodablePieces(m[0], encoding)
      if (covered(pieces) > (best ? covered(best.pieces) : 0)) best = {rule: encoding.rule, pieces}
    }
    for (const p of best?.pieces ?? []) {
      const start = m.index + p.start
      const end = m.index + p.end
      // C1 controls in the run mean the bytes were read as Latin-1 rather than Windows-1252
      const rule = best!.rule === 'mojibake-cp1252' && /[\u0080-\u009f]/.test(text.slice(start, end)) ? 'mojibake-latin1' : best!.rule
      repairs.push({start, end, text: p.text, rule})
    }
  }
  return repairs
}

/** Sequences that look like mojibake (a UTF-8 lead read as cp1252 or Mac Roman, then a continuation), repaired or not. */
export const SUSPICIOUS_MOJIBAKE = /[ÂÃâ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|[äåæçèé][\u0080-\u009F€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡-ª¬-¯±-¶¸-º¼-¿]|Ôº|‚Ä|¬∑/g
