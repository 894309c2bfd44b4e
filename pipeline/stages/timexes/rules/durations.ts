/** Durations: "three years", "the past two months", "a five-year plan", "several weeks", "24 hours", "decades-long". */
import type {TimexRule} from '../rule.js'
import {amountOf, durationValue, unitOf, wordOf} from './helpers.js'
import './vocabulary.js'

/** Modifiers before an amount and their TIMEX3 mod. */
const AMOUNT_MODS: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX', nearly: 'LESS_THAN', almost: 'LESS_THAN',
  more: 'MORE_THAN', over: 'MORE_THAN', less: 'LESS_THAN', under: 'LESS_THAN', least: 'EQUAL_OR_MORE', up: 'EQUAL_OR_LESS',
}

/** Units and the smaller unit a fraction of them is written in ("2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M). */
const FRACTION_UNITS: Record<string, [code: string, time: boolean, sub: string, per: number]> = {
  year: ['Y', false, 'M', 12], month: ['M', false, 'D', 30], week: ['W', false, 'D', 7], day: ['D', false, 'H', 24],
  hour: ['H', true, 'M', 60], minute: ['M', true, 'S', 60],
}

/** A duration of a whole and a fraction of a unit. */
function fractionalDuration(amount: number, unitWord: string): string {
  const [code, time, sub, per] = FRACTION_UNITS[unitWord.replace(/s$/, '')] ?? ['Y', false, 'M', 12]
  const whole = Math.floor(amount)
  const part = Math.round((amount - whole) * per)
  // a day's hours go after the T: P2DT12H
  const subTime = time || sub === 'H'
  return `P${time ? 'T' : ''}${whole}${code}${subTime && !time ? 'T' : ''}${part}${sub}`
}

/** The mod the first word of a duration gives. */
function amountMod(first: string): {mod?: string} {
  const mod = AMOUNT_MODS[first]
  return mod ? {mod} : {}
}

/** Words after which "a year", "a week" is a duration rather than a rate ("for a year", not "$5 a year"). */
const BEFORE_ARTICLE_DURATION = new Set(['for', 'in', 'within', 'over', 'after', 'about', 'nearly', 'almost', 'than', 'of', 'past', 'last', 'next',
  'the', 'than', 'only', 'just', 'least', 'to', 'by', 'from', 'during', 'lasting', 'spent', 'took', 'take', 'takes', 'lasted', 'lasts', 'nearly', 'some', 'around', 'roughly'])

/** The rules of durations. */
export const durationRules: TimexRule[] = [
  {
    name: 'amount-unit', pattern: '((about|around|approximately|roughly|some|nearly|almost|more than|over|less than|under|at least|up to|no more than|only|just)|(at least)? (the|a|an)? (past|last|next|coming|first|final|previous|following|recent|latest))? n=({number}+ ((- {numword})+)?|a|an|a half) (more|additional|full|consecutive|straight)? (-)? u={unit} (- (long|old)|old)?',
    normalize: m => {
      const unit = unitOf(m.group('u'))
      const amount = amountOf(m.group('n'))
      if (amount === undefined || amount <= 0) return undefined
      const words = m.tokens.map(wordOf)
      // an age ("a 6-year-old", "52 years old") is no duration
      if (words.at(-1) === 'old' || wordOf(m.after) === 'old') return undefined
      // "a second group", "three-quarters of": an ordinal or a fraction
      const article = ['a', 'an'].includes(wordOf(m.group('n')?.[0])) && m.group('n')!.length === 1
      if (article && ['second', 'quarter'].includes(wordOf(m.group('u')?.[0]))) return undefined
      if (wordOf(m.group('u')?.[0]).startsWith('quarter') && wordOf(m.after) === 'of') return undefined
      // "60 Minutes": a title
      const unitToken = m.group('u')![0]!
      if (unitToken.cap && !unitToken.first && !unitToken.upper && m.tokens[0]!.cap === false && /^\d/.test(m.group('n')![0]!.text)) return undefined
      // "the 1988 second quarter": a year, not 1,988 seconds
      if (m.group('n')!.length === 1 && /^\d{4}$/.test(m.group('n')![0]!.text) && ['second', 'seconds', 'quarter', 'quarters'].includes(wordOf(m.group('u')?.[0]))) return undefined
      // "$1.76 a year", "700 seats a week": a rate, not a duration, unless a preposition or a determiner comes first
      if (article && m.tokens.length <= 2 && m.before && !BEFORE_ARTICLE_DURATION.has(wordOf(m.before))) return undefined
      return {type: 'DURATION', value: durationValue(amount, unit), ...amountMod(words[0]!)}
    },
  },
  {
    name: 'fraction-unit', pattern: '(about|around|nearly|almost|more than|over|less than|some)? n={number} f=({d2} / {d2}) (-)? u={unit}',
    normalize: m => {
      const whole = amountOf(m.group('n'))
      const [a, b] = m.group('f')!.filter(t => /^\d+$/.test(t.text)).map(t => Number(t.text))
      if (whole === undefined || !a || !b || a >= b) return undefined
      return {type: 'DURATION', value: fractionalDuration(whole + a / b, wordOf(m.group('u')?.[0])), ...amountMod(wordOf(m.tokens[0]))}
    },
  },
  {
    name: 'unit-after-before', pattern: 'n=({number}+|a|an) (-)? u={unit} (after|before)',
    normalize: m => {
      const amount = amountOf(m.group('n'))
      return amount === undefined ? undefined : {type: 'DURATION', value: durationValue(amount, unitOf(m.group('u')))}
    },
  },
  {
    name: 'vague-amount-unit', pattern: '(the|a|an)? (past|last|next|coming|first|recent)? (few|several|many|couple of|number of|some|the) u=(seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)',
    normalize: m => ({type: 'DURATION', value: durationValue('X', unitOf(m.group('u')))}),
  },
  {
    name: 'plural-units', pattern: 'u=(hours|days|weeks|months|years|decades|centuries) (-? long)?',
    normalize: m => {
      // "hundreds of years", "a matter of days": a count of units, not a duration of its own
      if (wordOf(m.before) === 'of') return undefined
      return {type: 'DURATION', value: durationValue('X', unitOf(m.group('u')))}
    },
  },
  {
    name: 'unit-long', pattern: 'u=(day|week|month|year|decade|decades|years|months) - long',
    normalize: m => ({type: 'DURATION', value: ['decades', 'years', 'months'].includes(wordOf(m.group('u')?.[0])) ? durationValue('X', unitOf(m.group('u'))) : durationValue(1, unitOf(m.group('u')))}),
  },
  {
    name: 'half-unit', pattern: '(a|an|one)? half (a|an) u=(hour|day|year|century|month)',
    normalize: m => {
      const unit = unitOf(m.group('u'))
      const halves: Record<string, string> = {hour: 'PT30M', day: 'PT12H', year: 'P6M', month: 'P2W', century: 'P50Y'}
      return {type: 'DURATION', value: halves[wordOf(m.group('u')?.[0])] ?? durationValue(1, unit)}
    },
  },
]
