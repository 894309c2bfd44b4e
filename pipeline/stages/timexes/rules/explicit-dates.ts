/** Calendar dates written out: "Aug. 7, 1998", "7 August", "July 1997", "1998-08-07", years, decades, centuries. */
import type {Token} from '../../../text/tokens.js'
import {dayValue, isRealDay, pad, type Day} from '../calendar.js'
import {numberValue, ordinalValue} from '../numbers.js'
import type {RuleMatch, TimexContext, TimexRule} from '../rule.js'
import {monthOf, wordOf, yearOf} from './helpers.js'
import './vocabulary.js'

/** Words after a number that make it a count, not a year ("2000 people", "1990 shares"). */
const COUNTED = /^(people|persons|men|women|children|troops|soldiers|shares|units|cars|jobs|tons|barrels|miles|kilometers|feet|meters|acres|dollars|votes|seats|workers|employees|copies|points|percent|students|pounds|yen|households|homes|cases|deaths|residents|members|refugees|prisoners)$/

/** Whether a year is one news text plausibly means (not a count: "2500 people"). */
export function isPlausibleYear(year: number): boolean {
  return year >= 1800 && year <= 2100
}

/**
 * The year of a month (and day) given without one: the year that puts it nearest the publication date, unless that
 * is three months or more on the side the tense denies ("was signed Oct. 23" in May is last October's).
 */
export function yearFor(context: TimexContext, month: number, day = 15): number | null {
  const dct = context.dct
  if (!dct) return null
  const dayIndex = (year: number) => year * 372 + month * 31 + day
  const here = dayIndex(dct.year) - (month * 31 + day) + (dct.month * 31 + dct.day)
  const years = [dct.year - 1, dct.year, dct.year + 1]
  const nearest = years.reduce((best, y) => (Math.abs(dayIndex(y) - here) < Math.abs(dayIndex(best) - here) ? y : best))
  const distance = dayIndex(nearest) - here
  const tense = context.tense()
  // a month alone (day 0) leans on the tense sooner: "in January" told in the past is not next January
  const slack = day === 0 ? 31 : 90
  if (tense === 'past' && distance > slack) return nearest - 1
  if (tense === 'future' && distance < -slack) return nearest + 1
  return nearest
}

/** The value of a day of a month, with the year given or found. */
function monthDay(context: TimexContext, month: number, dayTokens: readonly Token[] | undefined, yearTokens: readonly Token[] | undefined) {
  const day = dayTokens ? Number(dayTokens.map(t => t.text).join('').replace(/\D/g, '')) || ordinalValue(dayTokens) : undefined
  const year = yearTokens ? yearOf(yearTokens) : yearFor(context, month, day)
  if (day === undefined || day < 1 || day > 31) return undefined
  if (year === null) return {type: 'DATE' as const, value: `XXXX-${pad(month)}-${pad(day)}`}
  if (!isRealDay(year, month, day)) return undefined
  return {type: 'DATE' as const, value: dayValue({year, month, day})}
}

/** A value of a month and year, or of a year alone ("July 1997", "1997"). */
function monthYear(month: number | undefined, year: number): string {
  return month ? `${pad(year, 4)}-${pad(month)}` : pad(year, 4)
}

/** Day and month numbers of a numeric date "8/7/1998" read month first (US usage). */
function numericDate(m: RuleMatch): Day | undefined {
  const [a, b, c] = [m.group('a'), m.group('b'), m.group('c')].map(g => Number(g?.[0]?.text))
  const year = m.group('c')![0]!.text.length === 2 ? yearOf(m.group('c')) : c!
  if (isRealDay(year, a!, b!)) return {year, month: a!, day: b!}
  return undefined
}

