/** Reading a person's name off the tokens: capitalized words, particles, hyphenated parts, initials, suffixes. */
import type {Token} from '../../text/tokens.js'
import {MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES} from '../timexes/lexicon.js'

/** Capitalized words that do not start or continue a person's name. */
export const NOT_NAME = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our', 'My',
  'In', 'On', 'At', 'For', 'With', 'And', 'But', 'Or', 'As', 'By', 'From', 'To', 'Of', 'Since', 'During', 'After', 'Before', 'While', 'When',
  'Where', 'What', 'Who', 'Why', 'How', 'If', 'Though', 'Although', 'Both', 'All', 'Any', 'Some', 'Many', 'Most', 'More', 'Such', 'Other',
  'Noting', 'According', 'Speaking', 'Meanwhile', 'However', 'Also', 'Last', 'Next', 'New', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow',
  ...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS,
  'Q', 'A', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'President', 'Premier', 'Minister', 'Chancellor', 'Secretary', 'Ambassador', 'Spokesperson',
  'Spokesman', 'General', 'Chairman', 'Director', 'King', 'Queen', 'Prince', 'State', 'Foreign', 'Vice', 'Prime', 'Deputy', 'Chief',
  'Government', 'Ministry', 'Embassy', 'Party', 'Council', 'Committee', 'Congress', 'Parliament', 'Assembly', 'Court', 'Army',
  'COVID', 'Covid', 'Coronavirus', 'Internet', 'Twitter', 'Facebook', 'Olympics', 'Olympic', 'Games', 'Day', 'Year', 'Festival',
  'Please', 'Thank', 'Thanks', 'Yes', 'No', 'Not', 'Let', 'Follow', 'Read', 'See', 'Photo', 'Video', 'Editor', 'Note', 'Full', 'Text',
])

/** Lower-case particles inside names (de la Cruz, van der Leyen, bin Salman, al-Assad, da Silva). */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'dos', 'du', 'van', 'von', 'bin', 'binti', 'ibn', 'al', 'el', 'la', 'le', 'y', 'ben'])

/** Month names that are also given names or surnames (Han Jun, Theresa May): inside a name unless a date follows. */
const MONTHS_IN_NAMES = new Set(['Jan', 'Jun', 'May', 'April', 'June', 'August'])

/** Suffixes after a name (Jr., Sr., II). */
const SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV'])

/** Whether a token can be a name word: a capitalized word that is not a known non-name, nor all capitals, nor a gerund opening a sentence ("Describing"). */
export function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.cap && token.word && !token.upper && !NOT_NAME.has(token.text) &&
    !(token.first && token.text.length > 5 && token.text.endsWith('ing'))
}

/** Initials written without periods before a name ("JP Nadda", "P Chidambaram"). */
function isInitials(token: Token | undefined, next: Token | undefined): boolean {
  return token !== undefined && token.cap && token.text.length <= 2 && (token.upper || token.text.length === 1) && /^\p{Lu}{1,2}$/u.test(token.text) &&
    isNameWord(next) && next!.start === token.end + 1
}

/**
 * The end (exclusive token index) of the person's name that starts at token `at`, or undefined.
 * @example "Moon Jae-in said" -> the name ends after "in"; "Joseph R. Biden, Jr." -> after "Jr."
 */
export function nameEnd(tokens: readonly Token[], at: number, stopAt: (i: number) => boolean = () => false, maxWords = 5): number | undefined {
  const initials = isInitials(tokens[at], tokens[at + 1])
  if (!isNameWord(tokens[at]) && !initials) return undefined
  let end = at + 1
  let words = 1
  for (;;) {
    const t = tokens[end]
    const next = tokens[end + 1]
    if (!t) break
    const attached = t.start === tokens[end - 1]!.end
    // hyphenated parts: Jae-in, Macapagal-Arroyo
    if (t.text === '-' && attached && next && next.word && next.start === t.end && /^\p{L}/u.test(next.text)) { end += 2; continue }
    // initials: Joseph R. Biden
    if (t.word && /^\p{Lu}$/u.test(t.text) && next?.text === '.' && isNameWord(tokens[end + 2])) { end += 2; words++; continue }
    // particles between name words: Ursula von der Leyen
    if (PARTICLES.has(t.text) && words > 0) {
      let k = end
      while (PARTICLES.has(tokens[k]?.text ?? '')) k++
      if (isNameWord(tokens[k])) { end = k; continue }
      break
    }
    // suffixes: Jr., with or without a comma before
    const suffixAt = t.text === ',' && next && SUFFIXES.has(next.text) ? end + 1 : SUFFIXES.has(t.text) ? end : -1
    if (suffixAt >= 0) { end = suffixAt + 1; if (tokens[end]?.text === '.') end++; break }
    // "Han Jun", but not "Li Jun 5"
    const month = MONTHS_IN_NAMES.has(t.text) && t.start === tokens[end - 1]!.end + 1 && !/^\d/.test(next?.text ?? '') && next?.text !== '.'
    // a name stops before a known place or body ("Zespri China")
    if ((isNameWord(t) || month) && words < maxWords && t.sentence === tokens[at]!.sentence && !stopAt(end)) { end++; words++; continue }
    break
  }
  return end
}

/** The words of a name as written (tokens joined as the text has them). */
export function textOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end)
}
