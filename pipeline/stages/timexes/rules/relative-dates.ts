/**
 * Dates named relative to the publication date or to the narrative: "yesterday", "last week", "next year",
 * "two years ago", "a year earlier", weekdays and months by the tense of their clause, seasons, quarters.
 */
import {dayOf, dayValue, epochDay, pad, quarterOf, shiftValue, weekday, weekdayFrom, yearOfMonth, type Day, type Granularity} from '../calendar.js'
import {ordinalValue} from '../numbers.js'
import type {Tense, TimexContext, TimexRule} from '../rule.js'
import {modOf, yearFor} from './explicit-dates.js'
import {amountOf, monthOf, seasonOf, shifted, shiftOf, unitOf, weekdayOf, wordOf} from './helpers.js'
import './vocabulary.js'

/** The direction a tense gives a weekday or month named alone: past before the reference, future after. */
function directionOf(tense: Tense): -1 | 0 | 1 {
  return tense === 'past' ? -1 : tense === 'future' ? 1 : 0
}

/** The value of a weekday named alone: the publication day itself, else the one before or after by tense. */
export function weekdayValue(context: TimexContext, day: number, shift: -1 | 0 | 1 | null = null): string {
  const dct = context.dct
  if (!dct) return `XXXX-WXX-${day}`
  if (shift === null && weekday(dct) === day) return dayValue(dct)
  const direction = shift ?? directionOf(context.tense())
  // "last Friday" is the Friday of the week before when today is later in the week than Friday... and the one before
  if (direction === 0) {
    // present or unknown tense: the nearest such day, after publication first (news announces what comes)
    const after = weekdayFrom(dct, day, 1)
    const before = weekdayFrom(dct, day, -1)
    return dayValue(epochDay(after) - epochDay(dct) <= epochDay(dct) - epochDay(before) ? after : before)
  }
  return dayValue(weekdayFrom(dct, day, direction))
}

/** The value of a month named alone or with "last/next/this". */
function monthValue(context: TimexContext, month: number, shift: -1 | 0 | 1 | null): string {
  const dct = context.dct
  if (!dct) return `XXXX-${pad(month)}`
  if (shift !== null && shift !== 0) return `${pad(yearOfMonth(dct, month, shift), 4)}-${pad(month)}`
  return `${pad(shift === 0 ? dct.year : yearFor(context, month, 0) ?? dct.year, 4)}-${pad(month)}`
}

/** The granularity of a unit word, as a date ("last week" -> week). */
function granularityOf(unit: ReturnType<typeof unitOf>): Granularity | null {
  return unit?.granularity ?? null
}

/** The narrative's last date as a day and granularity, when it names a quarter ("the third quarter" before "a year earlier"). */
function quarterContext(context: TimexContext): Day | null {
  const m = context.lastValue ? /^(\d{4})-Q([1-4])$/.exec(context.lastValue) : null
  return m ? {year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1, day: 1} : null
}

/** "N units ago" (from publication) or "N units earlier/later" (from the narrative's last date). */
function offsetValue(context: TimexContext, amount: number, unit: ReturnType<typeof unitOf>, sign: -1 | 1, fromNarrative: boolean): string | undefined {
  if (!unit || unit.time) return undefined
  // in a report of quarters, "a year ago" is the same quarter a year before
  const quarter = unit.granularity === 'year' ? quarterContext(context) : null
  if (quarter) return shiftValue(quarter, 'quarter', sign * 4 * amount)
  const base = fromNarrative ? context.lastDay ?? context.dct : context.dct
  const granularity: Granularity = unit.granularity === 'week' ? 'day' : unit.granularity ?? 'day'
  if (!base) return shifted(null, granularity, 0)
  const n = sign * amount * (unit.factor ?? 1)
  if (unit.granularity === 'week') return dayValue(dayOf(epochDay(base) + 7 * n))
  if (unit.granularity === 'decade') return shiftValue(base, 'year', 10 * n)
  if (unit.granularity === 'century') return shiftValue(base, 'year', 100 * n)
  return shiftValue(base, granularity, n)
}

/** The year of a quarter named without one: the publication year, or the year before for a past quarter not yet begun. */
function quarterYear(context: TimexContext, quarter: number): number | null {
  const dct = context.dct
  if (!dct) return null
  return quarter > quarterOf(dct.month) && context.tense() === 'past' ? dct.year - 1 : dct.year
}

