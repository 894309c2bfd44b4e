/** Vague references to the present, past and future: "now", "currently", "recently", "the future" (TIMEX3 *_REF). */
import type {TimexRule} from '../rule.js'
import './vocabulary.js'

/** A rule whose every match has one value. */
const fixed = (name: string, pattern: string, value: string): TimexRule => ({name, pattern, normalize: () => ({type: 'DATE', value})})

/** The rules of vague references. */
export const vagueRules: TimexRule[] = [
  fixed('now', '(now|currently|presently|nowadays)', 'PRESENT_REF'),
  fixed('at-present', '(at present|these days|the present time)', 'PRESENT_REF'),
  fixed('current', 'current', 'PRESENT_REF'),
  fixed('recently', '(recently|lately)', 'PAST_REF'),
  fixed('the-past', '(the|in the) past', 'PAST_REF'),
  fixed('recent-periods', 'recent (years|months|weeks|days|times)', 'PAST_REF'),
  fixed('the-future', 'the (near|distant|foreseeable)? future', 'FUTURE_REF'),
  fixed('term', 'the (short|near|long) term', 'FUTURE_REF'),
]
