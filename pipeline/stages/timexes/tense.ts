/** The tense of the clause around a temporal expression, from the verbs and auxiliaries nearest to it (no tagger). */
import type {Token} from '../../text/tokens.js'
import type {Tense} from './rule.js'

/** Auxiliaries and phrases that make a clause future. */
const FUTURE = new Set(['will', "'ll", 'shall', "won't", 'wo', 'going', 'plans', 'intends', 'upcoming', 'next', 'tomorrow', 'payable', 'effective'])

/** Past forms of verbs that do not end in -ed, and past auxiliaries. */
const PAST = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'met', 'held', 'took', 'made', 'came', 'went', 'gave', 'saw', 'became',
  'began', 'left', 'sent', 'spoke', 'wrote', 'rose', 'fell', 'paid', 'sold', 'bought', 'brought', 'thought', 'found', 'led', 'won', 'lost',
  'got', 'knew', 'grew', 'drew', 'flew', 'threw', 'ran', 'sat', 'stood', 'understood', 'felt', 'kept', 'meant', 'heard', 'struck', 'fought',
  'caught', 'taught', 'sought', 'built', 'spent', 'lent', 'broke', 'chose', 'drove', 'froze', 'rode', 'shook', 'woke', 'wore', 'tore',
  'swore', 'hung', 'sang', 'rang', 'sank', 'shot', 'slid', 'fled', 'fed', 'bled', 'read', 'ago', 'yesterday', 'earlier', 'previously', 'last'])

/** Present forms that carry no tense for a date (a report in the present: "X says Y happened Monday"). */
const PRESENT = new Set(['is', 'are', 'am', 'says', 'has', 'have', 'does', 'do'])

/** Words that end in -ed but are not past verbs. */
const NOT_PAST_ED = new Set(['need', 'feed', 'seed', 'speed', 'bed', 'red', 'shed', 'hundred', 'embed', 'proceed', 'exceed', 'succeed', 'breed', 'indeed', 'creed', 'greed', 'weed', 'wed', 'united', 'limited', 'based', 'related', 'detailed', 'advanced', 'armed', 'skilled', 'supposed', 'so-called'])

/** Words of a schedule, before "to" or "for": future after a present "is/are", past after "was/had been" ("had been due to expire"). */
const SCHEDULED = new Set(['due', 'scheduled', 'expected', 'set', 'planned', 'slated', 'supposed'])

/** The tense a token marks, if any. */
function tenseOf(token: Token, next: Token | undefined, previous?: Token): Tense {
  const word = token.key.toLowerCase()
  if (SCHEDULED.has(word) && (next?.key.toLowerCase() === 'to' || next?.key.toLowerCase() === 'for')) {
    const before = previous?.key.toLowerCase() ?? ''
    return before === 'was' || before === 'were' || before === 'been' || before === 'had' ? 'past' : 'future'
  }
  if (FUTURE.has(word)) return word === 'going' && next?.key.toLowerCase() !== 'to' ? null : 'future'
  if (PAST.has(word)) return 'past'
  if (PRESENT.has(word)) return 'present'
  if (word.length > 4 && word.endsWith('ed') && !token.cap && !NOT_PAST_ED.has(word)) return 'past'
  return null
}

/** Words between an auxiliary and its verb: "will be held", "has been announced", "will not go". */
const PASSIVE = new Set(['be', 'been', 'being', 'not', "n't", 'also', 'then', 'still', 'now', 'to'])

/**
 * The tense of the clause at tokens [from, to): the nearest marker before the expression (a participle after "be" or
 * "been" defers to its auxiliary: "will be held" is future, "was held" past), else the nearest one after it.
 */
export function clauseTense(tokens: readonly Token[], from: number, to: number): Tense {
  const sentence = tokens[from]!.sentence
  let present: Tense = null
  for (let k = from - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    const tense = tenseOf(tokens[k]!, tokens[k + 1], tokens[k - 1])
    if (!tense) continue
    // "held" after "be"/"been": the auxiliary before decides
    if (tense === 'past' && PASSIVE.has(tokens[k - 1]?.key.toLowerCase() ?? '')) continue
    if (tense === 'present') { present ??= tense; continue }
    return tense
  }
  for (let k = to; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const tense = tenseOf(tokens[k]!, tokens[k + 1], tokens[k - 1])
    if (tense === 'past' && PASSIVE.has(tokens[k - 1]?.key.toLowerCase() ?? '') && k - 1 >= to) {
      // "... Monday will be held": look back for the auxiliary after the expression
      continue
    }
    if (tense && tense !== 'present') return tense
  }
  return present
}
