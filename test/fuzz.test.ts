// Fuzzing the whole per-article core on arbitrary unicode and on news-like text: no exception escapes a stage,
// every span of every table slices the text it claims, and the rows are built.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {processArticle} from '../pipeline/process.js'
import {rowsOf} from '../pipeline/tables/rows.js'
import {txtInput} from './helpers.js'

/** Texts per property: 300, or 20,000 with READOUTS_LONG_TESTS=1 (set by .ci/run). */
const RUNS = process.env.READOUTS_LONG_TESTS ? 20_000 : 300

/** Words that wake every stage: names, titles, countries, dates, contact verbs, markup, mojibake, themes. */
const WORDS = ['Xi Jinping', 'President', 'Wang Yi', 'Foreign Minister', 'Moon Jae-in', 'China', 'Peru', 'Chinese', 'WHO', 'who',
  'met with', 'phone call', 'verbal message', 'visited', 'on Thursday', 'in April 2020', 'next year', 'the past 30 years', '2021',
  'said', '.', ',', '\n\n', '\n', '<b>', '&nbsp;', 'Ã¶', 'â€™', '<<', '>>', 'BEIJING, Aug 21 (Xinhua) --', 'COVID-19', '"', '’s',
  '\u0000', '\u200b', '😀', 'é', 'Sino-Peruvian', 'Belt and Road', 'Mr.', 'U.S.', '(', ')', '-', '12:30 p.m.', 'every year']

/** A text built from the words above, with arbitrary unicode mixed in. */
const newsLike = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({unit: 'grapheme', maxLength: 6})), {minLength: 1, maxLength: 60})
  .map(parts => parts.join(' '))

/** Checks one processed text: no internal error; every span slices; rows build. */
function checkArticle(raw: string, published: string | null): void {
  const article = processArticle(txtInput('fuzz.txt', (published ? ` date ${published} ` : '') + raw))
  expect(article.messages.filter(m => m.rule === 'internal-error')).toEqual([])
  const rows = rowsOf(article)
  if (rows.kind === 'rejected') return
  const text = article.text!
  const inside = (start: number, end: number) => 0 <= start && start <= end && end <= text.length
  for (const m of article.mentions!) expect(inside(m.start, m.end)).toBe(true)
  for (const t of article.timexes!) expect(inside(t.start, t.end) && t.end > t.start).toBe(true)
  for (const i of article.interactions!) expect(inside(i.start, i.end)).toBe(true)
  const codePoints = [...text]
  for (const m of rows.tables.mentions) expect(codePoints.slice(m.start, m.end).join('')).toBe(m.text)
  for (const t of rows.tables.timexes) expect(codePoints.slice(t.start, t.end).join('')).toBe(t.text)
  for (const i of rows.tables.interactions) expect(codePoints.slice(i.start, i.end).join('')).toBe(i.text)
}

describe('the per-article core under fuzzing', () => {
  it('never throws and keeps every span in the text, on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), fc.boolean(), (raw, dated) => checkArticle(raw, dated ? '2020-11-06' : null)), {numRuns: RUNS})
  })

  it('never throws and keeps every span in the text, on news-like text', () => {
    fc.assert(fc.property(newsLike, fc.boolean(), (raw, dated) => checkArticle(raw, dated ? '2020-11-06' : null)), {numRuns: RUNS})
  })
})
