// Worst cases for the extractors' regular expressions and scanners: long runs of one unit that make a backtracking
// pattern quadratic or exponential (a run of 200 KB of "." once took 232 s in the sentence splitter, and runs of
// "12 " or "two " about 30 s in the timex matcher). Each 512 KiB case (2 MiB with READOUTS_LONG_TESTS=1) runs in a
// worker thread that is stopped at a ceiling far above what linear work takes (under a second), so a super-linear
// case fails instead of hanging the test run. The ceiling guards against blow-ups; it does not measure speed.
import {join} from 'node:path'
import {Piscina} from 'piscina'
import {afterAll, describe, expect, it} from 'vitest'
import type {ProcessedInput} from '../pipeline/process-input.js'
import {ROOT} from './helpers.js'

const SIZE = process.env.READOUTS_LONG_TESTS ? 2 * 2 ** 20 : 2 ** 19
const CEILING_MS = process.env.READOUTS_LONG_TESTS ? 240_000 : 30_000

/** Units repeated to fill a text: runs of punctuation, markup, mojibake, numbers, names, titles, dates, contact words. */
const WORST_CASES: Record<string, string> = {
  'letters': 'a', 'capitals': 'A', 'capitalized words': 'Abc ', 'titles': 'President ', 'names': 'Xi Jinping ',
  'periods': '.', 'period-spaces': '. ', 'question marks': '?', 'blank lines': '\n\n', 'spaces': ' ', 'tabs and returns': '\t\r',
  'angle brackets': '<', 'closing brackets': '>', 'open tags': '<a ', 'ampersands': '&', 'entity-like': '&a', 'mojibake': 'Ã©',
  'digits': '1', 'numbers': '12 ', 'number words': 'two ', 'dates': '2020-', 'months': 'January ', 'weekdays': 'on Thursday ',
  'times': '12:30 ', 'quotes': '"', 'apostrophes': "'", 'hyphenated': 'a-', 'parentheses': '(', 'commas': ', ', 'the': 'the ',
  'datelines': 'BEIJING, ', 'abbreviations': 'Mr. ', 'acronyms': 'U.S. ', 'of the': 'of the ', 'urls': 'http://a', 'pipes': '|',
  'asterisks': '*', 'emoji': '😀', 'zero-width spaces': '\u200b', 'contacts': 'met with ', 'counterparts': 'his counterpart ',
  'named contacts': 'Xi Jinping met with ', 'delegation contacts': 'the delegation met with Xi; ', 'dated contacts': 'Xi Jinping met Vladimir Putin on Friday. ',
  'country pairs': 'China-Peru ', 'ordinals': '1st ', 'photo credits': 'Photo: ',
}

const pool = new Piscina({filename: join(ROOT, 'dist/worker.mjs'), minThreads: 1, maxThreads: 2})
afterAll(() => pool.destroy())

describe(`the per-article core on ${SIZE / 1024} KiB runs of one unit`, () => {
  it.each(Object.entries(WORST_CASES))('finishes on a run of %s', async (_name, unit) => {
    const text = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)
    const input = {sourcePath: 'worst.txt', file: 'worst.txt', format: 'txt' as const, bytes: new TextEncoder().encode(text)}
    const result = await pool.run(input, {signal: AbortSignal.timeout(CEILING_MS)})
      .catch((e: Error) => { throw new Error(`not finished after ${CEILING_MS / 1000} s: super-linear work? (${e.message})`) }) as ProcessedInput
    expect(result.outcome.messages.filter(m => m.rule === 'internal-error')).toEqual([])
  }, CEILING_MS + 10_000)
})