/** The rules of relative dates. */
export const relativeDateRules: TimexRule[] = [
  {
    name: 'today', pattern: '(today|yesterday|tomorrow|the day before yesterday|the day after tomorrow)',
    normalize: (m, c) => {
      const words = m.tokens.map(wordOf)
      const n = words.includes('yesterday') ? (words.includes('before') ? -2 : -1) : words.includes('tomorrow') ? (words.includes('after') ? 2 : 1) : 0
      return {type: 'DATE', value: shifted(c.dct, 'day', n)}
    },
  },
  {
    name: 'shifted-period', pattern: '(early|late|later|earlier|the end of|the beginning of|the start of|the middle of|the rest of|the)? s=(this|last|next|past|previous|coming|current) u=(week|month|year|quarter|decade|century)',
    normalize: (m, c) => {
      const unit = unitOf(m.group('u'))
      const shift = shiftOf(m.group('s'))
      return {type: 'DATE', value: shifted(c.dct, granularityOf(unit)!, shift), ...modOf(m.tokens.filter(t => !['later', 'earlier'].includes(wordOf(t))))}
    },
  },
  {
    name: 'ago', pattern: '(about|around|nearly|almost|some|more than|less than|just|only)? n=({number}+|a|an|a few|several|a couple of) (-)? u={unit} (ago|back)',
    normalize: (m, c) => {
      const unit = unitOf(m.group('u'))
      const amount = amountOf(m.group('n'))
      if (amount === undefined) return {type: 'DATE', value: 'PAST_REF'}
      const value = offsetValue(c, amount, unit, -1, false)
      return value ? {type: 'DATE', value, reference: false} : undefined
    },
  },
  {
    name: 'earlier-later', pattern: 'n=({number}+|a|an) (-)? u={unit} (earlier|later)',
    normalize: (m, c) => {
      const unit = unitOf(m.group('u'))
      const amount = amountOf(m.group('n'))
      const later = wordOf(m.tokens.at(-1)) === 'later'
      if (amount === undefined) return undefined
      const value = offsetValue(c, amount, unit, later ? 1 : -1, true)
      return value ? {type: 'DATE', value, reference: false} : undefined
    },
  },
  {
    name: 'year-earlier', pattern: 'the? (year - earlier|year - ago|year earlier|year ago|prior - year|previous - year|prior year|previous year) (period|quarter|level|levels|results|figure|figures)?',
    normalize: (_m, c) => {
      const quarter = quarterContext(c)
      if (quarter) return {type: 'DATE', value: shiftValue(quarter, 'quarter', -4), reference: false}
      return {type: 'DATE', value: shifted(c.lastDay ?? c.dct, 'year', -1), reference: false}
    },
  },
  {
    name: 'weekday', pattern: '(s=(last|next|this|past|coming|previous))? d={weekday}',
    normalize: (m, c) => {
      const shift = m.group('s') ? shiftOf(m.group('s')) : null
      // "Sun Yat-sen", "Sun Weidong", "Sat Paul Mittal": an abbreviation before a name is a name
      const day = m.group('d')![0]!
      if (!shift && day.text.length <= 4 && !/day$/i.test(day.text) && m.after?.cap && m.after.word) return undefined
      return {type: 'DATE', value: weekdayValue(c, weekdayOf(m.group('d')), shift === 0 ? null : shift)}
    },
  },
  {
    name: 'month', pattern: '(early|mid|late|mid -|the middle of|the end of|the beginning of|the start of)? (s=(last|next|this|past|coming))? m={month} (y=(this|last|next) year)?',
    normalize: (m, c) => {
      const month = monthOf(m.group('m'))
      const alone = m.tokens.length === 1
      // "May" alone at a sentence start is the verb as often as the month
      if (alone && m.tokens[0]!.first && wordOf(m.tokens[0]) === 'may') return undefined
      // "Jan Kavan", "the March for Life", "March of the Combatant Mothers": a name, not a month
      if (alone && m.after && m.after.cap && m.after.word && !/^\d/.test(m.after.text)) return undefined
      // (a year after "of" makes a longer match: "March of 1998")
      if (alone && ['for', 'of'].includes(wordOf(m.after))) return undefined
      if (m.group('y') && c.dct) return {type: 'DATE', value: `${pad(c.dct.year + shiftOf(m.group('y')), 4)}-${pad(month)}`, ...modOf(m.tokens)}
      const shift = m.group('s') ? shiftOf(m.group('s')) : null
      return {type: 'DATE', value: monthValue(c, month, shift), ...modOf(m.tokens)}
    },
  },
  {
    name: 'season', pattern: '(early|late|the end of|the beginning of)? (s=(last|next|this|past|coming)|the) x={season} (of? y={d4})?',
    normalize: (m, c) => {
      const season = seasonOf(m.group('x'))
      const year = m.group('y') ? Number(m.group('y')![0]!.text) : null
      if (year) return {type: 'DATE', value: `${year}-${season}`, ...modOf(m.tokens)}
      const dct = c.dct
      if (!dct) return {type: 'DATE', value: `XXXX-${season}`}
      const shift = m.group('s') ? shiftOf(m.group('s')) : 0
      const base = dct.year + shift
      return {type: 'DATE', value: `${base}-${season}`, ...modOf(m.tokens)}
    },
  },
  {
    name: 'quarter', pattern: '(the (fiscal)? (s1=(last|next|this|past|previous|current|latest|first|second|third|fourth|final))?|(this|last|next) year \'s (fiscal)? s2=(first|second|third|fourth|final)|s3=(first|second|third|fourth|last|final)) (fiscal)? (-)? q=(quarter|half) (of y={d4}|of (this|last|next) year)?',
    normalize: (m, c) => {
      // "quarter-to-quarter", "quarter-century", "a quarter of": not a period
      if (m.after?.text === '-' || (m.after && wordOf(m.after) === 'of' && !m.group('y') && !m.tokens.some(t => wordOf(t) === 'year'))) return undefined
      const kind = wordOf(m.group('q')?.[0])
      const shiftTokens = m.group('s1') ?? m.group('s2') ?? m.group('s3')
      const which = wordOf(shiftTokens?.[0])
      const ordinal = ordinalValue(shiftTokens ?? [])
      const explicitYear = m.group('y') ? Number(m.group('y')![0]!.text) : null
      const yearShift = m.tokens.some(t => wordOf(t) === 'year') ? (m.tokens.some(t => wordOf(t) === 'last') ? -1 : m.tokens.some(t => wordOf(t) === 'next') ? 1 : 0) : 0
      const letter = kind === 'half' ? 'H' : 'Q'
      if (ordinal !== undefined && ordinal > 0 && ordinal <= (kind === 'half' ? 2 : 4)) {
        const year = explicitYear ?? (c.dct ? (kind === 'half' ? c.dct.year : quarterYear(c, ordinal)!) + yearShift : null)
        return {type: 'DATE', value: `${year === null ? 'XXXX' : pad(year, 4)}-${letter}${ordinal}`}
      }
      if (kind !== 'quarter' || !c.dct) return {type: 'DATE', value: `XXXX-${letter}X`}
      // "the quarter", "the latest quarter": in a report of results, the quarter that ended last
      const shift = which === 'next' ? 1 : which === 'last' || which === 'past' || which === 'previous' || which === 'latest' || (!which && c.tense() === 'past') ? -1 : 0
      return {type: 'DATE', value: shiftValue(c.dct, 'quarter', shift)}
    },
  },
  {
    name: 'ordinal-quarter-adjective', pattern: 'q=(first|second|third|fourth) - (quarter|half)',
    normalize: (m, c) => {
      const n = ordinalValue(m.group('q')!)!
      const half = wordOf(m.tokens.at(-1)) === 'half'
      const year = c.dct ? (half ? c.dct.year : quarterYear(c, n)) : null
      return {type: 'DATE', value: `${year === null ? 'XXXX' : pad(year, 4)}-${half ? 'H' : 'Q'}${n}`}
    },
  },
  {
    name: 'new-year', pattern: 'the new year',
    // in the second half of a year, "the new year" is the next one; in the first, the one that has begun
    normalize: (_m, c) => ({type: 'DATE', value: c.dct ? String(c.dct.year + (c.dct.month >= 7 ? 1 : 0)) : 'XXXX'}),
  },
  {
    name: 'year-end', pattern: '(year - end|year end|year \'s end|the end of the year|the end of this year|end of year)',
    normalize: (_m, c) => ({type: 'DATE', value: shifted(c.dct, 'year', 0), mod: 'END'}),
  },
]
