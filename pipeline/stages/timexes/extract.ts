/**
 * Temporal expressions of a clean text: every rule's token pattern matched over the symbol string of the tokens
 * (one combined scan finds where some rule matches; there the longest match whose normalizer accepts it wins), then
 * normalized in reading order, so relative expressions can lean on the dates the narrative has named.
 */
import type {Span} from '../../text/sentences.js'
import {tokenize, type Token} from '../../text/tokens.js'
import type {Day} from './calendar.js'
import {compilePattern, symbolize} from './pattern.js'
import type {RuleMatch, Tense, TimexContext, TimexRule, TimexType} from './rule.js'
import {timexRules} from './rules/index.js'
import {clauseTense} from './tense.js'

/** One temporal expression of the clean text (UTF-16 offsets). */
export interface Timex {
  start: number
  end: number
  sentence: number
  type: TimexType
  value: string
  mod: string | null
  /** The rule that found it. */
  rule: string
}

/** The date of an article's dateline ("TEHRAN, August 8 (Xinhua) --"), which the cleaner lifts out of the text. */
export interface DatelineDate {
  /** TIMEX3 value, resolved against the publication date (XXXX-08-08 when neither gives the year). */
  value: string
  /** The value when it is a full day (YYYY-MM-DD), else null: what articles.dateline_date holds and undated articles are anchored to. */
  day: string | null
  /** Its span in the raw article (UTF-16). */
  rawStart: number
  rawEnd: number
}

/** A rule with its compiled pattern: sticky, with capture indices. */
interface CompiledRule {
  rule: TimexRule
  regex: RegExp
}

/** Compiles the rules once: each alone (sticky, to try it at one place) and all together (to find the places). */
function compile(rules: readonly TimexRule[]): {compiled: CompiledRule[]; any: RegExp} {
  const compiled = rules.map(rule => ({rule, regex: new RegExp(compilePattern(rule.pattern), 'yd')}))
  // the combined pattern without capture names (they repeat across rules)
  const any = new RegExp(compiled.map(c => `(?:${c.regex.source.replace(/\(\?<[a-zA-Z0-9]+>/g, '(?:')})`).join('|'), 'g')
  return {compiled, any}
}

const {compiled, any} = compile(timexRules)

/** The publication date as a day, or null. */
function dayOfIso(iso: string | null | undefined): Day | null {
  const m = iso ? /^(\d{4})-(\d\d)-(\d\d)/.exec(iso) : null
  return m ? {year: Number(m[1]), month: Number(m[2]), day: Number(m[3])} : null
}

/** The match of a rule at symbol `at`, as the normalizer sees it. */
function ruleMatch(tokens: readonly Token[], tokenAt: Int32Array, m: RegExpExecArray): {match: RuleMatch; from: number; to: number} {
  const from = tokenAt[m.index]!
  const to = tokenAt[m.index + m[0].length - 1]! + 1
  const slice = tokens.slice(from, to)
  const groups = m.indices?.groups
  return {
    from, to,
    match: {
      tokens: slice,
      before: tokens[from - 1]?.sentence === slice[0]!.sentence ? tokens[from - 1] : undefined,
      after: tokens[to]?.sentence === slice[0]!.sentence ? tokens[to] : undefined,
      group(name) {
        const span = groups?.[name]
        if (!span || span[0] === span[1]) return undefined
        return tokens.slice(tokenAt[span[0]]!, tokenAt[span[1] - 1]! + 1)
      },
    },
  }
}

/** A match of one rule at one place, before overlaps are settled. */
interface Candidate {
  rule: CompiledRule
  from: number
  to: number
  match: RuleMatch
}

/**
 * The temporal expressions of `text`, in order, not overlapping, normalized against `published` (YYYY-MM-DD).
 * Every rule's matches at every place are candidates; the longest win (then the earliest, then rule order), and a
 * candidate its normalizer rejects never takes part. The winners are normalized again in reading order, each with
 * the dates named before it.
 * @example extractTimexes('He spoke on Thursday.', sentences, {published: '2020-11-06'})[0].value === '2020-11-05'
 */
export function extractTimexes(text: string, sentences: readonly Span[], options: {published?: string | null}, tokens: readonly Token[] = tokenize(text, sentences)): Timex[] {
  const {symbols, tokenAt} = symbolize(tokens)
  const dct = dayOfIso(options.published)
  const contextAt = (from: number, to: number, lastDay: Day | null, lastValue: string | null): TimexContext => {
    let tense: Tense | undefined
    return {dct, lastDay, lastValue, tense: () => (tense ??= clauseTense(tokens, from, to))}
  }
  // every rule's match at every place some rule matches
  const candidates: Candidate[] = []
  any.lastIndex = 0
  for (let m = any.exec(symbols); m; m = any.exec(symbols)) {
    const at = m.index
    for (const c of compiled) {
      c.regex.lastIndex = at
      const exec = c.regex.exec(symbols)
      if (!exec || exec[0].length === 0) continue
      const {match, from, to} = ruleMatch(tokens, tokenAt, exec)
      if (c.rule.normalize(match, contextAt(from, to, null, null))) candidates.push({rule: c, from, to, match})
    }
    any.lastIndex = at + 1
  }
  // the longest first, then the earliest, then rule order (the order candidates were found in at one place);
  // a token belongs to one expression
  const order = candidates.map((_, i) => i).sort((a, b) => {
    const x = candidates[a]!, y = candidates[b]!
    return (y.to - y.from) - (x.to - x.from) || x.from - y.from || a - b
  })
  const taken = new Uint8Array(tokens.length)
  const chosen: Candidate[] = []
  for (const i of order) {
    const c = candidates[i]!
    let free = true
    for (let k = c.from; k < c.to && free; k++) if (taken[k]) free = false
    if (!free) continue
    for (let k = c.from; k < c.to; k++) taken[k] = 1
    chosen.push(c)
  }
  chosen.sort((a, b) => a.from - b.from)
  // normalized in reading order, each with the narrative's dates before it
  const found: Timex[] = []
  let lastDay: Day | null = null
  let lastValue: string | null = null
  for (const c of chosen) {
    const value = c.rule.rule.normalize(c.match, contextAt(c.from, c.to, lastDay, lastValue))
    // (no rule rejects a match for the dates named before it, so this does not happen today)
    if (!value) continue
    found.push({start: tokens[c.from]!.start, end: tokens[c.to - 1]!.end, sentence: tokens[c.from]!.sentence, type: value.type, value: value.value, mod: value.mod ?? null, rule: c.rule.rule.name})
    if ((value.type === 'DATE' || value.type === 'TIME') && value.reference !== false) {
      const day = dayOfIso(value.value)
      if (day) lastDay = day
      if (/^\d{4}/.test(value.value)) lastValue = value.value
    }
  }
  return found
}

/** The TIMEX3 value of a date written alone ("August 8", "Nov. 2, 2005"), resolved against `published`, or null. */
export function dateValueOf(text: string, published: string | null): string | null {
  const [first] = extractTimexes(text, [{start: 0, end: text.length}], {published})
  return first && first.type === 'DATE' && first.start === 0 && first.end === text.length ? first.value : null
}
