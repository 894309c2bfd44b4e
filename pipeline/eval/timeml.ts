/** Reading TimeML (.tml) documents: the creation time, the text without tags, and each TIMEX3 with its span in that text. */
import {decodeXML} from 'entities'

/** A gold temporal expression: its span in the document's text (UTF-16), type, value and mod. */
export interface GoldTimex {
  start: number
  end: number
  text: string
  type: string
  value: string
  mod: string | null
}

/** A TimeML document as the scorer needs it. */
export interface TimeMLDocument {
  id: string
  /** The document creation time's value (YYYY-MM-DD...), or null. */
  dct: string | null
  text: string
  timexes: GoldTimex[]
}

/** The attributes of a tag. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of tag.matchAll(/([A-Za-z_:]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = decodeXML(m[2]!)
  return out
}

/**
 * Parses a TimeML document: the text of <TEXT> with tags removed and entities decoded, and its non-empty TIMEX3s.
 * @example parseTimeML('<DOCID>d</DOCID><DCT><TIMEX3 value="1998-01-08"/></DCT><TEXT>On <TIMEX3 type="DATE" value="1998-01-07">Wednesday</TIMEX3></TEXT>')
 */
export function parseTimeML(xml: string): TimeMLDocument {
  const id = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(xml)?.[1] ?? ''
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1]
  const dct = dctTag ? attributes(dctTag).value ?? null : null
  const body = /<TEXT>([^]*?)<\/TEXT>/.exec(xml)?.[1] ?? ''
  let text = ''
  const timexes: GoldTimex[] = []
  const open: Array<{start: number; attrs: Record<string, string>}> = []
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|[^<]+/g)) {
    if (m[2] === undefined) { text += decodeXML(m[0]); continue }
    if (m[2] !== 'TIMEX3' || m[4] === '/') continue
    if (m[1] !== '/') { open.push({start: text.length, attrs: attributes(m[3]!)}); continue }
    const started = open.pop()
    if (!started || started.start === text.length) continue
    const {attrs} = started
    timexes.push({start: started.start, end: text.length, text: text.slice(started.start), type: attrs.type ?? '', value: attrs.value ?? '', mod: attrs.mod ?? null})
  }
  return {id, dct, text, timexes}
}
