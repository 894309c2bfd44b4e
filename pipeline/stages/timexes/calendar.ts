/**
 * Calendar arithmetic for TIMEX3 values: days since the epoch, ISO weeks, quarters, seasons, shifts of a date at
 * a granularity, and the calendar range a DATE value covers. Pure: no clock, no time zone (everything is UTC).
 */

/** A calendar day. */
export interface Day {
  year: number
  month: number
  day: number
}

/** The granularities a date can be named at, coarsest first. */
export type Granularity = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day'

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01. */
export function epochDay(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY
}

/** The day `n` days since 1970-01-01. */
export function dayOf(n: number): Day {
  const date = new Date(n * MS_PER_DAY)
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

/** Day of the week, ISO: 1 Monday .. 7 Sunday. */
export function weekday(d: Day): number {
  return ((epochDay(d) % 7) + 7 + 3) % 7 + 1
}

/** The number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Whether year-month-day is a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** The ISO week-numbering year and week of a day. */
export function isoWeek(d: Day): {year: number; week: number} {
  // the Thursday of the same ISO week decides the year
  const thursday = dayOf(epochDay(d) - weekday(d) + 4)
  const firstDay = epochDay({year: thursday.year, month: 1, day: 1})
  return {year: thursday.year, week: Math.floor((epochDay(thursday) - firstDay) / 7) + 1}
}

/** The Monday of an ISO week. */
export function mondayOfWeek(year: number, week: number): Day {
  const jan4 = {year, month: 1, day: 4}
  return dayOf(epochDay(jan4) - weekday(jan4) + 1 + (week - 1) * 7)
}

/** Zero-padded number. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** A day as TIMEX3 writes it: 2020-11-05. */
export function dayValue(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
}

/** The quarter of a month (1..4). */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1
}

/**
 * The TIMEX3 value of the period of granularity `unit` that is `n` periods from the one holding `ref`.
 * @example shiftValue({year: 2020, month: 11, day: 6}, 'week', -1) === '2020-W44'
 */
export function shiftValue(ref: Day, unit: Granularity, n: number): string {
  switch (unit) {
    case 'day': return dayValue(dayOf(epochDay(ref) + n))
    case 'week': {
      const w = isoWeek(dayOf(epochDay(ref) + 7 * n))
      return `${pad(w.year, 4)}-W${pad(w.week)}`
    }
    case 'month': {
      const m = ref.year * 12 + (ref.month - 1) + n
      return `${pad(Math.floor(m / 12), 4)}-${pad((m % 12) + 1)}`
    }
    case 'quarter': {
      const q = ref.year * 4 + (quarterOf(ref.month) - 1) + n
      return `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}`
    }
    case 'half': {
      const h = ref.year * 2 + (ref.month > 6 ? 1 : 0) + n
      return `${pad(Math.floor(h / 2), 4)}-H${(h % 2) + 1}`
    }
    case 'season': {
      const s = seasonIndex(ref) + n
      return `${pad(Math.floor(s / 4), 4)}-${SEASONS[((s % 4) + 4) % 4]}`
    }
    case 'year': return pad(ref.year + n, 4)
    case 'decade': return pad(Math.floor(ref.year / 10) + n, 3)
    case 'century': return pad(Math.floor(ref.year / 100) + n, 2)
  }
}

/** TIMEX3 season codes in calendar order (winter is counted in the year it ends: WI of 1994 is Dec 1993 - Feb 1994... see seasonIndex). */
export const SEASONS = ['WI', 'SP', 'SU', 'FA'] as const

/** A running index of the season holding a day (4 per year): December counts as next year's winter. */
function seasonIndex(d: Day): number {
  const shifted = d.month === 12 ? {year: d.year + 1, index: 0} : {year: d.year, index: Math.floor(d.month / 3)}
  return shifted.year * 4 + shifted.index
}

/** The day of the given weekday (1 Monday .. 7 Sunday) nearest before (-1), after (+1) or in the same week as (0) `ref`. */
export function weekdayFrom(ref: Day, day: number, direction: -1 | 0 | 1): Day {
  const here = weekday(ref)
  const base = epochDay(ref)
  if (direction === 0) return dayOf(base - here + day)
  if (direction < 0) return dayOf(base - (((here - day) % 7) + 7) % 7 - (here === day ? 7 : 0))
  return dayOf(base + (((day - here) % 7) + 7) % 7 + (here === day ? 7 : 0))
}

/** The year of the month `month` nearest before (-1), after (+1) or in the same year as (0) `ref`. */
export function yearOfMonth(ref: Day, month: number, direction: -1 | 0 | 1): number {
  if (direction < 0) return month < ref.month ? ref.year : ref.year - 1
  if (direction > 0) return month > ref.month ? ref.year : ref.year + 1
  return ref.year
}

/** The first and last day (ISO dates) a DATE value covers, or null when it names no fixed span (PRESENT_REF, XXXX-...). */
export function calendarRange(value: string): [string, string] | null {
  const year = /^(\d{4})/.exec(value)
  if (!year) {
    const decade = /^(\d{3})$/.exec(value)
    if (decade) return [`${decade[1]}0-01-01`, `${decade[1]}9-12-31`]
    const century = /^(\d{2})$/.exec(value)
    if (century) return [`${century[1]}00-01-01`, `${century[1]}99-12-31`]
    return null
  }
  const y = Number(year[1])
  const rest = value.slice(4)
  let m: RegExpExecArray | null
  if (rest === '') return [`${year[1]}-01-01`, `${year[1]}-12-31`]
  if ((m = /^-(\d\d)(?:-(\d\d))?(?:T.*)?$/.exec(rest))) {
    const month = Number(m[1])
    if (month < 1 || month > 12) return null
    if (m[2]) return isRealDay(y, month, Number(m[2])) ? [`${year[1]}-${m[1]}-${m[2]}`, `${year[1]}-${m[1]}-${m[2]}`] : null
    return [`${year[1]}-${m[1]}-01`, `${year[1]}-${m[1]}-${pad(daysInMonth(y, month))}`]
  }
  if ((m = /^-W(\d\d)(-WE)?$/.exec(rest))) {
    const monday = epochDay(mondayOfWeek(y, Number(m[1])))
    return m[2] ? [dayValue(dayOf(monday + 5)), dayValue(dayOf(monday + 6))] : [dayValue(dayOf(monday)), dayValue(dayOf(monday + 6))]
  }
  if ((m = /^-Q([1-4])$/.exec(rest))) {
    const first = (Number(m[1]) - 1) * 3 + 1
    return [`${year[1]}-${pad(first)}-01`, `${year[1]}-${pad(first + 2)}-${pad(daysInMonth(y, first + 2))}`]
  }
  if ((m = /^-H([12])$/.exec(rest))) return m[1] === '1' ? [`${year[1]}-01-01`, `${year[1]}-06-30`] : [`${year[1]}-07-01`, `${year[1]}-12-31`]
  if ((m = /^-(SP|SU|FA|WI)$/.exec(rest))) {
    // meteorological seasons; winter of a year runs from the December before it
    const spans: Record<string, [string, string]> = {
      SP: [`${year[1]}-03-01`, `${year[1]}-05-31`], SU: [`${year[1]}-06-01`, `${year[1]}-08-31`],
      FA: [`${year[1]}-09-01`, `${year[1]}-11-30`], WI: [`${pad(y - 1, 4)}-12-01`, `${year[1]}-02-${pad(daysInMonth(y, 2))}`],
    }
    return spans[m[1]!]!
  }
  return null
}
