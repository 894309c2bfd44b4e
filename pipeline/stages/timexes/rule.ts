/** What a temporal-expression rule is: a token pattern and a function that gives the TIMEX3 type and value of a match. */
import type {Token} from '../../text/tokens.js'
import type {Day} from './calendar.js'

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

/** The tense of the clause around an expression, as far as its verbs tell. */
export type Tense = 'past' | 'present' | 'future' | null

/** A match of a rule's pattern: its tokens, and the tokens of each named capture. */
export interface RuleMatch {
  tokens: readonly Token[]
  /** The token before the match and the one after it, in the same sentence (context rules look at them). */
  before: Token | undefined
  after: Token | undefined
  /** The tokens of a named capture, or undefined when it did not take part. */
  group(name: string): readonly Token[] | undefined
}

/** What a rule's normalizer knows besides the match: the publication date, the narrative's last date, the tense. */
export interface TimexContext {
  /** The publication date (the document creation time), or null for an undated article. */
  dct: Day | null
  /** The last fully specified date the text named before this expression (HeidelTime's narrative reference), else null. */
  lastDay: Day | null
  /** The value of the last DATE the text named before this expression, else null. */
  lastValue: string | null
  /** The tense of the expression's clause (computed on demand). */
  tense(): Tense
}

/** A normalized expression. */
export interface TimexValue {
  type: TimexType
  value: string
  mod?: string
  /** False for a value computed from another date ("a year earlier"): it does not become the narrative's reference. */
  reference?: boolean
}

/** A rule: a name, a token pattern, and its normalizer (undefined rejects the match). */
export interface TimexRule {
  name: string
  pattern: string
  normalize(match: RuleMatch, context: TimexContext): TimexValue | undefined
}
