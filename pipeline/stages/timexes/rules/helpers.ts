/** What the rules share: reading months, weekdays, units and numbers off tokens, and building TIMEX3 values. */
import type {Token} from '../../../text/tokens.js'
import {shiftValue, type Day, type Granularity} from '../calendar.js'
import {MONTHS, SEASON_WORDS, SHIFTS, UNITS, WEEKDAYS} from '../lexicon.js'
import {numberValue} from '../numbers.js'

/** The lower-case word of a token. */
export function wordOf(token: Token | undefined): string {
  return token ? token.key.toLowerCase() : ''
}

/** The month (1..12) a token names. */
export function monthOf(tokens: readonly Token[] | undefined): number {
  return MONTHS[wordOf(tokens?.[0])]!
}

/** The weekday (1 Monday .. 7 Sunday) a token names. */
export function weekdayOf(tokens: readonly Token[] | undefined): number {
  return WEEKDAYS[wordOf(tokens?.[0])]!
}

/** The unit a token names. */
export function unitOf(tokens: readonly Token[] | undefined): (typeof UNITS)[string] {
  return UNITS[wordOf(tokens?.at(-1))]!
}

/** The season code a token names. */
export function seasonOf(tokens: readonly Token[] | undefined): string {
  return SEASON_WORDS[wordOf(tokens?.[0])]!
}

/** The direction of a shift word (last -1, this 0, next 1). */
export function shiftOf(tokens: readonly Token[] | undefined): -1 | 0 | 1 {
  return SHIFTS[wordOf(tokens?.[0])] ?? 0
}

/** A number's value, "a"/"an" as one; undefined when the tokens are not a number. */
export function amountOf(tokens: readonly Token[] | undefined): number | undefined {
  if (!tokens) return undefined
  return numberValue(tokens)
}

/** The value of a 4-digit year token, or of a 2-digit one ('98 -> 1998). */
export function yearOf(tokens: readonly Token[] | undefined): number {
  const text = tokens?.map(t => t.text).join('') ?? ''
  const n = Number(text.replace(/\D/g, ''))
  return text.replace(/\D/g, '').length <= 2 ? (n < 50 ? 2000 + n : 1900 + n) : n
}

/**
 * A duration value: P3Y, PT5H, P2W, PXM for an unknown amount.
 * @example durationValue(3, UNITS.years) === 'P3Y'
 */
export function durationValue(amount: number | 'X', unit: (typeof UNITS)[string]): string {
  if (amount === 'X') return `P${unit.time ? 'T' : ''}X${unit.code === 'E' ? 'E' : unit.code}`
  const n = amount * (unit.factor ?? 1)
  // decades and centuries are written in years, as TimeBank does ("two decades" P20Y)
  if (unit.code === 'E') return `P${n * 10}Y`
  if (unit.code === 'C') return `P${n * 100}Y`
  if (unit.code === 'L') return `P${n * 1000}Y`
  return `P${unit.time ? 'T' : ''}${n}${unit.code}`
}

/** A value `n` periods of `granularity` from the reference, or an underspecified one when there is no reference. */
export function shifted(reference: Day | null, granularity: Granularity, n: number): string {
  if (!reference) return UNDATED[granularity]
  return shiftValue(reference, granularity, n)
}

/** Underspecified values of each granularity, for undated articles. */
const UNDATED: Record<Granularity, string> = {
  century: 'XX', decade: 'XXX', year: 'XXXX', half: 'XXXX-HX', quarter: 'XXXX-QX', season: 'XXXX-XX', month: 'XXXX-XX', week: 'XXXX-WXX', day: 'XXXX-XX-XX',
}
