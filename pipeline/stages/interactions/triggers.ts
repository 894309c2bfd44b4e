/**
 * The words that report a contact between parties, by kind, and the CAMEO code of each kind. Data and one scanner:
 * every trigger of a text is found in one pass of one combined regular expression.
 */

/** The kinds of contact, as the interactions table writes them. */
export const KINDS = ['phone_call', 'video_call', 'meeting', 'visit', 'message'] as const

/** A kind of contact. */
export type InteractionKind = (typeof KINDS)[number]

/**
 * The CAMEO code of each kind: 041 discuss by telephone, 042 make a visit, 040 consult (meetings, video calls and
 * messages: the text rarely says who hosted a meeting, and CAMEO has no closer code for a message).
 */
export const CAMEO: Record<InteractionKind, string> = {phone_call: '041', video_call: '040', meeting: '040', visit: '042', message: '040'}

/** The CAMEO codes the table holds, with their CAMEO names. */
export const CAMEO_CODES: Record<string, string> = {'040': 'Consult, not specified below', '041': 'Discuss by telephone', '042': 'Make a visit'}

/** The trigger phrases of each kind (regular-expression sources, matched case-blind at word boundaries). */
const PHRASES: Record<InteractionKind, readonly string[]> = {
  phone_call: [
    String.raw`(?:tele)?phone (?:call|conversation|talk)s?`, String.raw`telephone`, String.raw`(?:on|by|over) the (?:tele)?phone`,
    String.raw`by (?:tele)?phone`, String.raw`(?:tele)?phoned`,
    // "Morrison spoke with the leaders of the US, France and Germany": in diplomatic news, a call (the weakest trigger)
    String.raw`(?:spoke|speaks|talked) (?:with|to)(?! (?:the )?(?:press|media|reporters|journalists|students|a crowd|an audience)\b)`,
  ],
  video_call: [
    String.raw`video (?:call|conference|talk|meeting|summit|link|chat)s?`, String.raw`videoconferences?`, String.raw`virtual (?:meetings?|talks|summits?)`,
  ],
  message: [
    String.raw`(?:verbal|congratulatory|condolence|written|oral) (?:message|letter|note)s?`, String.raw`message of (?:condolence|congratulations|sympathy)`,
    String.raw`letter of (?:condolence|congratulations)`, String.raw`(?:message|letter)s? to`, String.raw`sent (?:a |an |his |her )?(?:message|letter)`,
    String.raw`received (?:a |the |his |her )?(?:[\p{L}-]+ )?(?:message|letter)`,
  ],
  meeting: [
    String.raw`met(?: with)?`, String.raw`meets(?: with)?`, String.raw`(?:meetings?|talks|consultations|summits?|discussions) (?:with|between)`,
    String.raw`held (?:talks|a meeting|meetings|consultations)`, String.raw`received`, String.raw`hosted`,
    // not "when meeting the press": an audience
    String.raw`(?:while|when|after|before) meeting(?! (?:the )?(?:press|media|reporters|journalists)\b)`,
  ],
  // not "visiting scientist": an adjective of a person's post
  visit: [
    String.raw`(?:state |official |working )?visit(?:ed|ing|s)?(?! (?:scientist|scholar|professor|fellow|researcher|student)s?\b)`, String.raw`(?:arrived|arrives) in`,
    String.raw`trips? to`,
  ],
}

/** One trigger in the text: its kind, span (UTF-16) and text. */
export interface Trigger {
  kind: InteractionKind
  start: number
  end: number
  text: string
}

/**
 * The combined scanner: one named group per kind, longest alternatives first. The word boundary before a match is
 * checked in code (NOT_AFTER): a leading lookbehind would stop the engine skipping ahead to a trigger's first letters.
 */
const SCANNER = new RegExp(
  Object.entries(PHRASES).map(([kind, phrases]) => `(?<${kind}>${[...phrases].sort((a, b) => b.length - a.length).join('|')})`).join('|')
    .replace(/^/, '(?:').concat(String.raw`)(?![\p{L}\p{N}-])`),
  'giu',
)

/** What a trigger must not follow: a letter, a digit or a hyphen. */
const NOT_AFTER = /[\p{L}\p{N}-]$/u

/** Whether the code point before `at` is one a trigger must not follow. */
function followsWord(text: string, at: number): boolean {
  return at > 0 && NOT_AFTER.test(text.slice(Math.max(0, at - 2), at))
}

/**
 * The triggers of a text, in order, in one scan.
 * @example triggersIn('Xi met Moon.')[0].kind === 'meeting'
 */
export function triggersIn(text: string): Trigger[] {
  const found: Trigger[] = []
  SCANNER.lastIndex = 0
  for (let m = SCANNER.exec(text); m; m = SCANNER.exec(text)) {
    if (followsWord(text, m.index)) { SCANNER.lastIndex = m.index + 1; continue }
    const kind = KINDS.find(k => m!.groups?.[k] !== undefined)!
    found.push({kind, start: m.index, end: m.index + m[0].length, text: m[0]})
  }
  return found
}
