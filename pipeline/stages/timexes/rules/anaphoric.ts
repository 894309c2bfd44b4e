/**
 * Dates that refer back to the date the narrative is at: "that day", "the next day", "the following week",
 * "later that year", "the same day", "the next morning", "the weekend".
 */
import {dayOf, dayValue, epochDay, isoWeek, pad, shiftValue, weekday, weekdayFrom} from '../calendar.js'
import {PARTS_OF_DAY} from '../lexicon.js'
import type {TimexRule} from '../rule.js'
import {wordOf} from './helpers.js'
import './vocabulary.js'

/** How far "the next", "the previous", "that" move from the narrative's date. */
const STEP: Record<string, -1 | 0 | 1> = {next: 1, following: 1, previous: -1, preceding: -1, prior: -1, that: 0, same: 0}

/** The rules of dates that refer back to the narrative. */
export const anaphoricRules: TimexRule[] = [
  {
    name: 'that-day', pattern: '(earlier|later)? (that|the s=(same|next|following|previous|preceding|prior)|that same|the very) u=(day|morning|afternoon|evening|night|week|month|year)',
    normalize: (m, c) => {
      const which = wordOf(m.group('s')?.[0]) || 'that'
      const unit = wordOf(m.group('u')?.[0])
      // a year or a month refers to the last date named at that granularity or finer ("June 1998 ... later that year")
      const named = c.lastValue ? /^(\d{4})(?:-(\d\d))?/.exec(c.lastValue) : null
      const coarse = named && (unit === 'year' || (unit === 'month' && named[2])) ? {year: Number(named[1]), month: Number(named[2] ?? 6), day: 15} : null
      const base = coarse ?? c.lastDay ?? c.dct
      // "the next day" with nothing before it in the text: a day after publication, as news uses it
      const step = STEP[which] ?? 0
      if (!base) return {type: 'DATE', value: unit === 'year' ? 'XXXX' : 'XXXX-XX-XX', reference: false}
      if (unit === 'week') return {type: 'DATE', value: shiftValue(base, 'week', step), reference: false}
      if (unit === 'month') return {type: 'DATE', value: shiftValue(base, 'month', step), reference: false}
      if (unit === 'year') return {type: 'DATE', value: shiftValue(base, 'year', step), reference: false}
      const day = dayValue(dayOf(epochDay(base) + step))
      const part = PARTS_OF_DAY[unit]
      return part ? {type: 'TIME', value: `${day}T${part}`, reference: false} : {type: 'DATE', value: day}
    },
  },
  {
    name: 'weekend', pattern: '(over|during|on)? (s=(this|last|next|the|past|coming)) weekend',
    normalize: (m, c) => {
      const dct = c.dct
      if (!dct) return {type: 'DATE', value: 'XXXX-WXX-WE'}
      const which = wordOf(m.group('s')?.[0])
      const tense = c.tense()
      // the weekend before publication, unless the words or the tense point ahead (a Saturday or Sunday is its own)
      const direction = which === 'next' || which === 'coming' || (which !== 'last' && which !== 'past' && tense === 'future') ? 1 : which === 'this' && weekday(dct) < 6 ? 1 : -1
      const saturday = weekday(dct) >= 6 ? weekdayFrom(dct, 6, 0) : weekdayFrom(dct, 6, direction)
      const week = isoWeek(saturday)
      return {type: 'DATE', value: `${pad(week.year, 4)}-W${pad(week.week)}-WE`}
    },
  },
]
