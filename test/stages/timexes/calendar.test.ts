import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {calendarRange, dayOf, epochDay, isoWeek, shiftValue, weekday, weekdayFrom, yearOfMonth} from '../../../pipeline/stages/timexes/calendar.js'

const FRIDAY = {year: 2020, month: 11, day: 6}

describe('calendar', () => {
  it('counts days like Date.UTC, and back', () => {
    fc.assert(fc.property(fc.integer({min: -200000, max: 200000}), n => {
      const day = dayOf(n)
      expect(epochDay(day)).toBe(n)
      expect(Date.UTC(day.year, day.month - 1, day.day) / 86400000).toBe(n)
      expect(weekday(day)).toBe(((new Date(n * 86400000).getUTCDay() + 6) % 7) + 1)
    }))
  })

  it('numbers ISO weeks, with the year they belong to', () => {
    expect(isoWeek(FRIDAY)).toEqual({year: 2020, week: 45})
    expect(isoWeek({year: 2021, month: 1, day: 1})).toEqual({year: 2020, week: 53})
    expect(isoWeek({year: 2019, month: 12, day: 30})).toEqual({year: 2020, week: 1})
  })

  it.each([
    ['day', -1, '2020-11-05'], ['week', -1, '2020-W44'], ['month', 2, '2021-01'], ['quarter', -4, '2019-Q4'],
    ['half', 1, '2021-H1'], ['season', 0, '2020-FA'], ['year', 1, '2021'], ['decade', -1, '201'], ['century', 0, '20'],
  ] as const)('shifts by %s: %d from 2020-11-06 is %s', (unit, n, value) => {
    expect(shiftValue(FRIDAY, unit, n)).toBe(value)
  })

  it('finds weekdays before, after and in the same week', () => {
    expect(weekdayFrom(FRIDAY, 4, -1)).toEqual({year: 2020, month: 11, day: 5})
    expect(weekdayFrom(FRIDAY, 5, -1)).toEqual({year: 2020, month: 10, day: 30})
    expect(weekdayFrom(FRIDAY, 1, 1)).toEqual({year: 2020, month: 11, day: 9})
    expect(weekdayFrom(FRIDAY, 1, 0)).toEqual({year: 2020, month: 11, day: 2})
  })

  it('finds the year of a month named before or after a date', () => {
    expect(yearOfMonth(FRIDAY, 12, -1)).toBe(2019)
    expect(yearOfMonth(FRIDAY, 4, -1)).toBe(2020)
    expect(yearOfMonth(FRIDAY, 2, 1)).toBe(2021)
  })

  it.each([
    ['2020-11-05', ['2020-11-05', '2020-11-05']], ['2020-02', ['2020-02-01', '2020-02-29']], ['2020-W45', ['2020-11-02', '2020-11-08']],
    ['2020-Q1', ['2020-01-01', '2020-03-31']], ['2021', ['2021-01-01', '2021-12-31']], ['199', ['1990-01-01', '1999-12-31']],
    ['20', ['2000-01-01', '2099-12-31']], ['PRESENT_REF', null], ['XXXX-WXX-4', null],
  ])('gives the calendar range of %s', (value, range) => {
    expect(calendarRange(value)).toEqual(range)
  })
})
