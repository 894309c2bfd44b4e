/** Holidays by name: "Christmas", "New Year's Day", "Thanksgiving Day", "Election Day", "Easter", "Lunar New Year", with the year by context. */
import {dayOf, dayValue, epochDay, pad, weekday, weekdayFrom, type Day} from '../calendar.js'
import type {TimexRule} from '../rule.js'
import {yearFor} from './explicit-dates.js'
import {shiftOf, wordOf} from './helpers.js'
import './vocabulary.js'

/** Easter Sunday of a year (the Gregorian computus). */
export function easter(year: number): Day {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  return {year, month, day: ((h + l - 7 * m + 114) % 31) + 1}
}

/** The nth weekday (1 Monday .. 7 Sunday) of a month. */
function nthWeekday(year: number, month: number, day: number, n: number): Day {
  const first = {year, month, day: 1}
  return dayOf(epochDay(weekday(first) === day ? first : weekdayFrom(first, day, 1)) + 7 * (n - 1))
}

/** The first day of the lunar new year (Spring Festival), 1990-2050 (Hong Kong Observatory's calendar tables). */
const LUNAR_NEW_YEAR: Record<number, string> = {
  1990: '01-27', 1991: '02-15', 1992: '02-04', 1993: '01-23', 1994: '02-10', 1995: '01-31', 1996: '02-19', 1997: '02-07', 1998: '01-28',
  1999: '02-16', 2000: '02-05', 2001: '01-24', 2002: '02-12', 2003: '02-01', 2004: '01-22', 2005: '02-09', 2006: '01-29', 2007: '02-18',
  2008: '02-07', 2009: '01-26', 2010: '02-14', 2011: '02-03', 2012: '01-23', 2013: '02-10', 2014: '01-31', 2015: '02-19', 2016: '02-08',
  2017: '01-28', 2018: '02-16', 2019: '02-05', 2020: '01-25', 2021: '02-12', 2022: '02-01', 2023: '01-22', 2024: '02-10', 2025: '01-29',
  2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03', 2031: '01-23', 2032: '02-11', 2033: '01-31', 2034: '02-19',
  2035: '02-08', 2036: '01-28', 2037: '02-15', 2038: '02-04', 2039: '01-24', 2040: '02-12', 2041: '02-01', 2042: '01-22', 2043: '02-10',
  2044: '01-30', 2045: '02-17', 2046: '02-06', 2047: '01-26', 2048: '02-14', 2049: '02-02', 2050: '01-23',
}

/** The lunar new year's day of a year (February 1 where the table stops). */
function lunarNewYear(year: number): Day {
  const [month, day] = (LUNAR_NEW_YEAR[year] ?? '02-01').split('-').map(Number)
  return {year, month: month!, day: day!}
}

/** Each holiday's day in a year. */
const HOLIDAYS: Record<string, (year: number) => Day> = {
  christmas: year => ({year, month: 12, day: 25}),
  'christmas eve': year => ({year, month: 12, day: 24}),
  "new year 's day": year => ({year, month: 1, day: 1}),
  "new year 's eve": year => ({year, month: 12, day: 31}),
  thanksgiving: year => nthWeekday(year, 11, 4, 4),
  'election day': year => dayOf(epochDay(nthWeekday(year, 11, 1, 1)) + 1),
  easter: year => easter(year),
  'independence day': year => ({year, month: 7, day: 4}),
  'labor day': year => nthWeekday(year, 9, 1, 1),
  'memorial day': year => dayOf(epochDay(nthWeekday(year, 6, 1, 1)) - 7),
  'valentine \'s day': year => ({year, month: 2, day: 14}),
  'halloween': year => ({year, month: 10, day: 31}),
  'lunar new year': lunarNewYear,
  'chinese new year': lunarNewYear,
  'spring festival': lunarNewYear,
}

/** The rules of holidays. */
export const holidayRules: TimexRule[] = [
  {
    name: 'holiday', pattern: '(s=(last|next|this))? h=(Christmas (Day|Eve)?|New Year \'s (Day|Eve)|Thanksgiving (Day)?|Election Day|Easter (Sunday)?|Independence Day|Labor Day|Memorial Day|Valentine \'s Day|Halloween|(the)? (Lunar|Chinese) New Year|(the)? Spring Festival) (,? y={d4})?',
    normalize: (m, c) => {
      const words = m.group('h')!.map(wordOf).filter(w => w !== 'sunday' && w !== 'the')
      const name = words.join(' ')
      const holiday = HOLIDAYS[name.replace(/ day$/, '')] ?? HOLIDAYS[name] ?? HOLIDAYS[`${name} day`]
      if (!holiday) return undefined
      const explicit = m.group('y') ? Number(m.group('y')![0]!.text) : null
      const probe = holiday(c.dct?.year ?? 2000)
      const shift = m.group('s') ? shiftOf(m.group('s')) : null
      let year = explicit ?? (c.dct ? yearFor(c, probe.month, probe.day) : null)
      if (!explicit && c.dct && shift !== null && shift !== 0) {
        const thisYear = epochDay(holiday(c.dct.year)) - epochDay(c.dct)
        year = c.dct.year + (shift < 0 ? (thisYear < 0 ? 0 : -1) : thisYear > 0 ? 0 : 1)
      }
      return {type: 'DATE', value: year === null ? `XXXX-${pad(probe.month)}-${pad(probe.day)}` : dayValue(holiday(year))}
    },
  },
]
