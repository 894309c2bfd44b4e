/**
 * Datelines: "BEIJING, AUG 21 (DNA) –", "TEHRAN, August 8 (Xinhua) --", "MANILA, Nov. 2 , 2005 (Xinhua)",
 * "WASHINGTON —", "Hong Kong (CNN)", "ROME－". Removed from the text and kept as data: the place, normalized,
 * the agency, and the date as written (the timexes stage resolves it).
 */
import type {CleanReplacement, CleanRule} from './rule.js'

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\.?`
const DATE = String.raw`(?<date>${MONTH} ?\d{1,2}(?: ?, ?\d{4})?),?`
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}`
const TITLE_PLACE = String.raw`[A-Z][a-z]+(?: (?:[A-Z][a-z]+|de|da|del|of))?(?: [A-Z][a-z]+)?`
const REGION = String.raw`(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?`
const AGENCY = String.raw`\((?<agency>[A-Z][A-Za-z]*(?:[ ,]+[A-Za-z]+){0,3})\)`
// without a date, only a known agency makes "Place (X)" a dateline: "Tedros Adhanom (WHO) said" is not one
const KNOWN_AGENCY = String.raw`\((?<agency>(?:Xinhua|XINHUA|DNA|AP|AFP|Reuters|REUTERS|CNN(?: Business)?|Bloomberg|UPI|IANS|PTI|ANI|Kyodo|Yonhap|TASS|Tass|dpa|Bernama|Antara|APP|IRNA|KUNA|WAM|SPA|MENA|Anadolu|Sputnik|Interfax|EFE|ANSA|Lusa|Jiji|CGTN|CNA|AAP|PA)(?:, ?(?:AP|AFP|Reuters|REUTERS|Bloomberg|dpa|Xinhua))*)\)`
const DASH = String.raw`(?:--|[–—－•-]|:)`

/** The dateline shapes, each anchored at the start of a paragraph, with named groups place, agency and date. */
const SHAPES: readonly RegExp[] = [
  // MANILA, Nov. 2 , 2005 (Xinhua) [--]   BEIJING, AUG 21 (DNA) –   TEHRAN, August 8 (Xinhua) --
  new RegExp(String.raw`^(?<place>${CAPS_PLACE})${REGION}, ${DATE} *${AGENCY} *(?:${DASH} *|(?=\n|$))`, 'du'),
  // SEOUL, Nov. 3 --   New Delhi, June 27 --   BEIJING, Jan. 13--
  new RegExp(String.raw`^(?<place>${CAPS_PLACE}|${TITLE_PLACE})${REGION}, ${DATE} *${DASH} *`, 'du'),
  // WASHINGTON (AP) —   HONG KONG (REUTERS, AFP) -   Hong Kong (CNN Business)
  new RegExp(String.raw`^(?<place>${CAPS_PLACE}|${TITLE_PLACE})${REGION} ${KNOWN_AGENCY} *(?:${DASH} *)?`, 'du'),
  // WASHINGTON —   TAIPEI, Taiwan —   BEIJING -   BEIJING •   ROME－
  new RegExp(String.raw`^(?<place>[A-Z]{3,}(?: [A-Z]{2,}){0,2})${REGION}(?: (?:--|[—–•-]) |－)`, 'du'),
]

/** How far into the text a dateline may start: the first few paragraphs (after a deck or a caption). */
const FIRST_PARAGRAPHS = 4

const SMALL_WORDS = new Set(['de', 'da', 'del', 'of', 'the', 'and', 'es', 'la', 'le'])

/** A place name in title case, as a gazetteer writes it: "BEIJING" -> "Beijing", "RIO DE JANEIRO" -> "Rio de Janeiro". */
export function normalizePlace(place: string): string {
  if (place !== place.toUpperCase()) return place
  return place.toLowerCase().split(' ').map((word, i) =>
    i > 0 && SMALL_WORDS.has(word) ? word : word.replace(/(^|[-'’.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())).join(' ')
}

/** An agency as it is usually written: "XINHUA" -> "Xinhua", "REUTERS, AFP" -> "Reuters, AFP"; short acronyms stay. */
export function normalizeAgency(agency: string): string {
  return agency.split(/,\s*/).map(a => (a.length > 4 && a === a.toUpperCase() ? a[0] + a.slice(1).toLowerCase() : a)).join(', ')
}

/** The dateline rule: the first dateline at the start of one of the first paragraphs is removed and its data lifted. */
export const dateline: CleanRule = {
  name: 'dateline',
  description: 'A dateline at the start of the story (BEIJING, Aug 21 (DNA) –) is removed; its place, normalized, becomes articles.dateline, its agency articles.source (unless the input gives a source) and its date articles.dateline_date.',
  find(text, context) {
    let start = 0
    for (let p = 0; p < FIRST_PARAGRAPHS && start < text.length; p++) {
      while (start < text.length && /\s/.test(text[start]!)) start++
      const paragraph = text.slice(start, start + 200)
      for (const shape of SHAPES) {
        const m = shape.exec(paragraph)
        const groups = m?.groups ?? {}
        // a place alone, with nothing after it, is a heading, not a dateline
        if (!m || m[0].length === paragraph.length && !groups.agency) continue
        context.lift('dateline', normalizePlace(groups.place!))
        if (groups.agency) context.lift('source', normalizeAgency(groups.agency))
        if (groups.date) {
          const at = start + m.indices!.groups!.date![0]
          context.lift('datelineDate', groups.date, at, at + groups.date.length)
        }
        const replacement: CleanReplacement = {start, end: start + m[0].length, text: ''}
        return [replacement]
      }
      const next = text.indexOf('\n\n', start)
      if (next === -1) break
      start = next
    }
    return []
  },
}
