/** Times of day: "10:35 a.m.", "6 p.m. EST", "noon", "this morning", "Friday evening", "last night", "tonight". */
import {pad, dayValue} from '../calendar.js'
import {PARTS_OF_DAY} from '../lexicon.js'
import type {TimexContext, TimexRule} from '../rule.js'
import {shifted, weekdayOf, wordOf} from './helpers.js'
import {weekdayValue} from './relative-dates.js'
import './vocabulary.js'

/** The date part of a time: the day the words give (a weekday, yesterday...) or the publication day. */
function dayPart(context: TimexContext, words: readonly string[], weekdayTokens: Parameters<typeof weekdayOf>[0]): string {
  if (weekdayTokens) return weekdayValue(context, weekdayOf(weekdayTokens))
  if (words.includes('yesterday') || (words.includes('last') && words.includes('night'))) return shifted(context.dct, 'day', -1)
  if (words.includes('tomorrow')) return shifted(context.dct, 'day', 1)
  if (words.includes('this') || words.includes('today') || words.includes('tonight')) return context.dct ? dayValue(context.dct) : 'XXXX-XX-XX'
  // a time alone is on the day the narrative is at ("shot at 10 p.m." after "Oct. 23"), else the publication day
  const day = context.lastDay ?? context.dct
  return day ? dayValue(day) : 'XXXX-XX-XX'
}

/** The rules of times of day. */
export const timeRules: TimexRule[] = [
  {
    name: 'clock-time', pattern: '(about|around|at|approximately|shortly after|shortly before|just after|just before)? h={d2} ((:|.) mi={d2})? ap={ampm} .? ({zone})? (,? (d={weekday}|yesterday|today|tomorrow))?',
    normalize: (m, c) => {
      let hour = Number(m.group('h')![0]!.text)
      const minute = m.group('mi') ? Number(m.group('mi')![0]!.text) : 0
      const pm = wordOf(m.group('ap')?.[0]).startsWith('p')
      if (hour < 1 || hour > 12 || minute > 59) return undefined
      if (pm && hour < 12) hour += 12
      if (!pm && hour === 12) hour = 0
      const date = dayPart(c, m.tokens.map(wordOf), m.group('d'))
      return {type: 'TIME', value: `${date}T${pad(hour)}:${pad(minute)}`}
    },
  },
  {
    name: 'noon-midnight', pattern: '(noon|midnight|midday) (d={weekday}|yesterday|today|tomorrow)?',
    normalize: (m, c) => {
      const word = wordOf(m.tokens[0])
      // "High Noon", "high noon comes today": an idiom
      if (wordOf(m.before) === 'high') return undefined
      const date = dayPart(c, m.tokens.map(wordOf), m.group('d'))
      return {type: 'TIME', value: `${date}T${word === 'midnight' ? '24:00' : '12:00'}`}
    },
  },
  {
    name: 'part-of-day', pattern: '(early|late|mid -?)? (this|tonight|yesterday|tomorrow|last|d={weekday}|the) p=(morning|afternoon|evening|night)',
    normalize: (m, c) => {
      const words = m.tokens.map(wordOf)
      // "the night of Oct. 23", "the night the plane fell": the date or the event says which night
      if (words.includes('the') && (wordOf(m.after) === 'of' || (m.after?.word && !['and', 'to', 'in', 'at', 'on', 'before', 'after'].includes(wordOf(m.after))))) return undefined
      return {type: 'TIME', value: `${dayPart(c, words, m.group('d'))}T${PARTS_OF_DAY[wordOf(m.group('p')?.[0])]}`}
    },
  },
  {
    name: 'tonight', pattern: '(tonight|overnight)',
    normalize: (_m, c) => ({type: 'TIME', value: `${c.dct ? dayValue(c.dct) : 'XXXX-XX-XX'}TNI`}),
  },
]