/** The rules of written-out dates. */
export const explicitDateRules: TimexRule[] = [
  {
    name: 'month-day-year', pattern: '({weekday} ,?)? m={month} .? d=({d2}|{ordinal}) (,? y={d4})?',
    normalize: (m, c) => monthDay(c, monthOf(m.group('m')), m.group('d'), m.group('y')),
  },
  {
    name: 'day-month-year', pattern: '({weekday} ,?)? the? d=({d2}|{ordinal}) (of)? m={month} .? (,? y={d4})?',
    normalize: (m, c) => monthDay(c, monthOf(m.group('m')), m.group('d'), m.group('y')),
  },
  {
    name: 'month-year', pattern: '(early|mid|late|mid -|the middle of|the end of|the beginning of|the start of)? m={month} .? ,? (of)? y={d4}',
    normalize: m => isPlausibleYear(yearOf(m.group('y'))) ? {type: 'DATE', value: monthYear(monthOf(m.group('m')), yearOf(m.group('y'))), ...modOf(m.tokens)} : undefined,
  },
  {
    name: 'iso-date', pattern: 'y={d4} - mo={d2} - d={d2}',
    normalize: m => {
      const [year, month, day] = [yearOf(m.group('y')), Number(m.group('mo')![0]!.text), Number(m.group('d')![0]!.text)]
      return isRealDay(year, month, day) ? {type: 'DATE', value: dayValue({year, month, day})} : undefined
    },
  },
  {
    name: 'numeric-date', pattern: 'a={d2} / b={d2} / c=({d4}|{d2})',
    normalize: m => { const d = numericDate(m); return d ? {type: 'DATE', value: dayValue(d)} : undefined },
  },
  {
    name: 'year', pattern: '(early|mid|late|mid -|the middle of|the end of|the beginning of|the start of|fiscal|fiscal year|calendar|calendar year|the year|the fiscal year)? y={d4}',
    normalize: m => {
      const year = yearOf(m.group('y'))
      // a bare number that is a count, money or a range end is no year
      if (!isPlausibleYear(year)) return undefined
      // "$1990", "1990 shares": money and counts
      if (m.before?.text === '$' || (m.after && m.after.word && !m.after.cap && COUNTED.test(wordOf(m.after)))) return undefined
      return {type: 'DATE', value: pad(year, 4), ...modOf(m.tokens)}
    },
  },
  {
    name: 'year-period', pattern: 'the? (fiscal)? y={d4} (fiscal)? (s=(first|second|third|fourth) -?)? (fiscal)? p=(quarter|period|half|first half|second half)',
    normalize: (m, c) => {
      const year = yearOf(m.group('y'))
      if (!isPlausibleYear(year)) return undefined
      const ordinal = m.group('s') ? ordinalValue(m.group('s')!) : undefined
      const kind = wordOf(m.group('p')?.at(-1))
      const half = kind === 'half'
      if (half) return {type: 'DATE', value: `${year}-H${wordOf(m.group('p')?.[0]) === 'second' || ordinal === 2 ? 2 : 1}`}
      if (ordinal) return {type: 'DATE', value: `${year}-Q${ordinal}`}
      // "the 1988 period": the same part of that year as the quarter the text is about
      const quarter = c.lastValue ? /-Q([1-4])$/.exec(c.lastValue)?.[1] : undefined
      return {type: 'DATE', value: quarter ? `${year}-Q${quarter}` : String(year), reference: false}
    },
  },
  {
    name: 'spelled-year', pattern: '(the year)? nineteen n={numword} (-? {numword})?',
    normalize: m => {
      const century = wordOf(m.tokens.find(t => wordOf(t) === 'nineteen' || wordOf(t) === 'twenty')) === 'nineteen' ? 1900 : 2000
      const rest = numberValue(m.tokens.slice(m.tokens.findIndex(t => wordOf(t) === 'nineteen' || wordOf(t) === 'twenty') + 1))
      return rest !== undefined && rest < 100 ? {type: 'DATE', value: String(century + rest)} : undefined
    },
  },
  {
    name: 'year-two-thousand', pattern: 'the year two thousand (and? {numword})?',
    normalize: m => ({type: 'DATE', value: String(2000 + (numberValue(m.tokens.slice(4)) ?? 0))}),
  },
  {
    name: 'decade', pattern: 'the? (early|mid|late|mid -)? d={decadeDigits}',
    normalize: m => {
      const digits = m.group('d')![0]!.text.replace(/\D/g, '')
      // "in his 30s": an age; a two-digit decade needs "the" or an apostrophe ("the '90s")
      if (digits.length === 2 && wordOf(m.tokens[0]) !== 'the' && m.before?.text !== "'" && m.before?.text !== '’') return undefined
      const decade = digits.length === 4 ? digits.slice(0, 3) : `19${digits[0]}`
      return digits.endsWith('0') ? {type: 'DATE', value: decade, ...modOf(m.tokens)} : undefined
    },
  },
  {
    name: 'decade-words', pattern: 'the (early|mid|late)? d=(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)',
    normalize: m => ({type: 'DATE', value: `19${['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(wordOf(m.group('d')![0])) + 2}`, ...modOf(m.tokens)}),
  },
  {
    name: 'century', pattern: 'the? (early|mid|late)? n={ordinal} -? century',
    normalize: m => { const n = ordinalValue(m.group('n')!); return n && n > 0 ? {type: 'DATE', value: pad(n - 1), ...modOf(m.tokens)} : undefined },
  },
]

/** The TIMEX3 mod an expression's first words give ("early 1990" START, "the end of" END, "mid-November" MID). */
export function modOf(tokens: readonly Token[]): {mod?: string} {
  const first = wordOf(tokens[0]) === 'the' ? wordOf(tokens[1]) : wordOf(tokens[0])
  if (first === 'early' || first === 'beginning' || first === 'start') return {mod: 'START'}
  if (first === 'late' || first === 'end') return {mod: 'END'}
  if (first === 'mid' || first === 'middle') return {mod: 'MID'}
  return {}
}
