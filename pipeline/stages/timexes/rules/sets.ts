/** Frequencies: "every year", "each Thursday", "daily", "annually", "twice a week". */
import type {TimexRule} from '../rule.js'
import {durationValue, unitOf, weekdayOf, wordOf} from './helpers.js'
import './vocabulary.js'

/** Adverbs of frequency and their values. */
const ADVERBS: Record<string, string> = {daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', quarterly: 'P3M', nightly: 'P1D', biweekly: 'P2W'}

/** Words that may follow a frequency adverb that ends its clause ("rose 8% annually since 1980"). */
const AFTER_ADVERB = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'for', 'to', 'from', 'since', 'by', 'through', 'until', 'with', 'over', 'during', 'basis', 'as', 'than', 'because', 'while', 'when', 'if', 'so', 'the', 'a'])

/** The rules of frequencies. */
export const setRules: TimexRule[] = [
  {
    name: 'every-unit', pattern: '(every|each|per) (other)? u=(second|minute|hour|day|night|week|weekend|month|quarter|year|decade)',
    normalize: m => ({type: 'SET', value: durationValue(m.tokens.some(t => wordOf(t) === 'other') ? 2 : 1, unitOf(m.group('u')))}),
  },
  {
    name: 'every-weekday', pattern: '(every|each) d={weekday}',
    normalize: m => ({type: 'SET', value: `XXXX-WXX-${weekdayOf(m.group('d'))}`}),
  },
  {
    name: 'frequency-adverb', pattern: '(daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biweekly)',
    normalize: m => {
      // "daily flights", "its quarterly dividend": an adjective before a noun is no expression of its own
      const next = m.after
      if (next && next.word && !next.cap && !AFTER_ADVERB.has(wordOf(next))) return undefined
      return {type: 'SET', value: ADVERBS[wordOf(m.tokens[0])]!}
    },
  },
  {
    name: 'weekday-plural', pattern: 'd=(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)',
    normalize: m => ({type: 'SET', value: `XXXX-WXX-${['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'].indexOf(wordOf(m.tokens[0])) + 1}`}),
  },
]
